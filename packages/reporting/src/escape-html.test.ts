import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeHtml } from "./escape-html.js";

const decode = (html: string): string => html.replace(/&(amp|lt|gt|quot|#39);/g, (_m, name: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[name]!);

describe("escapeHtml", () => {
  it("shows a script tag and an attribute breakout as text", () => {
    expect(escapeHtml(`<script>alert(1)</script>`)).toBe("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(escapeHtml(`" onmouseover="alert(1)`)).toBe("&quot; onmouseover=&quot;alert(1)");
    expect(escapeHtml(`' autofocus onfocus='x`)).toBe("&#39; autofocus onfocus=&#39;x");
  });

  it("removes bidi controls and replaces lone surrogates", () => {
    expect(escapeHtml("Rechnung\u202Eexe.pdf")).toBe("Rechnungexe.pdf");
    expect(escapeHtml("a\uD800b")).toBe("a\uFFFDb");
  });

  it("leaves no markup character in any text, and decodes back to the cleaned text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(escaped).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/);
        expect(decode(escaped)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
      }),
    );
  });
});
