import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020Module from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { ErrorObject, ValidateFunction } from "ajv";

/*
 * The Mastodon API contract for tests: the OpenAPI 3.1 description of
 * Mastodon's REST API (abraham/mastodon-openapi, `dist/schema.json`), read
 * from the contracts folder beside the repository or from the file named by
 * KOMMUNE_SM_MASTODON_OPENAPI. The fake Mastodon checks every request it
 * receives and every answer it sends against it, so that neither the adapter
 * nor the fake drifts from what real instances do. The file is only read,
 * never copied into this repository.
 */

/** The environment variable that names the OpenAPI file, overriding the default place. */
export const MASTODON_OPENAPI_ENV = "KOMMUNE_SM_MASTODON_OPENAPI";

// packages/adapter-mastodon/src/test-support/ → the repository root.
const REPOSITORY_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
// The contracts folder beside the repository (a sibling of its root folder).
const DEFAULT_CONTRACT_PATH = join(REPOSITORY_ROOT, "..", "shared", "contracts", "mastodon-openapi.json");

/** A request as the fake received it. */
export interface ContractRequest {
  /** HTTP method, any case. */
  readonly method: string;
  /** The path without the query, e.g. `/api/v1/statuses/123`. */
  readonly path: string;
  /** The query string; `types[]` and `types` both name the array parameter `types`. */
  readonly query?: URLSearchParams;
  /** Request headers (names in any case). */
  readonly headers?: Readonly<Record<string, string | readonly string[] | undefined>>;
  /**
   * The parsed body: JSON as sent, or for `multipart/form-data` an object of
   * its fields with every file as the string `"(binary)"`.
   */
  readonly body?: unknown;
}

/** An answer as the fake sends it. */
export interface ContractResponse {
  /** HTTP method of the request, any case. */
  readonly method: string;
  /** The path of the request without the query. */
  readonly path: string;
  /** The HTTP status sent. */
  readonly status: number;
  /** The JSON body sent; `undefined` for none. */
  readonly body?: unknown;
}

/** The Mastodon API description, ready to check traffic. */
export interface MastodonContract {
  /** Where the description was read from. */
  readonly file: string;
  /** The description's `info.version`, e.g. `"4.7.0"`. */
  readonly version: string;
  /** Problems of a request, each a readable sentence; empty when it keeps the contract. */
  checkRequest(request: ContractRequest): string[];
  /** Problems of an answer, each a readable sentence; empty when it keeps the contract. */
  checkResponse(response: ContractResponse): string[];
}

/** What {@link loadMastodonContract} answers when there is no description to read. */
export interface MissingMastodonContract {
  /** Where it looked, and how to provide the file. */
  readonly missing: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
interface Parameter {
  readonly name: string;
  readonly in: string;
  readonly required?: boolean;
  readonly schema?: JsonObject;
}
interface Operation {
  readonly parameters?: readonly Parameter[];
  readonly requestBody?: { readonly required?: boolean; readonly content: Record<string, unknown> };
  readonly responses: Record<string, { readonly content?: Record<string, unknown> }>;
}
interface Template {
  readonly template: string;
  readonly pattern: RegExp;
  readonly names: readonly string[];
  readonly literalLength: number;
}

// ajv and ajv-formats are CommonJS with a `default` too; take whichever the loader handed over.
type AjvInstance = InstanceType<typeof Ajv2020Module>;
const Ajv2020 = ((Ajv2020Module as unknown as { default?: typeof Ajv2020Module }).default ?? Ajv2020Module) as typeof Ajv2020Module;
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;

/** Where the description is read from: the environment variable, else the contracts folder beside the repository. */
export function mastodonContractPath(): string {
  const fromEnv = process.env[MASTODON_OPENAPI_ENV];
  return fromEnv !== undefined && fromEnv.trim() !== "" ? fromEnv : DEFAULT_CONTRACT_PATH;
}

let cached: { readonly path: string; readonly result: MastodonContract | MissingMastodonContract } | undefined;

/**
 * Reads the Mastodon OpenAPI description once per process (for the same
 * path) and returns a checker for requests and answers; or, when the file is
 * not there, `{ missing }` with a message saying where it looked and how to
 * provide it. A file that exists but cannot be read or parsed throws.
 *
 * @example
 * ```ts
 * const contract = loadMastodonContract();
 * if (!("missing" in contract)) expect(contract.checkResponse({ method: "GET", path: "/api/v2/instance", status: 200, body })).toEqual([]);
 * ```
 */
export function loadMastodonContract(): MastodonContract | MissingMastodonContract {
  const path = mastodonContractPath();
  if (cached?.path === path) return cached.result;
  const result: MastodonContract | MissingMastodonContract = existsSync(path)
    ? buildContract(path)
    : {
        missing:
          `The Mastodon OpenAPI description was not found at ${path}. ` +
          `Download dist/schema.json of abraham/mastodon-openapi and set ${MASTODON_OPENAPI_ENV}=/path/to/mastodon-openapi.json, ` +
          "or place it as contracts/mastodon-openapi.json in the folder beside the repository.",
      };
  cached = { path, result };
  return result;
}

/**
 * A deep copy with every `oneOf` turned into `anyOf`: the description's
 * unions overlap (a status with text and media is a TextStatus and a
 * MediaStatus; every quote is a Quote and a ShallowQuote), so `oneOf` would
 * refuse what Mastodon sends and takes every day.
 */
function mend(node: Json): Json {
  if (Array.isArray(node)) return node.map(mend);
  if (node === null || typeof node !== "object") return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) out[key === "oneOf" ? "anyOf" : key] = mend(value);
  return out;
}

