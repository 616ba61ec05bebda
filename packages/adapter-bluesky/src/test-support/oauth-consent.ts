import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { request as httpsRequest } from "node:https";

/*
 * Plays the person in the browser during an atproto OAuth authorisation
 * against the local PDS (@atproto/oauth-provider 0.15.15 inside
 * @atproto/pds): loads the authorisation page, signs in with handle (or DID)
 * and password, then grants or denies, with plain HTTP requests and a cookie
 * jar of our own. It sends what the provider's own page
 * (@atproto/oauth-provider-ui 0.4.3: `src/hooks/use-api.ts`,
 * `src/lib/api.ts`, `src/lib/json-client.ts` in its source maps) and the
 * browser around it send: the provider checks Sec-Fetch-*, Origin and
 * Referer headers and a CSRF cookie/header pair, so a bare API call is
 * refused.
 *
 * node:http rather than fetch: Node's fetch (undici) overwrites
 * `Sec-Fetch-Mode` with "cors", and the authorisation page demands
 * "navigate".
 *
 * Paths "oauth-provider/src/…" below are files of @atproto/oauth-provider
 * 0.15.15; each step follows the file it names.
 */

/** Where the provider's JSON API lives (`API_ENDPOINT_PREFIX` of @atproto/oauth-provider-api). */
const API_PREFIX = "/@atproto/oauth-provider/~api";
/** `CSRF_COOKIE_NAME` / `CSRF_HEADER_NAME` of @atproto/oauth-provider-api. */
const CSRF_COOKIE = "csrf-token";
const CSRF_HEADER = "x-csrf-token";
/**
 * A desktop browser's user agent. The device session remembers it; one
 * containing "iPhone OS" would trigger the provider's cookie-test redirect
 * (oauth-provider/src/router/create-authorization-page-middleware.ts).
 */
const USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) kommune-sm-tests/1.0";
/** How much of an unexpected answer's body goes into the error. */
const EXCERPT_LENGTH = 300;

/** What {@link approveOnLocalPds} needs. */
export interface ApproveOnLocalPdsOptions {
  /** What `NodeOAuthClient.authorize()` returned: `<pds>/oauth/authorize?client_id=…&request_uri=…`. */
  readonly authorizeUrl: string | URL;
  /** The account's handle (or DID, or email), as typed into the sign-in form. */
  readonly identifier: string;
  /** The account's main password. */
  readonly password: string;
  /** Press "Deny access" on the consent screen instead of "Authorize". */
  readonly deny?: boolean;
}

/** What the authorisation page hands its script (`__authorizeData`, see oauth-provider/src/router/assets/send-authorization-page.ts). */
interface AuthorizeData {
  readonly requestUri: string;
  readonly clientId: string;
  readonly scope?: string;
}

/** The answer of `POST …/sign-in` (oauth-provider/src/router/create-api-middleware.ts). */
interface SignInAnswer {
  readonly account?: { readonly sub?: unknown };
  readonly ephemeralToken?: string;
  readonly consentRequired?: boolean;
}

/** One HTTP answer, read whole. */
interface Answer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/**
 * Signs in on the local PDS's authorisation page and grants (or, with
 * `deny`, refuses) the client's request, as a person in a browser would.
 * Returns the redirect to the client's `redirect_uri` (with `code`, `state`
 * and `iss`, or `error=access_denied` when denied) without following it:
 * hand its `searchParams` to `NodeOAuthClient.callback()`.
 *
 * Throws an Error naming the step, the HTTP status and an excerpt of the
 * answer (never the password) when the PDS answers anything unexpected,
 * e.g. to a wrong password.
 */
