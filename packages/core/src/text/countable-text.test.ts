import { describe, expect, it } from "vitest";
import { countableText, findUrls } from "./countable-text.js";
import { COUNTING_RULES } from "./counting-rules.js";

const urls = (text: string) => findUrls(text).map((found) => found.url);

describe("findUrls", () => {
  it("finds http and https URLs with their offsets", () => {
    expect(findUrls("Infos: https://musterstadt.de/abfall. Danke!")).toEqual([
      { url: "https://musterstadt.de/abfall", start: 7, end: 36 },
    ]);
    expect(urls("HTTP://WWW.MUSTERSTADT.DE and http://192.168.0.1:8080/status")).toEqual([
      "HTTP://WWW.MUSTERSTADT.DE",
      "http://192.168.0.1:8080/status",
    ]);
  });

  it("keeps paths, queries and fragments, and drops sentence punctuation after them", () => {
    expect(urls("Siehe https://musterstadt.de/termine?jahr=2025&monat=5#sperrmuell!")).toEqual([
      "https://musterstadt.de/termine?jahr=2025&monat=5#sperrmuell",
    ]);
    expect(urls("Mehr unter https://musterstadt.de/a, https://musterstadt.de/b; https://musterstadt.de/c…")).toEqual([
      "https://musterstadt.de/a",
      "https://musterstadt.de/b",
      "https://musterstadt.de/c",
    ]);
  });

  it("keeps a closing bracket that belongs to the URL and drops one that closes the sentence", () => {
    expect(urls("(siehe https://de.wikipedia.org/wiki/Rathaus_(Bremen))")).toEqual(["https://de.wikipedia.org/wiki/Rathaus_(Bremen)"]);
    expect(urls("(siehe https://musterstadt.de/rathaus).")).toEqual(["https://musterstadt.de/rathaus"]);
  });

  it("stops at German and French quotation marks", () => {
    expect(urls("„https://musterstadt.de/buergerbuero“ und «https://musterstadt.de/amt»")).toEqual([
      "https://musterstadt.de/buergerbuero",
      "https://musterstadt.de/amt",
    ]);
  });

  it("finds IDN hosts and non-ASCII paths", () => {
    expect(urls("https://müllabfuhr-lüdenscheid.de/straßen und https://例え.テスト/パス")).toEqual([
      "https://müllabfuhr-lüdenscheid.de/straßen",
      "https://例え.テスト/パス",
    ]);
  });

  it("does not take links without a scheme, hosts without a top-level domain, or a scheme glued to a word", () => {
    expect(urls("musterstadt.de www.musterstadt.de http://localhost/x https:// nohttps://musterstadt.de")).toEqual([]);
  });
});

describe("countableText", () => {
  const mastodon = COUNTING_RULES.mastodon;

  it("replaces each URL with 23 placeholder characters for Mastodon, keeping what follows", () => {
    expect(countableText("Infos: https://musterstadt.de/abfall/sperrmuell-termine-2025.", mastodon)).toBe(`Infos: ${"x".repeat(23)}.`);
    expect(countableText("https://a.de", mastodon)).toBe("x".repeat(23)); // a short URL counts 23 as well
  });

  it("shortens remote mentions to the username and leaves local mentions, e-mail addresses and URL paths alone", () => {
    expect(countableText("Danke @feuerwehr@social.musterstadt.de!", mastodon)).toBe("Danke @feuerwehr!");
    expect(countableText("@Rathaus.Team@mastodon.social und @bob", mastodon)).toBe("@Rathaus.Team und @bob");
    expect(countableText("Hallo @bob@grå.org", mastodon)).toBe("Hallo @bob");
    expect(countableText("Mail an info@musterstadt.de", mastodon)).toBe("Mail an info@musterstadt.de");
    expect(countableText("a=@bob@example.com", mastodon)).toBe("a=@bob@example.com");
  });

  it("does not find mentions inside URLs", () => {
    expect(countableText("https://mastodon.social/@bob@example.com", mastodon)).toBe("x".repeat(23));
  });

  it("returns the text unchanged for a rule without rewrites", () => {
    const text = "Infos: https://musterstadt.de/abfall @bob@example.com";
    expect(countableText(text, COUNTING_RULES.bluesky)).toBe(text);
  });
});
