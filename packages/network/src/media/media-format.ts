import type { MediaKind } from "@kommune-sm/core";

// Hand-written on purpose. `file-type`, the maintained library for this,
// needs Node 22 from version 22 on, and version 21 is ESM-only: this package
// also ships a CommonJS build for Node >= 20, whose require() of an ES module
// fails before Node 20.19. For seven fixed signatures, a table and a few
// comparisons cost less than four more dependencies.

/** A file format a media store recognises by its first bytes. */
export type MediaFormatName = "png" | "jpeg" | "gif" | "webp" | "mp4" | "mov" | "pdf";

/** What is known of a {@link MediaFormatName}. */
export interface MediaFormat {
  /** Short name, e.g. `"jpeg"`. */
  readonly name: MediaFormatName;
  /** Its MIME type, e.g. `"image/jpeg"`. */
  readonly mimeType: string;
  /** The media kind a file of this format is. */
  readonly kind: MediaKind;
  /** File name extensions of the format, lower case, the usual one first. */
  readonly extensions: readonly string[];
}

const format = (name: MediaFormatName, mimeType: string, kind: MediaKind, extensions: readonly string[]): MediaFormat =>
  Object.freeze({ name, mimeType, kind, extensions: Object.freeze([...extensions]) });

/**
 * Every format a media store recognises, with the kind it is: PNG, JPEG and
 * WebP are `image`; GIF is `gif`; MP4 and QuickTime (MOV) are `video`; PDF
 * is `document`.
 */
export const MEDIA_FORMATS: Readonly<Record<MediaFormatName, MediaFormat>> = Object.freeze({
  png: format("png", "image/png", "image", ["png"]),
  jpeg: format("jpeg", "image/jpeg", "image", ["jpg", "jpeg", "jpe", "jfif"]),
  gif: format("gif", "image/gif", "gif", ["gif"]),
  webp: format("webp", "image/webp", "image", ["webp"]),
  mp4: format("mp4", "video/mp4", "video", ["mp4", "m4v"]),
  mov: format("mov", "video/quicktime", "video", ["mov", "qt"]),
  pdf: format("pdf", "application/pdf", "document", ["pdf"]),
});

/** How many leading bytes {@link sniffMediaFormat} needs at most. */
export const MEDIA_SNIFF_BYTES = 64;

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

// ISO base media files (MP4, MOV, but also HEIC and AVIF photos and M4A
// audio) begin with an "ftyp" box naming brands. Video brands are listed;
// a file that also claims an image or audio brand is not taken as a video.
const MP4_BRANDS = new Set(["isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42", "mmp4", "avc1", "M4V ", "M4VH", "M4VP", "dash", "MSNV", "XAVC"]);
const QUICKTIME_BRAND = "qt  ";
const NOT_VIDEO_BRANDS = new Set(["heic", "heix", "hevc", "hevx", "heim", "heis", "hevm", "hevs", "mif1", "msf1", "avif", "avis", "M4A ", "M4B ", "M4P ", "F4A ", "F4B ", "crx "]);

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  if (bytes.length < at + signature.length) return false;
  return signature.every((byte, i) => bytes[at + i] === byte);
}

function ascii(bytes: Uint8Array, from: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(from, from + length));
}

/**
 * The format of a file, read from its first bytes (at least
 * {@link MEDIA_SNIFF_BYTES} of them when the file is that long), or
 * undefined when it is none of {@link MEDIA_FORMATS}. The file name and any
 * declared MIME type are not looked at: they are easy to get wrong, and the
 * networks check the bytes.
 *
 * @example
 * ```ts
 * sniffMediaFormat(await readFirstBytes(file))?.mimeType; // "image/png"
 * ```
 */
export function sniffMediaFormat(head: Uint8Array): MediaFormat | undefined {
  if (startsWith(head, PNG)) return MEDIA_FORMATS.png;
  if (startsWith(head, JPEG)) return MEDIA_FORMATS.jpeg;
  const start = ascii(head, 0, 12);
  if (start.startsWith("GIF87a") || start.startsWith("GIF89a")) return MEDIA_FORMATS.gif;
  if (start.startsWith("RIFF") && start.slice(8, 12) === "WEBP") return MEDIA_FORMATS.webp;
  if (start.startsWith("%PDF-")) return MEDIA_FORMATS.pdf;
  if (start.slice(4, 8) === "ftyp") return sniffFtyp(head);
  return undefined;
}

function sniffFtyp(head: Uint8Array): MediaFormat | undefined {
  if (head.length < 16) return undefined;
  const boxSize = ((head[0]! << 24) | (head[1]! << 16) | (head[2]! << 8) | head[3]!) >>> 0;
  // 8 bytes of header, the major brand and the minor version at least.
  if (boxSize < 16) return undefined;
  const brands = [ascii(head, 8, 4)];
  for (let at = 16; at + 4 <= Math.min(boxSize, head.length); at += 4) brands.push(ascii(head, at, 4));
  if (brands.some((brand) => NOT_VIDEO_BRANDS.has(brand))) return undefined;
  if (brands[0] === QUICKTIME_BRAND) return MEDIA_FORMATS.mov;
  if (brands.some((brand) => MP4_BRANDS.has(brand))) return MEDIA_FORMATS.mp4;
  return undefined;
}
