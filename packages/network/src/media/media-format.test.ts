import { describe, expect, it } from "vitest";
import { MEDIA_FORMATS, sniffMediaFormat, type MediaFormatName } from "./media-format.js";
import { sampleMediaBytes } from "./media-samples.js";

const bytes = (...parts: (string | number[])[]): Uint8Array => Uint8Array.from(parts.flatMap((part) => (typeof part === "string" ? [...Buffer.from(part, "latin1")] : part)));
const ftyp = (...brands: string[]): Uint8Array => {
  const size = 8 + 4 + 4 + (brands.length - 1) * 4;
  return bytes([0, 0, 0, size], "ftyp", brands[0]!, [0, 0, 0, 0], ...brands.slice(1));
};

describe("sniffMediaFormat", () => {
  it.each(Object.keys(MEDIA_FORMATS) as MediaFormatName[])("recognises the sample %s", (name) => {
    expect(sniffMediaFormat(sampleMediaBytes(name))?.name).toBe(name);
  });

  it.each([
    ["png", "image/png", "image"],
    ["jpeg", "image/jpeg", "image"],
    ["webp", "image/webp", "image"],
    ["gif", "image/gif", "gif"],
    ["mp4", "video/mp4", "video"],
    ["mov", "video/quicktime", "video"],
    ["pdf", "application/pdf", "document"],
  ] as const)("%s is %s, a kind of %s", (name, mimeType, kind) => {
    expect(MEDIA_FORMATS[name]).toMatchObject({ mimeType, kind });
  });

  it("tells GIF87a and GIF89a, and a WebP from another RIFF file (a WAV)", () => {
    expect(sniffMediaFormat(bytes("GIF87a", [1, 0, 1, 0]))?.name).toBe("gif");
    expect(sniffMediaFormat(bytes("RIFF", [0, 0, 0, 0], "WAVEfmt "))).toBeUndefined();
  });

  it("takes MP4 brands as video, QuickTime as MOV, and refuses HEIC and AVIF photos and M4A audio", () => {
    expect(sniffMediaFormat(ftyp("mp42", "isom", "mp42"))?.name).toBe("mp4");
    expect(sniffMediaFormat(ftyp("XYZW", "isom"))?.name).toBe("mp4");
    expect(sniffMediaFormat(ftyp("qt  ", "qt  "))?.name).toBe("mov");
    expect(sniffMediaFormat(ftyp("heic", "mif1", "heic"))).toBeUndefined();
    expect(sniffMediaFormat(ftyp("avif", "avif", "mif1"))).toBeUndefined();
    expect(sniffMediaFormat(ftyp("mif1", "mif1", "isom"))).toBeUndefined();
    expect(sniffMediaFormat(ftyp("M4A ", "M4A ", "isom"))).toBeUndefined();
    expect(sniffMediaFormat(ftyp("XYZW", "XYZW"))).toBeUndefined();
  });

  it("refuses a broken ftyp box and files too short to tell", () => {
    expect(sniffMediaFormat(bytes([0, 0, 0, 8], "ftypisom", [0, 0, 0, 0]))).toBeUndefined();
    expect(sniffMediaFormat(bytes([0, 0, 0, 24], "ftyp"))).toBeUndefined();
    expect(sniffMediaFormat(new Uint8Array())).toBeUndefined();
    expect(sniffMediaFormat(bytes([0x89, 0x50, 0x4e, 0x47]))).toBeUndefined();
    expect(sniffMediaFormat(bytes([0xff, 0xd8]))).toBeUndefined();
  });

  it("goes by the bytes alone: text that merely names a format is none", () => {
    expect(sniffMediaFormat(bytes("this is not a PNG file"))).toBeUndefined();
    expect(sniffMediaFormat(bytes("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeUndefined();
  });
});
