import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import type { SerializedAXNode } from "puppeteer-core";
import { describe, expect, it } from "vitest";
import {
  BROWSER_TIMEOUTS,
  browserTestsSkipped,
  formatViolations,
  launchHeadlessBrowser,
  SKIP_BROWSER_ENV,
  TEST_ARTIFACTS_DIR,
  useHeadlessBrowser,
  violationsAtLeast,
} from "./test-support/headless-browser.js";

/** The policy the HTML report carries: no scripts, no requests, inline styles and data: images only. */
const REPORT_CSP = `default-src 'none'; style-src 'unsafe-inline'; img-src data:`;

const page = (body: string, head = ""): string => `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Monatsbericht Musterstadt</title>
${head}
</head>
<body>
<main>
<h1>Monatsbericht Musterstadt</h1>
${body}
</main>
</body>
</html>`;

const cspMeta = `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`;

const ACCESSIBLE_CHART = page(
  `<figure>
  <svg role="img" aria-labelledby="chart-title" aria-describedby="chart-desc" viewBox="0 0 300 120" width="300" height="120">
    <title id="chart-title">Interaktionen je Monat</title>
    <desc id="chart-desc">Balkendiagramm: Januar 120, Februar 180, März 150 Interaktionen.</desc>
    <rect x="20" y="60" width="60" height="60" fill="#1f4e79"></rect>
    <rect x="120" y="30" width="60" height="90" fill="#1f4e79"></rect>
    <rect x="220" y="45" width="60" height="75" fill="#1f4e79"></rect>
  </svg>
  <figcaption>Interaktionen je Monat, erstes Quartal</figcaption>
</figure>
<table>
  <caption>Interaktionen je Monat</caption>
  <thead><tr><th scope="col">Monat</th><th scope="col">Interaktionen</th></tr></thead>
  <tbody>
    <tr><th scope="row">Januar</th><td>120</td></tr>
    <tr><th scope="row">Februar</th><td>180</td></tr>
    <tr><th scope="row">März</th><td>150</td></tr>
  </tbody>
</table>`,
  `${cspMeta}<style>body { font-family: sans-serif; color: #1a1a1a; background: #fff; } th, td { padding: 4px 8px; }</style>`,
);

/** A 1 × 1 PNG, so that an image loads without leaving the machine. */
const PIXEL = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Processes of a process group that are not zombies. Read from /proc where
 * there is one (a zombie still counts for kill(-group, 0)); elsewhere from
 * kill(-group, 0).
 */
