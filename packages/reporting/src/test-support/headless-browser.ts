import { type ChildProcess, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { ImpactValue, RunOptions } from "axe-core";
import puppeteer, { type Browser, type HTTPRequest, type LaunchOptions, type Page } from "puppeteer-core";
import { afterAll, beforeAll } from "vitest";

/*
 * A headless Chromium for tests that open an HTML report: console and page
 * errors, requests that left (or tried to leave) the page, an axe-core audit
 * and a screenshot.
 *
 * Where the browser comes from, in this order:
 * 1. `KSM_CHROMIUM`, when set: that binary and no other (an explicit choice is
 *    never overridden by a fallback).
 * 2. `@sparticuz/chromium` (a devDependency): a Chromium headless shell for
 *    Linux x64, extracted once into `<tmp>/kommune-sm-chromium-<uid>/<version>/` and
 *    reused by later runs, test files and Node versions.
 * 3. Debian's `chromium` package (`/usr/bin/chromium`).
 * The first that starts is used; when none does, the launch fails with every
 * attempt's reason and how to get a browser.
 *
 * Nothing of the browser is reachable from outside: puppeteer talks to it over
 * a pipe (`--remote-debugging-pipe`, no debugging port), every request other
 * than data:, blob: and about: is aborted and recorded, and host names resolve
 * to nothing, so that a request that escaped interception fails as well. The
 * pipe also ends the browser when the test process dies without closing it
 * (a killed vitest worker): Chromium exits when its end of the pipe closes.
 */

/** Environment variable: path of a Chromium or Chrome binary to use instead of looking for one. */
export const BROWSER_PATH_ENV = "KSM_CHROMIUM";

/** Environment variable: `1` skips the browser tests instead of failing them when no browser can start. */
export const SKIP_BROWSER_ENV = "KSM_SKIP_BROWSER";

/** Debian's Chromium (package `chromium`), the last place looked. */
export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/**
 * Timeouts for browser tests, in milliseconds. Generous on purpose: on a CI
 * machine with two cores busy with other test files, extracting the browser
 * (about 215 MB) and starting it take many times what they take on an idle
 * machine, and vitest's default of 5 s is far too short.
 */
export const BROWSER_TIMEOUTS = {
  /** The `beforeAll` hook that extracts (first run only) and starts the browser. */
  launch: 120_000,
  /** One test: opening a page, the axe audit, a screenshot. */
  test: 60_000,
  /** The `afterAll` hook that closes the browser; it kills the process when closing hangs. */
  close: 30_000,
  /** One protocol call or page load; below the test timeout, so that the browser's own error is what fails. */
  protocol: 45_000,
} as const;

/** Folder for screenshots and other files tests leave for a person to look at (git-ignored). */
export const TEST_ARTIFACTS_DIR = fileURLToPath(new URL("../../test-artifacts/", import.meta.url));

const require = createRequire(import.meta.url);

/**
 * Schemes a self-contained page may load. Everything else (http:, https:,
 * file:, …) is blocked and recorded: a report must carry what it shows.
 */
const LOCAL_SCHEMES = new Set(["data:", "blob:", "about:"]);

/** Arguments for every browser, whatever its source. */
const COMMON_ARGS = [
  // Tests often run as root (containers, CI), where Chromium refuses to start
  // with its sandbox; the pages are our own, and nothing outside is reachable.
  "--no-sandbox",
  // Containers give /dev/shm 64 MB; a large screenshot would crash the renderer.
  "--disable-dev-shm-usage",
  // Every host name resolves to nothing: a request that escaped interception fails at once.
  "--host-resolver-rules=MAP * ~NOTFOUND",
  // The same glyph shapes on every machine, for comparable screenshots.
  "--font-render-hinting=none",
];

/**
 * Arguments of `@sparticuz/chromium`'s recommended list (made for AWS Lambda)
 * that are left out on a normal Linux machine. The rest stay, `--no-zygote`
 * included: with `--no-sandbox` it only saves a process.
 */
const SPARTICUZ_ARGS_LEFT_OUT: ReadonlySet<string> = new Set([
  // Lambda forbids new privileged processes. Elsewhere it only hurts: a page
  // in a second browser context crashes the whole browser (SIGTRAP, seen by
  // puppeteer as "Target closed"), and one crashing page takes the browser
  // and every later test with it.
  "--single-process",
  // puppeteer passes the headless mode itself; here the quotes would reach Chromium literally.
  "--headless='shell'",
  // The page must run under the rules a reader's browser applies to it.
  "--disable-web-security",
  "--allow-running-insecure-content",
]);

/** A browser to try: where it came from, its binary and how to start it. */
interface BrowserCandidate {
  /** Where it came from, for messages: `@sparticuz/chromium 153.0.0`, `KSM_CHROMIUM`, … */
  readonly source: string;
  readonly executablePath: string;
  readonly args: readonly string[];
  /** `"shell"` for a headless-shell binary, `true` for a full Chromium. */
  readonly headless: true | "shell";
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** A candidate, or why there is none from that source. */
type CandidateLookup = { readonly candidate: BrowserCandidate } | { readonly unavailable: string; readonly source: string };

/** A request that failed, was blocked, or tried to leave the machine. */
export interface FailedRequest {
  readonly url: string;
  /** Chromium's error text (`net::ERR_…`), or why the harness blocked it. */
  readonly reason: string;
  /** True when the harness aborted it because it would have left the machine. */
  readonly blocked: boolean;
}

/** One axe-core violation, as plain data. */
export interface AxeViolation {
  /** The rule, e.g. `image-alt`, `color-contrast`. */
  readonly id: string;
  readonly impact: ImpactValue;
  readonly help: string;
  readonly helpUrl: string;
  readonly tags: readonly string[];
  readonly nodes: readonly {
    /** CSS selector(s) of the element; nested lists (shadow DOM, frames) are joined with ` >>> `. */
    readonly target: string;
    readonly html: string;
    readonly failureSummary: string;
  }[];
}

/** How a page is opened. */
export interface OpenHtmlOptions {
  /** CSS pixels; default 1280 × 800. */
  readonly viewport?: { readonly width: number; readonly height: number };
  /** Emulated CSS media type; `print` shows the print style sheet. Default: screen. */
  readonly media?: "screen" | "print";
}

/** A page opened from HTML, with what went wrong in it so far. */
export interface OpenedPage {
  /** The puppeteer page itself, for what this interface does not offer. */
  readonly page: Page;
  /** Text of every `console.error` and `console.assert` failure, and the browser's own errors (a CSP refusal, a failed load). Grows while the page lives. */
  readonly consoleErrors: readonly string[];
  /** Uncaught exceptions and unhandled rejections in the page, and a renderer crash. */
  readonly pageErrors: readonly string[];
  /** Requests that failed or were blocked because they would have left the machine. */
  readonly failedRequests: readonly FailedRequest[];
  /** Every console error, page error and failed request as one line each; empty when the page is clean. */
  problems(): string[];
  /**
   * Runs axe-core on the page and returns its violations (all impacts;
   * filter with {@link violationsAtLeast}). axe-core is evaluated through the
   * DevTools protocol, not added as a `<script>`, so a Content-Security-Policy
   * that forbids scripts does not stop it, and the page's CSP stays in force
   * for everything else.
   */
  axe(options?: RunOptions): Promise<AxeViolation[]>;
  /**
   * Writes a PNG of the whole page and returns its absolute path. A relative
   * path is taken relative to {@link TEST_ARTIFACTS_DIR}; folders are made.
   */
  screenshot(path: string): Promise<string>;
  /** `page.evaluate`: runs a function (or expression) in the page and returns its result. */
  readonly evaluate: Page["evaluate"];
  /** Closes the page and its browser context; safe to call twice. */
  close(): Promise<void>;
}

/** A running browser; one per test file. */
export interface HeadlessBrowser {
  /** Where the browser came from and its version, e.g. `@sparticuz/chromium 153.0.0 (HeadlessChrome/153.0.8010.0)`. */
  readonly description: string;
  /** Browsers tried before this one, each with why it did not start; empty when the first one started. */
  readonly notStarted: readonly string[];
  readonly browser: Browser;
  /**
   * Opens `html` in a fresh browser context (no cookies or storage shared
   * with other pages) via `page.setContent`, and waits for its load event.
   * The page's own Content-Security-Policy applies.
   */
  openHtml(html: string, options?: OpenHtmlOptions): Promise<OpenedPage>;
  /** Closes the browser; kills its process group when closing fails or hangs. Safe to call twice. */
  close(): Promise<void>;
}

/** Options of {@link launchHeadlessBrowser}. */
export interface LaunchHeadlessBrowserOptions {
  /** Use this binary and no other (as `KSM_CHROMIUM` does). */
  readonly executablePath?: string;
  /** How long `close()` lets the browser end by itself before it kills it; default half of {@link BROWSER_TIMEOUTS}.close. */
  readonly closeTimeoutMs?: number;
}

/** True when `KSM_SKIP_BROWSER=1` asks to skip the browser tests. */
export function browserTestsSkipped(): boolean {
  return process.env[SKIP_BROWSER_ENV] === "1";
}

const IMPACT_ORDER: readonly NonNullable<ImpactValue>[] = ["minor", "moderate", "serious", "critical"];

/**
 * The violations whose impact is `least` or worse.
 *
 * @example
 * ```ts
 * expect(formatViolations(violationsAtLeast(await page.axe(), "serious"))).toBe("");
 * ```
 */
export function violationsAtLeast(violations: readonly AxeViolation[], least: NonNullable<ImpactValue>): AxeViolation[] {
  const floor = IMPACT_ORDER.indexOf(least);
  return violations.filter((violation) => violation.impact !== null && IMPACT_ORDER.indexOf(violation.impact) >= floor);
}

/** Violations as readable lines (rule, impact, help, each element), for assertion messages; `""` for none. */
export function formatViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((violation) =>
      [
        `${violation.id} (${violation.impact ?? "no impact"}): ${violation.help} ${violation.helpUrl}`,
        ...violation.nodes.map((node) => `  ${node.target}: ${node.html}\n    ${node.failureSummary.replace(/\n/g, "\n    ")}`),
      ].join("\n"),
    )
    .join("\n");
}

/**
 * Registers `beforeAll` (start the browser) and `afterAll` (close it, kill it
 * if need be) with {@link BROWSER_TIMEOUTS} and returns a getter for the
 * running browser. Call it once per test file, inside the `describe` that
 * needs it, so that a skipped `describe` starts no browser. When no browser
 * can start, `beforeAll` fails, and with it every test of the `describe`,
 * with a message saying how to get one.
 *
 * @example
 * ```ts
 * describe.skipIf(browserTestsSkipped())("the HTML report in a browser", { timeout: BROWSER_TIMEOUTS.test }, () => {
 *   const browser = useHeadlessBrowser();
 *   it("has no console errors", async () => {
 *     const page = await browser().openHtml(html);
 *     expect(page.problems()).toEqual([]);
 *     await page.close();
 *   });
 * });
 * ```
 */
export function useHeadlessBrowser(options: LaunchHeadlessBrowserOptions = {}): () => HeadlessBrowser {
  let launching: Promise<HeadlessBrowser> | undefined;
  let running: HeadlessBrowser | undefined;
  beforeAll(async () => {
    launching = launchHeadlessBrowser(options);
    running = await launching;
    if (running.notStarted.length > 0) {
      // A fallback browser passes the tests too, but the one that failed should be mended.
      console.warn(`Browser tests run in ${running.description}; before it, these did not start:\n  - ${running.notStarted.join("\n  - ")}`);
    }
  }, BROWSER_TIMEOUTS.launch);
  afterAll(async () => {
    // A launch that outlived its hook's timeout still has to be closed.
    const browser = running ?? (await settleWithin(launching, BROWSER_TIMEOUTS.close));
    await browser?.close();
  }, BROWSER_TIMEOUTS.close + 10_000);
  return () => {
    if (!running) throw new Error("The headless browser is not running: its launch in beforeAll failed (see that error).");
    return running;
  };
}

/**
 * Starts a headless Chromium (see the top of this file for where it comes
 * from). Fails, naming every browser tried and why it did not start, with
 * how to get one and how to skip the browser tests (`KSM_SKIP_BROWSER=1`).
 */
export async function launchHeadlessBrowser(options: LaunchHeadlessBrowserOptions = {}): Promise<HeadlessBrowser> {
  const explicit = options.executablePath ?? nonEmpty(process.env[BROWSER_PATH_ENV]);
  const lookups: (() => Promise<CandidateLookup>)[] = explicit !== undefined
    ? [async () => explicitCandidate(explicit, options.executablePath === undefined ? BROWSER_PATH_ENV : "executablePath option")]
    : [sparticuzCandidate, debianCandidate];
  const attempts: string[] = [];
  for (const lookup of lookups) {
    const found = await lookup();
    if ("unavailable" in found) {
      attempts.push(`${found.source}: ${found.unavailable}`);
      continue;
    }
    try {
      return await start(found.candidate, options.closeTimeoutMs ?? BROWSER_TIMEOUTS.close / 2, attempts);
    } catch (error) {
      attempts.push(`${found.candidate.source} (${found.candidate.executablePath}): ${launchFailure(error, found.candidate)}`);
    }
  }
  throw new Error(noBrowserMessage(attempts, explicit !== undefined));
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value;
}

function explicitCandidate(executablePath: string, source: string): CandidateLookup {
  if (!existsSync(executablePath)) return { source: `${source}=${executablePath}`, unavailable: "no such file" };
  return { candidate: { source, executablePath, args: COMMON_ARGS, headless: true } };
}

async function debianCandidate(): Promise<CandidateLookup> {
  if (!existsSync(DEBIAN_CHROMIUM)) return { source: DEBIAN_CHROMIUM, unavailable: "not installed" };
  return { candidate: { source: "Debian's chromium", executablePath: DEBIAN_CHROMIUM, args: COMMON_ARGS, headless: true } };
}

async function sparticuzCandidate(): Promise<CandidateLookup> {
  const source = "@sparticuz/chromium";
  if (process.platform !== "linux" || process.arch !== "x64") {
    return { source, unavailable: `it brings a browser for Linux x64 only, this is ${process.platform} ${process.arch}` };
  }
  try {
    const { default: chromium } = await import("@sparticuz/chromium");
    const root = dirname(dirname(require.resolve("@sparticuz/chromium")));
    const manifest: unknown = JSON.parse(await readFile(join(root, "package.json"), "utf8"));
    const version = isRecord(manifest) && typeof manifest.version === "string" ? manifest.version : "unknown";
    const home = await extractSparticuz(version, () => chromium.executablePath(join(root, "bin")));
    const args = [...chromium.args.filter((arg) => !SPARTICUZ_ARGS_LEFT_OUT.has(arg)), ...COMMON_ARGS];
    return {
      candidate: {
        source: `${source} ${version}`,
        executablePath: join(home, "chromium"),
        args: [...new Set(args)],
        headless: "shell",
        env: { ...process.env, FONTCONFIG_FILE: join(home, FONTS_CONF) },
      },
    };
  } catch (error) {
    return { source, unavailable: `could not be extracted: ${firstLines(error, 3)}` };
  }
}

const FONTS_CONF = "kommune-sm-fonts.conf";
const PARTIAL_MARK = ".partial-";

/**
 * The folder with `@sparticuz/chromium`'s browser of this version, extracted
 * on first use and reused afterwards.
 *
 * Not `<tmp>/chromium`, where the package itself extracts to: it reuses any
 * file found there without looking at its version or whether it is whole, so
 * another version's browser, or one cut short by a killed process, would be
 * started (a cut one loses the connection at once: "Target closed"), and a
 * second process starting while the first still writes fails with ETXTBSY.
 * Here each version has its own folder, filled under a temporary name and
 * renamed when complete; the rename is atomic, so a folder that exists is
 * whole, and of two processes extracting at once the second one's rename
 * fails and it uses the first one's folder.
 *
 * The package extracts into `os.tmpdir()`, so TMPDIR points into the
 * temporary folder while it runs (about two seconds, before any browser runs).
 */
async function extractSparticuz(version: string, executablePath: () => Promise<string>): Promise<string> {
  const base = sparticuzFolder();
  const home = join(base, version);
  if (existsSync(join(home, "chromium"))) return home;
  await mkdir(base, { recursive: true });
  await removeStalePartials(base);
  const partial = await mkdtemp(join(base, `${version}${PARTIAL_MARK}`));
  try {
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = partial;
    let extracted: string;
    try {
      extracted = await executablePath();
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
    }
    if (extracted !== join(partial, "chromium")) throw new Error(`expected the browser at ${join(partial, "chromium")}, the package gave ${extracted}`);
    // Its own fonts.conf names /tmp/fonts; this one names the fonts where they
    // are now, after the machine's own fonts (when it has any).
    await writeFile(
      join(partial, FONTS_CONF),
      [
        `<?xml version="1.0"?>`,
        `<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">`,
        `<fontconfig>`,
        `  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>`,
        `  <dir>${join(home, "fonts")}</dir>`,
        `  <cachedir>${join(home, "fonts-cache")}</cachedir>`,
        `</fontconfig>`,
        ``,
      ].join("\n"),
    );
    await rename(partial, home);
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    // Another process finished first: its folder is as good as ours.
    if (existsSync(join(home, "chromium"))) return home;
    throw error;
  }
  return home;
}

/** Where `@sparticuz/chromium`'s browsers are extracted; one folder per user, as another user's (mode 700) could be neither read nor written. */
function sparticuzFolder(): string {
  return join(tmpdir(), `kommune-sm-chromium-${process.getuid?.() ?? "user"}`);
}

/** Removes temporary folders of extractions that died more than an hour ago. */
async function removeStalePartials(base: string): Promise<void> {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of await readdir(base)) {
    if (!name.includes(PARTIAL_MARK)) continue;
    const path = join(base, name);
    const info = await stat(path).catch(() => undefined);
    if (info && info.mtimeMs < hourAgo) await rm(path, { recursive: true, force: true });
  }
}

