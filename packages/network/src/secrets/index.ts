export { createMemorySecrets, type SecretsPort, type SecretRef } from "./secrets-port.js";