async function liveProcessesInGroup(group: number): Promise<number[]> {
  if (!existsSync("/proc/self/stat")) {
    try {
      process.kill(-group, 0);
      return [group];
    } catch {
      return [];
    }
  }
  const live: number[] = [];
  for (const name of await readdir("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, "utf8").catch(() => "");
    // pid (comm) state ppid pgrp …; comm may hold spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (fields[2] === String(group) && fields[0] !== "Z") live.push(Number(name));
  }
  return live;
}

/** {@link liveProcessesInGroup}, after up to a second for the last ones to end. */
async function liveProcessesInGroupAfterEnd(group: number): Promise<number[]> {
  for (let waited = 0; waited < 1_000; waited += 100) {
    if ((await liveProcessesInGroup(group)).length === 0) return [];
    await new Promise((done) => setTimeout(done, 100));
  }
  return liveProcessesInGroup(group);
}

/** The first node of an accessibility tree, depth first, that `matches`. */
function findNode(node: SerializedAXNode, matches: (node: SerializedAXNode) => boolean): SerializedAXNode | undefined {
  if (matches(node)) return node;
  for (const child of node.children ?? []) {
    const found = findNode(child, matches);
    if (found) return found;
  }
  return undefined;
}

const skipped = browserTestsSkipped();

describe.skipIf(skipped)(
  skipped ? `the headless browser harness (skipped: ${SKIP_BROWSER_ENV}=1)` : "the headless browser harness",
  { timeout: BROWSER_TIMEOUTS.test },
  () => {
    const browser = useHeadlessBrowser();

    it("opens an accessible page (an SVG chart with title and description, a table) without errors or serious axe violations", async () => {
      const opened = await browser().openHtml(ACCESSIBLE_CHART);
      try {
        expect(opened.problems()).toEqual([]);
        const violations = await opened.axe();
        expect(formatViolations(violationsAtLeast(violations, "serious")), browser().description).toBe("");
        // What a screen reader gets: the chart's name and description from its title and desc.
        const tree = await opened.page.accessibility.snapshot();
        const chart = tree ? findNode(tree, (node) => node.role === "image") : undefined;
        expect(chart).toMatchObject({ name: "Interaktionen je Monat", description: "Balkendiagramm: Januar 120, Februar 180, März 150 Interaktionen." });
      } finally {
        await opened.close();
      }
    });

    it("reports a missing alt text and low-contrast text, so that a clean audit means something", async () => {
      const opened = await browser().openHtml(
        page(`<img src="${PIXEL}" width="40" height="40">
<p style="color: #b0b0b0; background: #ffffff">Sprechzeiten der Pressestelle: Mo–Fr 9–12 Uhr</p>`),
      );
      try {
        const serious = violationsAtLeast(await opened.axe(), "serious");
        const ids = serious.map((violation) => violation.id);
        expect(ids, formatViolations(serious)).toContain("image-alt");
        expect(ids, formatViolations(serious)).toContain("color-contrast");
        expect(serious.find((violation) => violation.id === "image-alt")?.nodes[0]?.target).toBe("img");
        expect(opened.problems()).toEqual([]);
      } finally {
        await opened.close();
      }
    });

    it("reports console.error and an uncaught exception in the page", async () => {
      const opened = await browser().openHtml(
        page(`<p>Bericht</p>
<script>console.error("Diagramm fehlt: Interaktionen"); throw new Error("Daten unlesbar");</script>`),
      );
      try {
        expect(opened.consoleErrors).toEqual([expect.stringContaining("Diagramm fehlt: Interaktionen")]);
        expect(opened.pageErrors).toEqual([expect.stringContaining("Daten unlesbar")]);
        expect(opened.problems()).toHaveLength(2);
      } finally {
        await opened.close();
      }
    });

    it("blocks and reports a request that would leave the machine", async () => {
      const opened = await browser().openHtml(
        page(`<img src="https://cdn.example.org/wappen.png" alt="Wappen der Stadt Musterstadt">
<img src="${PIXEL}" alt="Punkt">`),
      );
      try {
        expect(opened.failedRequests).toEqual([
          { url: "https://cdn.example.org/wappen.png", reason: "blocked: it would leave the machine", blocked: true },
        ]);
        expect(opened.problems()).toContain("blocked request: https://cdn.example.org/wappen.png (blocked: it would leave the machine)");
        // The data: image loaded; the outside one did not.
        const loaded = await opened.evaluate(`[...document.images].map((image) => image.naturalWidth)`);
        expect(loaded).toEqual([0, 1]);
      } finally {
        await opened.close();
      }
    });

    it("runs axe under the report's Content-Security-Policy, which still refuses the page's own script and outside image", async () => {
      const opened = await browser().openHtml(
        page(
          `<img src="${PIXEL}" width="40" height="40">
<img src="https://cdn.example.org/wappen.png" alt="Wappen">
<script>document.title = "script ran";</script>`,
          cspMeta,
        ),
      );
      try {
        const violations = await opened.axe();
        expect(violations.map((violation) => violation.id)).toContain("image-alt");
        // The harness does not switch the page's CSP off: the inline script stayed refused …
        expect(await opened.evaluate(`document.title`)).toBe("Monatsbericht Musterstadt");
        expect(opened.consoleErrors.join("\n")).toMatch(/inline script.*Content Security Policy/s);
        // … and so did the outside image, before any request was made.
        expect(opened.consoleErrors.join("\n")).toMatch(/image 'https:\/\/cdn\.example\.org\/wappen\.png'.*Content Security Policy/);
        expect(opened.failedRequests).toEqual([]);
      } finally {
        await opened.close();
      }
    });

    it("writes a full-page screenshot as a PNG into the test artefacts", async () => {
      const opened = await browser().openHtml(ACCESSIBLE_CHART, { viewport: { width: 800, height: 600 } });
      try {
        const path = await opened.screenshot("headless-browser/accessible-chart.png");
        expect(path.startsWith(TEST_ARTIFACTS_DIR)).toBe(true);
        const png = await readFile(path);
        expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
        // IHDR: width and height, big-endian, right after the signature and chunk header.
        expect(png.readUInt32BE(16)).toBe(800);
        expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(600);
        expect(png.length).toBeGreaterThan(1000);
      } finally {
        await opened.close();
      }
    });

    it("leaves no browser process behind when closed", async () => {
      const second = await launchHeadlessBrowser();
      const pid = second.browser.process()?.pid;
      if (pid === undefined) throw new Error("the browser has no process id");
      expect(await liveProcessesInGroup(pid)).not.toEqual([]);
      await second.close();
      // Neither the browser nor a renderer, GPU or utility process of its group is left.
      expect(await liveProcessesInGroupAfterEnd(pid)).toEqual([]);
    });

    it("kills a browser that does not answer when closed", async () => {
      const stuck = await launchHeadlessBrowser({ closeTimeoutMs: 1_000 });
      const pid = stuck.browser.process()?.pid;
      if (pid === undefined) throw new Error("the browser has no process id");
      // A stopped browser cannot answer Browser.close.
      process.kill(-pid, "SIGSTOP");
      const started = Date.now();
      await stuck.close();
      expect(Date.now() - started).toBeLessThan(BROWSER_TIMEOUTS.close);
      expect(await liveProcessesInGroupAfterEnd(pid)).toEqual([]);
    });
  },
);

describe("the headless browser harness without a browser", () => {
  it("fails with a message that says how to get a browser and how to skip", async () => {
    const launch = launchHeadlessBrowser({ executablePath: "/nonexistent/chromium" });
    await expect(launch).rejects.toThrow(/executablePath option=\/nonexistent\/chromium: no such file/);
    await expect(launch).rejects.toThrow(/apt-get install chromium/);
    await expect(launch).rejects.toThrow(`set ${SKIP_BROWSER_ENV}=1`);
  });

  it("names why a binary that is no browser did not start", { timeout: BROWSER_TIMEOUTS.test }, async () => {
    await expect(launchHeadlessBrowser({ executablePath: "/bin/false" })).rejects.toThrow(/executablePath option \(\/bin\/false\): .+/);
  });
});