async function start(candidate: BrowserCandidate, closeTimeoutMs: number, notStarted: readonly string[]): Promise<HeadlessBrowser> {
  const launchOptions: LaunchOptions = {
    executablePath: candidate.executablePath,
    args: [...candidate.args],
    headless: candidate.headless,
    pipe: true,
    timeout: BROWSER_TIMEOUTS.launch / 2,
    protocolTimeout: BROWSER_TIMEOUTS.protocol,
    ...(candidate.env ? { env: candidate.env } : {}),
  };
  const browser = await puppeteer.launch(launchOptions);
  let version: string;
  try {
    version = await browser.version();
  } catch (error) {
    await closeBrowser(browser, closeTimeoutMs);
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    description: `${candidate.source} (${version})`,
    notStarted: [...notStarted],
    browser,
    openHtml: (html, options) => openHtml(browser, html, options),
    close: () => (closing ??= closeBrowser(browser, closeTimeoutMs)),
  };
}

/**
 * Closes the browser politely, then kills what is left of its process group:
 * the browser itself when closing failed or hung, and any helper process
 * (renderer, GPU, utility) that outlived it.
 */
async function closeBrowser(browser: Browser, timeoutMs: number): Promise<void> {
  const child = browser.process();
  try {
    await withTimeout(browser.close(), timeoutMs, "closing the browser");
  } catch {
    // Killed below.
  } finally {
    if (child) await killProcessGroup(child);
  }
}

