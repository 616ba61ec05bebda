import type { MediaFormatName } from "./media-format.js";

const base64 = (text: string): readonly number[] => [...Buffer.from(text, "base64")];
const text = (value: string): readonly number[] => [...Buffer.from(value, "latin1")];

const samples: Readonly<Record<MediaFormatName, readonly number[]>> = {
  // A complete 1×1 PNG.
  png: base64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="),
  // A complete 1×1 GIF.
  gif: base64("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"),
  // SOI, a JFIF APP0 segment, EOI.
  jpeg: [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...text("JFIF"), 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9],
  // A RIFF header of a WebP file and the start of a lossless chunk.
  webp: [...text("RIFF"), 0x1a, 0x00, 0x00, 0x00, ...text("WEBPVP8L"), 0x0d, 0x00, 0x00, 0x00, 0x2f, 0x00, 0x00, 0x00, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xfe, 0x07, 0x00],
  // An "ftyp" box (brands isom, mp41) and an empty "mdat" box.
  mp4: [0x00, 0x00, 0x00, 0x18, ...text("ftypisom"), 0x00, 0x00, 0x02, 0x00, ...text("isommp41"), 0x00, 0x00, 0x00, 0x08, ...text("mdat")],
  // An "ftyp" box of QuickTime and an empty "mdat" box.
  mov: [0x00, 0x00, 0x00, 0x14, ...text("ftypqt  "), 0x20, 0x05, 0x03, 0x00, ...text("qt  "), 0x00, 0x00, 0x00, 0x08, ...text("mdat")],
  // A PDF of no pages.
  pdf: text("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"),
};

/**
 * A small file of a format, for tests of stores and adapters: its first
 * bytes are those of the format, so every media store takes it as that
 * format. The PNG and the GIF are complete 1×1 images; the others are
 * headers only and will not play or render, so do not send them to a real
 * network. A fresh copy each call.
 *
 * @example
 * ```ts
 * const media = createMemoryMediaStore({ files: { "foto.png": sampleMediaBytes("png") } });
 * ```
 */
export function sampleMediaBytes(format: MediaFormatName): Uint8Array {
  return Uint8Array.from(samples[format]);
}
