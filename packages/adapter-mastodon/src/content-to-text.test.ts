import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contentToText, linkTargetsOf } from "./content-to-text.js";

// Mastodon's TextFormatter for plain text a local user wrote: escaped, blank
// lines make paragraphs, a single line break becomes <br />.
const asMastodonRendersIt = (text: string) =>
  text
    .split("\n\n")
    .map((paragraph) => `<p>${paragraph.replace(/[&<>"']/g, (ch) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "#39" }[ch]};`).replaceAll("\n", "<br />")}</p>`)
    .join("");

describe("contentToText", () => {
  it("reads a citizen's mention with the town hall's handle in full, a split link and a hashtag", () => {
    const html =
      '<p><span class="h-card" translate="no"><a href="https://social.example/@musterstadt" class="u-url mention">@<span>musterstadt</span></a></span> Schlagloch hier: <a href="https://www.openstreetmap.org/#map=19/48.1/11.5" target="_blank" rel="nofollow noopener" translate="no"><span class="invisible">https://www.</span><span class="ellipsis">openstreetmap.org/#map=19/48.1</span><span class="invisible">/11.5</span></a> <a href="https://social.example/tags/Verkehr" class="mention hashtag" rel="tag">#<span>Verkehr</span></a></p>';
    expect(contentToText(html, [{ url: "https://social.example/@musterstadt", acct: "musterstadt@social.example" }])).toBe(
      "@musterstadt@social.example Schlagloch hier: https://www.openstreetmap.org/#map=19/48.1/11.5 #Verkehr",
    );
  });

  it("keeps escaped markup as text: a citizen's <script> is never markup", () => {
    expect(contentToText("<p>&lt;script&gt;alert(&#39;Rathaus&#39;)&lt;/script&gt; &amp;amp; &lt;b&gt;fett&lt;/b&gt;</p>")).toBe("<script>alert('Rathaus')</script> &amp; <b>fett</b>");
  });

  it("drops real markup that has no text (scripts, styles) and keeps paragraphs and line breaks", () => {
    expect(contentToText("<p>Zeile 1<br />Zeile 2</p><script>alert(1)</script><p>Zeile 4</p><style>p{}</style>")).toBe("Zeile 1\nZeile 2\n\nZeile 4");
  });

  it("writes a link whose text is not its address as 'text (address)', and lists", () => {
    expect(contentToText('<p>Siehe <a href="https://example.org/plan.pdf">den Plan</a></p><ul><li>eins</li><li>zwei</li></ul>')).toBe("Siehe den Plan (https://example.org/plan.pdf)\n\n- eins\n- zwei");
  });

  it("does not turn a javascript: link into an address", () => {
    expect(contentToText('<p><a href="javascript:alert(1)">klick</a></p>')).toBe("klick");
  });

  it("drops the 'RE:' line of a quote", () => {
    expect(contentToText('<p class="quote-inline">RE: <a href="https://a.example/1">https://a.example/1</a></p><p>Genau!</p>')).toBe("Genau!");
  });

  it("gives back exactly what a person wrote, for any text Mastodon renders (white space, entities, empty paragraphs)", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "ä", " ", "\t", "\n", "<", ">", "&", '"', "'", "😀", "#", "x") , maxLength: 80 }), (text) => {
        expect(contentToText(asMastodonRendersIt(text))).toBe(text);
      }),
      { numRuns: 2_000 },
    );
  });

  it("never throws, whatever a remote server sends", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (html) => {
        expect(typeof contentToText(html)).toBe("string");
      }),
      { numRuns: 1_000 },
    );
  });
});

describe("linkTargetsOf", () => {
  it("lists the http(s) targets of a profile field's links, entities decoded, nothing else", () => {
    expect(linkTargetsOf('<a href="https://musterstadt.example/impressum?a=1&amp;b=2" rel="me">musterstadt.example/impressum</a> <a href="javascript:x">x</a>')).toEqual([
      "https://musterstadt.example/impressum?a=1&b=2",
    ]);
  });
});