export async function approveOnLocalPds(options: ApproveOnLocalPdsOptions): Promise<URL> {
  const pageUrl = new URL(options.authorizeUrl);
  const origin = pageUrl.origin;
  const jar = new CookieJar();
  const hide = (text: string) => (options.password === "" ? text : text.split(options.password).join("***"));
  const fail = (step: string, answer: Answer, expected: string): never => {
    throw new Error(`approveOnLocalPds: ${step} failed: expected ${expected}, got HTTP ${answer.status}: ${hide(excerpt(answer))}`);
  };
  const send = async (method: "GET" | "POST", url: URL, headers: Record<string, string>, body?: string): Promise<Answer> => {
    const cookie = jar.header();
    const answer = await exchange(method, url, { "user-agent": USER_AGENT, ...(cookie === "" ? {} : { cookie }), ...headers }, body);
    // sign-in and reject rotate the device cookies; the next request must carry the new ones.
    jar.take(answer.headers);
    return answer;
  };

  // Step 1 — GET /oauth/authorize?client_id=…&request_uri=…, the top-level
  // navigation from the client's site (oauth-provider/src/router/
  // create-authorization-page-middleware.ts): Sec-Fetch-Mode navigate,
  // Sec-Fetch-Dest document, Sec-Fetch-Site same-origin/cross-site/none, no
  // foreign Origin. The answer is the sign-in page; it sets the device
  // cookies `dev-id`/`ses-id` (oauth-provider/src/device/device-manager.ts),
  // the CSRF cookie `csrf-token` (oauth-provider/src/router/assets/csrf.ts,
  // called from assets.ts) and carries the request as hydration data
  // (oauth-provider/src/router/assets/send-authorization-page.ts).
  const page = await send("GET", pageUrl, { accept: "text/html", "sec-fetch-site": "cross-site", "sec-fetch-mode": "navigate", "sec-fetch-dest": "document" });
  if (page.status !== 200) fail("loading the authorisation page", page, "the sign-in page");
  const authorizeData = hydrationData<AuthorizeData>(page.body, "__authorizeData");
  if (typeof authorizeData?.requestUri !== "string") fail("loading the authorisation page", page, "a page carrying __authorizeData");

  // Every API call is a same-origin fetch() of the page. create-api-middleware.ts
  // checks: Sec-Fetch-Mode and Sec-Fetch-Site same-origin; Origin the issuer's;
  // a Referer on /oauth/authorize whose request_uri names the request (the
  // page is served with `Referrer-Policy: same-origin`, so the browser sends
  // the full URL); `x-csrf-token` equal to the `csrf-token` cookie (csrf.ts).
  const api = async (path: string, input: unknown, bearer?: string): Promise<Answer> => {
    const csrf = jar.get(CSRF_COOKIE);
    if (csrf === undefined) throw new Error(`approveOnLocalPds: the authorisation page at ${origin} set no ${CSRF_COOKIE} cookie.`);
    return send(
      "POST",
      new URL(`${API_PREFIX}${path}`, origin),
      {
        accept: "application/json",
        "content-type": "application/json",
        origin,
        referer: pageUrl.href,
        "sec-fetch-site": "same-origin",
        "sec-fetch-mode": "same-origin",
        "sec-fetch-dest": "empty",
        [CSRF_HEADER]: csrf,
        ...(bearer === undefined ? {} : { authorization: `Bearer ${bearer}` }),
      },
      JSON.stringify(input),
    );
  };

  // Step 2 — POST /@atproto/oauth-provider/~api/sign-in
  // {locale, username, password, remember: false} (create-api-middleware.ts,
  // route "/sign-in"; body: oauth-provider/src/account/sign-in-data.ts plus
  // `remember`, unticked by default on the page's sign-in form). Without
  // "remember", the account is not kept on the device; the answer
  // {account, ephemeralToken, consentRequired} carries a token bound to
  // account, device and request that step 3 shows instead.
  const signInStep = `signing in as ${options.identifier}`;
  const signIn = await api("/sign-in", { locale: "en", username: options.identifier, password: options.password, remember: false });
  if (signIn.status !== 200) fail(signInStep, signIn, "HTTP 200");
  const signedIn = parseJson<SignInAnswer>(signIn.body);
  const sub = signedIn?.account?.sub;
  if (typeof sub !== "string") fail(signInStep, signIn, "an account in the answer");

  // Step 3 — the consent screen's buttons (oauth-provider-ui use-api.ts,
  // answered by create-api-middleware.ts):
  // "Authorize": POST …/~api/consent {sub, scope} with
  //   `Authorization: Bearer <ephemeralToken>` (how `authenticate` there
  //   finds an account not remembered on the device); the page sends the
  //   requested scope unchanged.
  // "Deny access": POST …/~api/reject {} (no account needed, CSRF suffices).
  // Both answer {url}: the provider's own /oauth/authorize/redirect page.
  const step = options.deny ? "denying the request" : "granting the request";
  const decision = options.deny
    ? await api("/reject", {})
    : await api("/consent", authorizeData!.scope === undefined ? { sub } : { sub, scope: authorizeData!.scope }, signedIn!.ephemeralToken);
  const url = decision.status === 200 ? parseJson<{ url?: unknown }>(decision.body)?.url : undefined;
  if (typeof url !== "string") fail(step, decision, "HTTP 200 with a redirect url");

  // Step 4 — GET /oauth/authorize/redirect?redirect_mode=…&redirect_uri=…&…,
  // where the page navigates next (create-authorization-page-middleware.ts:
  // Sec-Fetch-Site same-origin, Sec-Fetch-Mode navigate, Sec-Fetch-Dest
  // document, Referer the authorisation page). It answers 303 to the
  // client's redirect_uri (oauth-provider/src/router/assets/send-redirect.ts,
  // response mode "query"). We stop there, as the client's server would
  // receive that request.
  const redirectPage = await send("GET", new URL(url as string, origin), {
    accept: "text/html",
    referer: pageUrl.href,
    "sec-fetch-site": "same-origin",
    "sec-fetch-mode": "navigate",
    "sec-fetch-dest": "document",
  });
  const location = redirectPage.headers.location;
  if (redirectPage.status !== 303 || location === undefined) fail(`following the provider's redirect after ${step}`, redirectPage, "a 303 to the client's redirect_uri");
  const redirect = new URL(location!);
  const error = redirect.searchParams.get("error");
  if (options.deny ? error !== "access_denied" : !redirect.searchParams.has("code")) {
    const outcome = error === null ? "no code" : `error ${error} (${redirect.searchParams.get("error_description") ?? "no description"})`;
    throw new Error(`approveOnLocalPds: ${step} ended in ${outcome}, redirect to ${redirect.origin}${redirect.pathname}.`);
  }
  return redirect;
}

