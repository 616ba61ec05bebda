import fc from "fast-check";
import { parseFragment } from "parse5";
import { describe, expect, it } from "vitest";
import { renderStatus, renderStatusHtml, type KnownAccount } from "./fake-mastodon-html.js";

const domain = "social.example";
const me: KnownAccount = { id: "1", username: "musterstadt", domain, acct: "musterstadt", url: `https://${domain}/@musterstadt` };

type Node = { nodeName: string; value?: string; childNodes?: Node[]; attrs?: { name: string; value: string }[] };

/** The text a reader sees: text nodes, <br> as "\n", paragraphs joined by "\n\n"; and every element name used. */
function readBack(html: string): { text: string; elements: Set<string> } {
  const elements = new Set<string>();
  const walk = (node: Node): string => {
    if (node.nodeName === "#text") return node.value ?? "";
    elements.add(node.nodeName);
    if (node.nodeName === "br") return "\n";
    return (node.childNodes ?? []).map(walk).join("");
  };
  const top = (parseFragment(html) as unknown as Node).childNodes ?? [];
  return { text: top.map(walk).join("\n\n"), elements };
}

// What must remain of the output once the markup the renderer writes itself is removed: text only.
const OWN_MARKUP = /<\/?p>|<br \/>|<a href="[^"<>]*"(?: target="_blank" rel="nofollow noopener(?: me)?" translate="no"| class="u-url mention"| class="mention hashtag" rel="tag")>|<\/a>|<span class="[a-z -]*"(?: translate="no")?>|<\/span>/g;

describe("renderStatusHtml: Mastodon's TextFormatter", () => {
  it("escapes & < > \" ' and splits paragraphs on exactly a blank line, lines on \\n", () => {
    expect(renderStatusHtml(`<b>"Rathaus" & 'Markt'</b>\nZeile 2\n\nAbsatz 2\n\n\nAbsatz 4`, { domain })).toBe(
      "<p>&lt;b&gt;&quot;Rathaus&quot; &amp; &#39;Markt&#39;&lt;/b&gt;<br />Zeile 2</p><p>Absatz 2</p><p><br />Absatz 4</p>",
    );
    expect(renderStatusHtml("", { domain })).toBe("");
    expect(renderStatusHtml("zwei  Leerzeichen\tund Tab ", { domain })).toBe("<p>zwei  Leerzeichen\tund Tab </p>");
  });

  it("links URLs the way Mastodon shortens them: scheme and www. hidden, 30 characters shown, the rest hidden", () => {
    expect(renderStatusHtml("Mehr: https://www.musterstadt.example/veranstaltungen/stadtfest-2027.", { domain })).toBe(
      '<p>Mehr: <a href="https://www.musterstadt.example/veranstaltungen/stadtfest-2027" target="_blank" rel="nofollow noopener" translate="no">' +
        '<span class="invisible">https://www.</span><span class="ellipsis">musterstadt.example/veranstalt</span><span class="invisible">ungen/stadtfest-2027</span></a>.</p>',
    );
    expect(renderStatusHtml("(https://example.org/a)", { domain })).toBe(
      '<p>(<a href="https://example.org/a" target="_blank" rel="nofollow noopener" translate="no"><span class="invisible">https://</span><span class="">example.org/a</span><span class="invisible"></span></a>)</p>',
    );
  });

  it("links hashtags and mentions of known accounts; unknown mentions stay text", () => {
    const rendered = renderStatus("@musterstadt@social.example @fremd@anderes.social #Stadtfest #2027 a#b", { domain, knownAccounts: [me] });
    expect(rendered.html).toBe(
      '<p><span class="h-card" translate="no"><a href="https://social.example/@musterstadt" class="u-url mention">@<span>musterstadt</span></a></span> @fremd@anderes.social ' +
        '<a href="https://social.example/tags/Stadtfest" class="mention hashtag" rel="tag">#<span>Stadtfest</span></a> #2027 a#b</p>',
    );
    expect(rendered.mentions).toEqual([me]);
    expect(rendered.tags).toEqual(["Stadtfest"]);
    expect(renderStatusHtml("@musterstadt info@musterstadt.example", { domain, knownAccounts: [me] })).toBe(
      '<p><span class="h-card" translate="no"><a href="https://social.example/@musterstadt" class="u-url mention">@<span>musterstadt</span></a></span> info@musterstadt.example</p>',
    );
  });

  it("never makes markup of the text: every < > & \" ' of arbitrary text comes out escaped", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), fc.boolean(), (text, withAccounts) => {
        const html = renderStatusHtml(text, { domain, knownAccounts: withAccounts ? [me] : [] });
        const rest = html.replace(OWN_MARKUP, "");
        expect(rest).not.toMatch(/[<>"']/);
        expect(rest.replace(/&(amp|lt|gt|quot|#39);/g, "")).not.toContain("&");
      }),
      { numRuns: 500 },
    );
  });

  it("is read back to the text as written, by an HTML parser, with only p, br, a and span", () => {
    // An HTML parser turns \r into \n and drops NUL, in Mastodon's HTML as anywhere; those two are left out here.
    const tricky = fc.constantFrom("<", ">", "&", "&amp;", '"', "'", "\n", "\n\n", " ", "#", "@", "https://", "https://x.example/a?b=1&c=<2>", "#tag", "@musterstadt", "\u00a0", "👋🏽");
    const text = fc.array(fc.oneof(fc.string({ unit: "grapheme", maxLength: 8 }), tricky), { maxLength: 20 }).map((parts) => parts.join("").replace(/[\r\0]/g, ""));
    fc.assert(
      fc.property(text, (input) => {
        const { text: read, elements } = readBack(renderStatusHtml(input, { domain }));
        expect(read).toBe(input);
        for (const element of elements) expect(["p", "br", "a", "span"]).toContain(element);
      }),
      { numRuns: 500 },
    );
  });
});
