export { createMemorySecrets, assertStorableCredentials, secretRefKey, type SecretRef, type SecretsPort } from "./secrets-port.js";
