import { cleanText } from "./render-text.js";

const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Text from people and networks made safe inside HTML or SVG, in element
 * content and in quoted attribute values alike: `& < > " '` become entities,
 * and {@link cleanText} removes bidirectional and other control characters
 * and replaces lone surrogates. A script tag shows as the text it is; a quote
 * cannot close an attribute.
 */
export function escapeHtml(text: string): string {
  return cleanText(text).replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}