async function killProcessGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined) return;
  const running = child.exitCode === null && child.signalCode === null;
  const exited = running ? new Promise<void>((done) => child.once("exit", () => done())) : Promise.resolve();
  try {
    // puppeteer starts the browser detached: it leads its own process group.
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // ESRCH: the group is gone already. Otherwise at least the browser itself.
    if (running) child.kill("SIGKILL");
  }
  await settleWithin(exited, 5_000);
}

async function openHtml(browser: Browser, html: string, options: OpenHtmlOptions = {}): Promise<OpenedPage> {
  const context = await browser.createBrowserContext();
  let page: Page;
  try {
    page = await context.newPage();
  } catch (error) {
    await context.close().catch(() => undefined);
    throw error;
  }
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const failedRequests: FailedRequest[] = [];
  const blocked = new WeakSet<HTTPRequest>();

  page.on("console", (message) => {
    if (message.type() !== "error" && message.type() !== "assert") return;
    // Code puppeteer ran itself (setContent writes the HTML from a script) has a pptr: location, no help to anyone.
    const where = message.location().url;
    consoleErrors.push(where && !where.startsWith("pptr:") ? `${message.text()} (${shorten(where)})` : message.text());
  });
  page.on("pageerror", (error) => pageErrors.push(error instanceof Error ? error.message : String(error)));
  page.on("error", (error) => pageErrors.push(`the page crashed: ${error.message}`));
  page.on("request", (request) => {
    if (request.isInterceptResolutionHandled()) return;
    if (LOCAL_SCHEMES.has(schemeOf(request.url()))) {
      void request.continue().catch(() => undefined);
      return;
    }
    blocked.add(request);
    failedRequests.push({ url: shorten(request.url()), reason: "blocked: it would leave the machine", blocked: true });
    void request.abort("blockedbyclient").catch(() => undefined);
  });
  page.on("requestfailed", (request) => {
    if (blocked.has(request)) return;
    failedRequests.push({ url: shorten(request.url()), reason: request.failure()?.errorText ?? "failed", blocked: false });
  });

  const close = async (): Promise<void> => {
    await page.close().catch(() => undefined);
    await context.close().catch(() => undefined);
  };
  try {
    page.setDefaultTimeout(BROWSER_TIMEOUTS.protocol);
    await page.setViewport({ width: options.viewport?.width ?? 1280, height: options.viewport?.height ?? 800 });
    await page.emulateMediaType(options.media ?? "screen");
    await page.setRequestInterception(true);
    await page.setContent(html, { waitUntil: "load", timeout: BROWSER_TIMEOUTS.protocol });
  } catch (error) {
    await close();
    throw error;
  }

  return {
    page,
    consoleErrors,
    pageErrors,
    failedRequests,
    problems: () => [
      ...consoleErrors.map((text) => `console error: ${text}`),
      ...pageErrors.map((text) => `page error: ${text}`),
      ...failedRequests.map((request) => `${request.blocked ? "blocked" : "failed"} request: ${request.url} (${request.reason})`),
    ],
    axe: (runOptions) => runAxe(page, runOptions),
    screenshot: async (path) => {
      const target = isAbsolute(path) ? path : resolve(TEST_ARTIFACTS_DIR, path);
      await mkdir(dirname(target), { recursive: true });
      await page.screenshot({ path: target as `${string}.png`, type: "png", fullPage: true });
      return target;
    },
    evaluate: page.evaluate.bind(page) as Page["evaluate"],
    close,
  };
}

