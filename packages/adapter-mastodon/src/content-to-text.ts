import { parseFragment, type DefaultTreeAdapterMap } from "parse5";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

/** A mention in a status, as the Status entity lists it. */
export interface StatusMention {
  /** The account's profile URL, the mention link's `href`. */
  readonly url: string;
  /** `user` for a local account, `user@domain` for a remote one. */
  readonly acct: string;
}

/** Below this depth of nested elements the rest is read as plain text, without recursion: a hostile server's 5,000 nested tags must not overflow the stack. */
const MAX_DEPTH = 200;

const BLOCKS = new Set(["p", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "div"]);
const DROPPED = new Set(["script", "style", "template", "head", "title"]);

/**
 * The plain text of a status's HTML `content`, as the author wrote it: the
 * text that citizens see, to be shown and stored as data, never as markup.
 *
 * Parsed with parse5 (the WHATWG HTML parser jsdom uses) rather than with
 * regular expressions: a citizen's `&lt;script&gt;` stays the text
 * `<script>`, and nothing in the HTML can end up as markup. White space is
 * kept as written (Mastodon shows posts with `white-space: pre-wrap`);
 * paragraphs are joined by a blank line and `<br>` is a line break, the
 * inverse of how Mastodon renders plain text. A mention link reads
 * `@user@domain` (Mastodon shows remote mentions without their domain; the
 * full address comes from `mentions`); a link whose text is not its address
 * reads `text (address)`; Mastodon's shortened link texts (invisible
 * spans) read as the whole address. The "RE: …" line of a quote is dropped.
 *
 * @example
 * ```ts
 * contentToText('<p><span class="h-card"><a href="https://social.example/@anna" class="u-url mention">@<span>anna</span></a></span> Danke!</p>', [{ url: "https://social.example/@anna", acct: "anna@social.example" }]);
 * // "@anna@social.example Danke!"
 * ```
 */
export function contentToText(html: string, mentions: readonly StatusMention[] = []): string {
  const fragment = parseFragment(html);
  const acctOf = new Map(mentions.map((mention) => [mention.url, mention.acct] as const));
  const blocks: string[] = [];
  let inline = "";
  const flush = () => {
    if (inline !== "") blocks.push(inline);
    inline = "";
  };
  const walk = (node: Node, depth: number): string => {
    if (node.nodeName === "#text") return (node as DefaultTreeAdapterMap["textNode"]).value;
    if (!("childNodes" in node) || node.nodeName.startsWith("#comment")) return "";
    const element = node as Element;
    if (depth > MAX_DEPTH) return textBelow(element);
    const name = element.tagName;
    if (DROPPED.has(name)) return "";
    if (name === "br") return "\n";
    if (name === "p" && hasClass(element, "quote-inline")) return "";
    const inner = () => element.childNodes.map((child) => walk(child, depth + 1)).join("");
    if (name === "a") {
      const href = attribute(element, "href");
      const text = inner();
      if (hasClass(element, "mention") && !hasClass(element, "hashtag") && href !== undefined) {
        const acct = acctOf.get(href);
        if (acct !== undefined) return `@${acct}`;
      }
      if (href === undefined || text === href || hasClass(element, "hashtag") || hasClass(element, "mention") || !/^https?:/i.test(href)) return text;
      return text === "" ? href : `${text} (${href})`;
    }
    if (name === "li") return `- ${inner()}`;
    if (name === "ul" || name === "ol") return element.childNodes.map((child) => walk(child, depth + 1)).filter((item) => item.trim() !== "").join("\n");
    return inner();
  };
  for (const node of fragment.childNodes) {
    if ("tagName" in node && (node as Element).tagName === "p" && hasClass(node as Element, "quote-inline")) continue;
    const isBlock = "tagName" in node && BLOCKS.has((node as Element).tagName);
    const text = walk(node, 0);
    if (isBlock) {
      flush();
      if (text !== "" || ("tagName" in node && (node as Element).tagName === "p")) blocks.push(text);
    } else inline += text;
  }
  flush();
  return blocks.join("\n\n");
}

/** Every text node below `element`, in order, with an explicit stack (no recursion); script and style are left out. */
function textBelow(element: Element): string {
  const parts: string[] = [];
  const stack: Node[] = [...element.childNodes].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.nodeName === "#text") parts.push((node as DefaultTreeAdapterMap["textNode"]).value);
    else if ("childNodes" in node && !DROPPED.has((node as Element).tagName)) {
      if ((node as Element).tagName === "br") parts.push("\n");
      for (let index = node.childNodes.length - 1; index >= 0; index--) stack.push(node.childNodes[index]!);
    }
  }
  return parts.join("");
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

function hasClass(element: Element, name: string): boolean {
  return (attribute(element, "class") ?? "").split(/\s+/).includes(name);
}

/** The http(s) link targets in a piece of HTML (a profile field), in order, entities decoded by the parser. */
export function linkTargetsOf(html: string): string[] {
  const found: string[] = [];
  const stack: Node[] = [parseFragment(html) as unknown as Node];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!("childNodes" in node)) continue;
    const element = node as Element;
    if (element.tagName === "a") {
      const href = attribute(element, "href");
      if (href !== undefined && /^https?:\/\//i.test(href)) found.push(href);
    }
    for (let index = element.childNodes.length - 1; index >= 0; index--) stack.push(element.childNodes[index]!);
  }
  return found;
}
