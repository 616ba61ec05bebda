export { createKommune, type Kommune, type KommuneOptions } from "./create-kommune.js";
export { definePlugin, type KommunePlugin, type PluginContext, type Teardown } from "./plugin.js";
export { orderPlugins } from "./plugin-order.js";
export { type Registry, type Unregister } from "./registry.js";
export type {
  Registries,
  RegistryCatalogue,
  RegistryName,
  RegistryItem,
  CoreRegistryItems,
  NetworkRegistration,
  NetworkRegistrationCapabilities,
  CheckRegistration,
  RendererRegistration,
} from "./registrations.js";