/** Sends one request without following redirects and reads the whole answer. */
function exchange(method: "GET" | "POST", url: URL, headers: Record<string, string>, body?: string): Promise<Answer> {
  const request = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method, headers: body === undefined ? headers : { ...headers, "content-length": String(Buffer.byteLength(body)) } }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
      incoming.on("error", reject);
      incoming.on("end", () => resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: Buffer.concat(chunks).toString("utf8") }));
    });
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

/** JSON.parse that gives undefined for anything but a JSON object. */
function parseJson<T>(text: string): T | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null ? (value as T) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The start of an answer's body; for the provider's HTML error page
 * (oauth-provider/src/router/assets/send-error-page.ts) its `__errorData`
 * instead, which holds the reason.
 */
function excerpt(answer: Answer): string {
  const errorData = hydrationData<{ error?: string; error_description?: string }>(answer.body, "__errorData");
  const text = errorData === undefined ? answer.body : `${errorData.error ?? "error"}: ${errorData.error_description ?? ""}`;
  return text.slice(0, EXCERPT_LENGTH);
}

/**
 * Reads `window["<name>"]=JSON.parse("…")` from a provider page
 * (oauth-provider/src/lib/html/hydration-data.ts): the argument is a JSON
 * string literal holding the value's JSON.
 */
function hydrationData<T>(html: string, name: string): T | undefined {
  const match = new RegExp(`window\\[${JSON.stringify(name)}\\]=JSON\\.parse\\(("(?:[^"\\\\]|\\\\.)*")\\);`).exec(html);
  if (!match) return undefined;
  const json = parseJson<unknown>(`[${match[1]!}]`) as [string] | undefined;
  return json === undefined ? undefined : parseJson<T>(json[0]);
}

/**
 * The cookies of one origin, kept as a browser keeps them for a session.
 * The provider marks its cookies `Secure`; browsers still keep and send them
 * on http://localhost (a secure context), so the flag is ignored, and so is
 * the path (always `/`).
 */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  /** Takes in an answer's Set-Cookie headers; `Max-Age=0` or an empty value removes the cookie. */
  take(headers: IncomingHttpHeaders): void {
    for (const line of headers["set-cookie"] ?? []) {
      const [pair = "", ...attributes] = line.split(";");
      const equals = pair.indexOf("=");
      if (equals <= 0) continue;
      const name = pair.slice(0, equals).trim();
      const value = decodeURIComponent(pair.slice(equals + 1).trim());
      const expired = attributes.some((attribute) => /^\s*max-age\s*=\s*0\s*$/i.test(attribute));
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** The value of a Cookie header carrying every cookie. */
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join("; ");
  }
}