let axeSource: Promise<string> | undefined;

/** axe-core's minified build, read once from the installed package. */
function loadAxeSource(): Promise<string> {
  axeSource ??= readFile(join(dirname(require.resolve("axe-core")), "axe.min.js"), "utf8");
  return axeSource;
}

/*
 * axe-core is evaluated with Runtime.evaluate (page.evaluate with a string),
 * which a page's Content-Security-Policy does not govern, unlike a <script>
 * element (page.addScriptTag): `script-src` or `default-src 'none'` refuses
 * that with nothing but a console message (addScriptTag resolves, and axe is
 * missing). Page.setBypassCSP would work too, but it switches the CSP off for
 * the whole page, so the page's own inline script would run and a report
 * that breaks its own policy would pass. The page code is a string because
 * the test's source is transpiled (page code must not depend on the
 * transpiler's helpers) and the project's types have no DOM.
 */
async function runAxe(page: Page, options: RunOptions = {}): Promise<AxeViolation[]> {
  const present = await page.evaluate(`typeof globalThis.axe === "object" && typeof globalThis.axe.run === "function"`);
  if (present !== true) await page.evaluate(await loadAxeSource());
  const result: unknown = await page.evaluate(`(async () => {
    const results = await globalThis.axe.run(${JSON.stringify({ ...options, resultTypes: ["violations"] })});
    const selector = (target) => (Array.isArray(target) ? target.map(selector).join(" >>> ") : String(target));
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      helpUrl: violation.helpUrl,
      tags: violation.tags,
      nodes: violation.nodes.map((node) => ({ target: selector(node.target), html: node.html, failureSummary: node.failureSummary ?? "" })),
    }));
  })()`);
  if (!Array.isArray(result)) throw new Error(`axe-core returned ${JSON.stringify(result)} instead of a list of violations.`);
  return result as AxeViolation[];
}