function mendDocument(document: JsonObject): JsonObject {
  const mended = mend(document) as JsonObject;
  const paths = mended.paths as unknown as Record<string, Record<string, Operation>>;
  // The description types Idempotency-Key as an object; it is a string header.
  for (const parameter of paths["/api/v1/statuses"]?.post?.parameters ?? []) {
    if (parameter.name === "Idempotency-Key") (parameter as { schema?: JsonObject }).schema = { type: "string", minLength: 1 };
  }
  // 206 ("still processing") is documented without a body, but Mastodon sends the MediaAttachment.
  const processing = paths["/api/v1/media/{id}"]?.get?.responses["206"];
  if (processing !== undefined) {
    (processing as { content?: unknown }).content = { "application/json": { schema: { $ref: "#/components/schemas/MediaAttachment" } } };
  }
  // redirect_uris is documented as an array; Mastodon takes a string too (one URI, or several separated by
  // white space, as before 4.3), and its own documentation says "String or Array of Strings".
  const appProperties = (paths["/api/v1/apps"]?.post?.requestBody?.content["application/json"] as { schema?: { properties?: JsonObject } } | undefined)?.schema?.properties;
  const redirectUris = appProperties?.redirect_uris;
  if (appProperties !== undefined && redirectUris !== undefined) appProperties.redirect_uris = { anyOf: [redirectUris, { type: "string", minLength: 1 }] };
  // A successful revocation is documented without a body; Doorkeeper answers `{}`.
  const revoked = paths["/oauth/revoke"]?.post?.responses["200"];
  if (revoked !== undefined) (revoked as { content?: unknown }).content = { "application/json": { schema: { type: "object", maxProperties: 0 } } };
  return mended;
}

function newAjv(document: JsonObject, coerce: boolean): AjvInstance {
  const ajv = new Ajv2020({ strict: false, allErrors: true, coerceTypes: coerce ? "array" : false });
  addFormats(ajv);
  ajv.addFormat("iso-639-1", /^[a-z]{2,3}$/);
  ajv.addFormat("scopes", true);
  ajv.addFormat("binary", true);
  ajv.addSchema(document, "mastodon");
  return ajv;
}

