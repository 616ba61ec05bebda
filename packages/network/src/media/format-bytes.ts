import type { Locale } from "@kommune-sm/core";

const UNITS = [
  { size: 1e3, name: "kB" },
  { size: 1e6, name: "MB" },
  { size: 1e9, name: "GB" },
] as const;

/**
 * A number of bytes as people read it, in decimal units ("16,8 MB" in
 * German, "16.8 MB" in English), rounded to one decimal `"up"` or `"down"`.
 * A size over a limit is rounded up and the limit down, so that the two
 * never read the same.
 */
export function formatBytes(bytes: number, locale: Locale, round: "up" | "down"): string {
  const numbers = new Intl.NumberFormat(locale === "de" ? "de-DE" : "en-GB", { maximumFractionDigits: 1 });
  if (bytes < UNITS[0].size) return `${numbers.format(bytes)} ${locale === "de" ? "Bytes" : "bytes"}`;
  let index = UNITS.findLastIndex((unit) => bytes >= unit.size);
  let rounded = roundedTenths(bytes, UNITS[index]!.size, round);
  // 999,999 bytes rounded up are "1,000 kB": the next unit says it better.
  if (rounded >= 10_000 && index < UNITS.length - 1) rounded = roundedTenths(bytes, UNITS[++index]!.size, round);
  return `${numbers.format(rounded / 10)} ${UNITS[index]!.name}`;
}

function roundedTenths(bytes: number, unit: number, round: "up" | "down"): number {
  // Multiplied first: the quotient of two whole numbers is exact when it is
  // whole, while 1.2e6 / 1e6 * 10 is 12.000000000000002 and would round up.
  const tenths = (bytes * 10) / unit;
  return round === "up" ? Math.ceil(tenths) : Math.floor(tenths);
}