function noBrowserMessage(attempts: readonly string[], explicit: boolean): string {
  return [
    "No headless browser could be started for the browser tests of @kommune-sm/reporting.",
    "Tried:",
    ...attempts.map((attempt) => `  - ${attempt.replace(/\n/g, "\n    ")}`),
    "How to get one:",
    ...(explicit ? [`  - ${BROWSER_PATH_ENV} (or the executablePath option) names the binary to use: point it at a working Chromium or Chrome, or unset it to look for one.`] : []),
    "  - @sparticuz/chromium (a devDependency, installed by `pnpm install`) brings Chromium for Linux x64; on Debian or Ubuntu it needs the libraries of",
    "    `apt-get install libnss3 libexpat1` (a message \"error while loading shared libraries\" above names the one missing).",
    `    Its browser is extracted once into ${sparticuzFolder()}; delete that folder if it was damaged, and it is extracted again.`,
    `  - or Debian's Chromium: \`apt-get install chromium\` (looked for at ${DEBIAN_CHROMIUM}).`,
    `  - or any Chromium or Chrome: ${BROWSER_PATH_ENV}=/path/to/chrome.`,
    `To skip the browser tests instead, set ${SKIP_BROWSER_ENV}=1 (the HTML report is then not checked in a browser).`,
  ].join("\n");
}