const pointer = (...parts: readonly (string | number)[]): string =>
  "mastodon#/" + parts.map((part) => String(part).replace(/~/g, "~0").replace(/\//g, "~1")).join("/");

const describeErrors = (errors: readonly ErrorObject[] | null | undefined): string[] => {
  // anyOf failures repeat every branch's errors; one line per distinct message is enough to read.
  const lines = (errors ?? []).map((error) => {
    const params = error.keyword === "additionalProperties" ? ` (${String(error.params.additionalProperty)})` : error.keyword === "enum" ? ` (${JSON.stringify(error.params.allowedValues)})` : "";
    return `${error.instancePath || "(root)"} ${error.message ?? error.keyword}${params}`;
  });
  return [...new Set(lines)];
};

function buildContract(file: string): MastodonContract {
  const document = mendDocument(JSON.parse(readFileSync(file, "utf8")) as JsonObject);
  const version = String((document.info as JsonObject | undefined)?.version ?? "unknown");
  const paths = document.paths as unknown as Record<string, Record<string, Operation>>;
  const strict = newAjv(document, false);
  // Query, path and form fields arrive as strings; a second Ajv coerces them as the server would.
  const coercing = newAjv(document, true);
  const compile = (ajv: AjvInstance, ref: string): ValidateFunction => {
    const known = ajv.getSchema(ref);
    if (known) return known;
    ajv.addSchema({ $ref: ref }, ref);
    return ajv.getSchema(ref) as ValidateFunction;
  };

  const templates: Template[] = Object.keys(paths).map((template) => ({
    template,
    pattern: new RegExp("^" + template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{[^}]+\\?\}/g, "([^/]+)") + "$"),
    names: [...template.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? ""),
    literalLength: template.replace(/\{[^}]+\}/g, "").length,
  }));
  // Literal templates before templated ones: /accounts/verify_credentials is not /accounts/{id}.
  templates.sort((a, b) => a.names.length - b.names.length || b.literalLength - a.literalLength);

  const find = (method: string, path: string) => {
    const verb = method.toLowerCase();
    for (const entry of templates) {
      const match = entry.pattern.exec(path);
      const operation = paths[entry.template]?.[verb];
      if (!match || operation === undefined) continue;
      const pathParams: Record<string, string> = {};
      entry.names.forEach((name, index) => {
        const raw = match[index + 1] ?? "";
        try {
          pathParams[name] = decodeURIComponent(raw);
        } catch {
          pathParams[name] = raw;
        }
      });
      return { template: entry.template, verb, operation, pathParams };
    }
    return undefined;
  };

  function checkRequest(request: ContractRequest): string[] {
    const where = `${request.method.toUpperCase()} ${request.path}`;
    const found = find(request.method, request.path);
    if (!found) return [`${where} is not in the Mastodon API description`];
    const { template, verb, operation, pathParams } = found;
    const problems: string[] = [];
    const query: Record<string, string[]> = {};
    for (const [key, value] of request.query ?? new URLSearchParams()) (query[key.endsWith("[]") ? key.slice(0, -2) : key] ??= []).push(value);
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(request.headers ?? {})) if (value !== undefined) headers[key.toLowerCase()] = typeof value === "string" ? value : value.join(", ");

    (operation.parameters ?? []).forEach((parameter, index) => {
      let value: unknown;
      if (parameter.in === "path") value = pathParams[parameter.name];
      else if (parameter.in === "header") value = headers[parameter.name.toLowerCase()];
      else if (parameter.in === "query") {
        const values = query[parameter.name];
        value = values === undefined ? undefined : parameter.schema?.type === "array" ? values : values.length === 1 ? values[0] : values;
      } else return;
      if (value === undefined) {
        if (parameter.required) problems.push(`${where}: ${parameter.in} parameter ${parameter.name} is missing`);
        return;
      }
      if (parameter.schema === undefined) return;
      const validate = compile(coercing, pointer("paths", template, verb, "parameters", index, "schema"));
      if (!validate(value)) problems.push(...describeErrors(validate.errors).map((line) => `${where}: ${parameter.in} parameter ${parameter.name}: ${line}`));
    });
    const documented = new Set((operation.parameters ?? []).filter((parameter) => parameter.in === "query").map((parameter) => parameter.name));
    for (const name of Object.keys(query)) if (!documented.has(name)) problems.push(`${where}: query parameter ${name} is not documented`);

    if (operation.requestBody !== undefined) {
      const type = (headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
      const hasBody = request.body !== undefined;
      if (!hasBody) {
        if (operation.requestBody.required) problems.push(`${where}: the request body is missing`);
      } else if (operation.requestBody.content[type] === undefined) {
        problems.push(`${where}: content type "${type}" is not documented (documented: ${Object.keys(operation.requestBody.content).join(", ")})`);
      } else {
        const validate = compile(type === "application/json" ? strict : coercing, pointer("paths", template, verb, "requestBody", "content", type, "schema"));
        if (!validate(request.body)) problems.push(...describeErrors(validate.errors).map((line) => `${where}: body ${line}`));
      }
    } else if (request.body !== undefined) {
      problems.push(`${where}: sends a body, but the operation documents none`);
    }
    return problems;
  }

  function checkResponse(response: ContractResponse): string[] {
    const where = `${response.method.toUpperCase()} ${response.path}`;
    const found = find(response.method, response.path);
    if (!found) return [`${where} is not in the Mastodon API description`];
    const { template, verb, operation } = found;
    const documented = operation.responses[String(response.status)];
    if (documented === undefined) return [`${where}: status ${response.status} is not documented for ${verb.toUpperCase()} ${template} (documented: ${Object.keys(operation.responses).join(", ")})`];
    if (documented.content?.["application/json"] === undefined) {
      return response.body === undefined ? [] : [`${where}: status ${response.status} documents no JSON body, but one was sent`];
    }
    if (response.body === undefined) return [`${where}: status ${response.status} documents a JSON body, but none was sent`];
    const validate = compile(strict, pointer("paths", template, verb, "responses", String(response.status), "content", "application/json", "schema"));
    return validate(response.body) ? [] : describeErrors(validate.errors).map((line) => `${where}: response ${response.status} ${line}`);
  }

  return { file, version, checkRequest, checkResponse };
}