/**
 * Why a browser did not start: puppeteer's error without its troubleshooting
 * link, and what the binary says when asked for its version. Over a pipe,
 * puppeteer sees a browser that died at once (a missing shared library, a
 * binary for another machine) only as "Target closed"; `--version` needs the
 * same libraries and shows the loader's message.
 */
function launchFailure(error: unknown, candidate: BrowserCandidate): string {
  const lines = (error instanceof Error ? error.message : String(error))
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("TROUBLESHOOTING") && !line.includes("pptr.dev"))
    .slice(0, 8);
  const probe = spawnSync(candidate.executablePath, ["--version"], {
    encoding: "utf8",
    timeout: 15_000,
    ...(candidate.env ? { env: { ...candidate.env } } : {}),
  });
  if (probe.error) {
    lines.push(`\`${candidate.executablePath} --version\` failed: ${probe.error.message}`);
  } else if (probe.status !== 0) {
    const said = `${probe.stderr}\n${probe.stdout}`.trim().split("\n").slice(0, 4).join("\n");
    lines.push(`\`${candidate.executablePath} --version\` ended with ${probe.signal ?? `exit code ${probe.status}`}${said ? `: ${said}` : ""}`);
  }
  return lines.join("\n");
}

function firstLines(error: unknown, count: number): string {
  return (error instanceof Error ? error.message : String(error)).split("\n").slice(0, count).join("\n");
}

function schemeOf(url: string): string {
  const colon = url.indexOf(":");
  return colon < 0 ? "" : url.slice(0, colon + 1).toLowerCase();
}

function shorten(url: string): string {
  return url.length > 200 ? `${url.slice(0, 200)}…` : url;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The promise's value, or undefined when it rejects or takes longer than `ms`. */
async function settleWithin<T>(promise: Promise<T> | undefined, ms: number): Promise<T | undefined> {
  if (!promise) return undefined;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((done) => {
    timer = setTimeout(() => done(undefined), ms);
  });
  try {
    return await Promise.race([promise.catch(() => undefined), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
