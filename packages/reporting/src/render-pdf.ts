import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import { instantMs } from "./instants.js";
import { cleanText, reportWords, sectionTable, formatNumber, type TableCell } from "./render-text.js";
import type { Report, ReportLocale, ReportRenderer, ReportSection } from "./report.js";
import { ReportingError } from "./reporting-error.js";

type Doc = PDFKit.PDFDocument;
type StructElement = PDFKit.PDFStructureElement;
type FontKey = "regular" | "bold";

/** A4 portrait in points, with margins of 20 mm and 25 mm at the bottom, where the page number goes. */
const PAGE = { width: 595.28, height: 841.89, top: 56.69, bottom: 841.89 - 70.87, left: 56.69, right: 595.28 - 56.69 } as const;
const CONTENT_WIDTH = PAGE.right - PAGE.left;
const SIZE = { title: 18, heading: 13, body: 10, table: 9, footer: 8.5 } as const;
const LEADING = 1.3;
/** The height of DejaVu Sans's glyph box (ascender to descender) per point of font size, to centre a line in its leading. */
const GLYPH_BOX = 1.164;
const PAD_X = 4;
const PAD_Y = 3.5;
/** The text is near black, the lines and fills light; the page number's grey keeps a contrast above 7:1 on white. */
const COLOR = { text: "#1a1a1a", muted: "#4d4d4d", rule: "#b3b9bf", strongRule: "#4d5560", headFill: "#e6eaee" } as const;
const FONT_FILES: Record<FontKey, string> = { regular: "DejaVuSans.ttf", bold: "DejaVuSans-Bold.ttf" };
const REPLACEMENT = "\ufffd";

const PDF_WORDS = {
  de: { page: (page: string, pages: string) => `Seite ${page} von ${pages}`, subject: "Social-Media-Bericht", noRows: "keine Einträge" },
  en: { page: (page: string, pages: string) => `Page ${page} of ${pages}`, subject: "Social media report", noRows: "no entries" },
} as const;

/** A line of text ready to draw, with the original of each U+FFFD in it (a character the font lacks), if it had one. */
interface Line {
  readonly text: string;
  readonly actual: readonly (string | undefined)[];
}

/** A table cell laid out: its lines, its font and where it aligns. */
interface CellLayout {
  readonly lines: readonly Line[];
  readonly font: FontKey;
  readonly align: "left" | "right";
}

/** A table's columns and its header row. */
interface TableGeometry {
  readonly x: readonly number[];
  readonly widths: readonly number[];
  readonly head: readonly CellLayout[];
  readonly headHeight: number;
  /** Whether the header row is repeated after a page break: not when it is so tall that it would leave no room for the rows. */
  readonly repeatHead: boolean;
}

/**
 * The file of this module, to find the fonts from where the package is
 * installed. The CommonJS build has `__filename`. The ES module build would
 * use `import.meta.url`, but the CommonJS build is made from the same source
 * and a `.cjs` file that mentions `import.meta` does not even parse; so the
 * ES build asks V8 for the file of the running function instead.
 */
function moduleLocation(): string {
  if (typeof __filename === "string" && __filename !== "") return __filename;
  const prepare = Error.prepareStackTrace;
  const limit = Error.stackTraceLimit;
  try {
    Error.prepareStackTrace = (_error, sites) => sites;
    Error.stackTraceLimit = Math.max(1, Number.isFinite(limit) ? limit : 1);
    const holder: { stack?: unknown } = {};
    Error.captureStackTrace(holder);
    const sites = holder.stack as NodeJS.CallSite[] | undefined;
    const file = sites?.[0]?.getFileName();
    if (typeof file === "string" && file !== "") return file;
  } finally {
    Error.prepareStackTrace = prepare;
    Error.stackTraceLimit = limit;
  }
  throw new Error("cannot tell where @kommune-sm/reporting is installed");
}

let sharedFonts: Promise<Record<FontKey, Uint8Array>> | undefined;

/** DejaVu Sans and DejaVu Sans Bold from the `dejavu-fonts-ttf` package, read once and shared. */
function loadFonts(): Promise<Record<FontKey, Uint8Array>> {
  if (sharedFonts === undefined) {
    const loading = (async () => {
      let file = "";
      try {
        const require = createRequire(moduleLocation());
        const files: Partial<Record<FontKey, Uint8Array>> = {};
        for (const key of ["regular", "bold"] as const) {
          file = `dejavu-fonts-ttf/ttf/${FONT_FILES[key]}`;
          file = require.resolve(file);
          files[key] = new Uint8Array(await readFile(file));
        }
        return files as Record<FontKey, Uint8Array>;
      } catch (error) {
        throw new Error(
          `Could not load the font ${file || "DejaVu Sans"} for PDF reports: ${error instanceof Error ? error.message : String(error)}. It comes with the dependency dejavu-fonts-ttf of @kommune-sm/reporting; check that it is installed next to the package.`,
          { cause: error },
        );
      }
    })();
    sharedFonts = loading;
    // Forget only this very load when it fails: a later one may succeed.
    loading.catch(() => {
      if (sharedFonts === loading) sharedFonts = undefined;
    });
  }
  return sharedFonts;
}

const languageTag = (locale: ReportLocale): string => (locale === "en" ? "en-GB" : "de-DE");

/** A calendar day `YYYY-MM-DD` as the report's language writes it ("1. März 2027", "1 March 2027"), whatever the process's time zone. */
function formatDay(day: string, locale: ReportLocale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (match === null) return cleanText(day);
  const [year, month, date] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const calendarDay = new Date(0);
  // setUTCFullYear, not Date.UTC, which reads years below 100 as 19xx.
  calendarDay.setUTCFullYear(year, month, date);
  if (calendarDay.getUTCFullYear() !== year || calendarDay.getUTCMonth() !== month || calendarDay.getUTCDate() !== date) return cleanText(day);
  return new Intl.DateTimeFormat(languageTag(locale), { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(calendarDay);
}

/** An instant as the report's language writes it, in the time zone of the report's period (UTC if that is no zone the runtime knows). */
function formatInstant(ms: number, timeZone: string, locale: ReportLocale): string {
  const options: Intl.DateTimeFormatOptions = { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" };
  try {
    return new Intl.DateTimeFormat(languageTag(locale), { ...options, timeZone }).format(ms);
  } catch {
    return new Intl.DateTimeFormat(languageTag(locale), { ...options, timeZone: "UTC" }).format(ms);
  }
}

/** Text for the document's information dictionary: cleaned and on one line. */
const oneLine = (text: string): string => cleanText(text).replace(/\s*[\n\t]\s*/g, " ").trim();

/** Escapes the characters XML gives a meaning to, for the XMP metadata that pdfkit writes its information into as it is. */
const escapeXml = (text: string): string =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/[\ufffe\uffff]/g, "\ufffd");

const cellText = (cell: TableCell): string => (typeof cell === "string" ? cell : cell.text);

const graphemes = new Intl.Segmenter("de", { granularity: "grapheme" });
const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;

/** Which code points each font has a glyph for, learnt as they come (the font files are always the same), up to a bound. */
const coverage: Record<FontKey, Map<number, boolean>> = { regular: new Map(), bold: new Map() };
const COVERAGE_ENTRIES = 20_000;

/** The parsed font pdfkit draws with: its `hasGlyphForCodePoint` is fontkit's. */
interface GlyphSource {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/** The lines of a report, laid out page by page. */
class PdfWriter {
  readonly doc: Doc;
  readonly locale: ReportLocale;
  y: number = PAGE.top;
  /** Where the content of the current page begins (below a repeated table header); a row that does not fit there is split, not moved. */
  freshY: number = PAGE.top;

  constructor(doc: Doc, locale: ReportLocale) {
    this.doc = doc;
    this.locale = locale;
  }

  use(font: FontKey, size: number): void {
    this.doc.font(font).fontSize(size);
  }

  width(text: string): number {
    return this.doc.widthOfString(text);
  }

  lineHeight(size: number): number {
    return size * LEADING;
  }

  /** Whether `font` has a glyph for `codePoint`; true when pdfkit does not tell. */
  hasGlyph(font: FontKey, codePoint: number): boolean {
    const known = coverage[font].get(codePoint);
    if (known !== undefined) return known;
    this.use(font, SIZE.body);
    const source = (this.doc as unknown as { _font?: { font?: Partial<GlyphSource> } })._font?.font;
    const has = typeof source?.hasGlyphForCodePoint === "function" ? source.hasGlyphForCodePoint(codePoint) : true;
    if (coverage[font].size < COVERAGE_ENTRIES) coverage[font].set(codePoint, has);
    return has;
  }

  /**
   * Text from a report made ready to draw: cleaned (lone surrogates become
   * U+FFFD, bidirectional controls go), tabs become spaces, soft hyphens
   * go (lines are not hyphenated), and a character the font has no glyph
   * for (most emoji) becomes U+FFFD, its original kept as the replacement's
   * actual text for screen readers and copying. Invisible characters the
   * font lacks are dropped.
   */
  prepare(text: string, font: FontKey): { text: string; actual: (string | undefined)[] } {
    const cleaned = cleanText(text).replace(/\t/g, " ").replace(/\u00ad/g, "").replace(/[\u2028\u2029\u0085]/g, "\n");
    let result = "";
    const actual: (string | undefined)[] = [];
    for (const { segment } of graphemes.segment(cleaned)) {
      let kept = "";
      let missing = false;
      for (const character of segment) {
        const codePoint = character.codePointAt(0)!;
        if (character === "\n" || this.hasGlyph(font, codePoint)) kept += character;
        else if (!IGNORABLE.test(character)) missing = true;
      }
      if (missing) {
        result += REPLACEMENT;
        actual.push(segment);
      } else {
        for (const character of kept) if (character === REPLACEMENT) actual.push(undefined);
        result += kept;
      }
    }
    return { text: result, actual };
  }

  /** A word too long for a line, broken between graphemes into pieces that fit `width`. */
  breakWord(word: string, width: number): string[] {
    const pieces: string[] = [];
    let piece: string[] = [];
    let pieceWidth = 0;
    for (const { segment } of graphemes.segment(word)) {
      const segmentWidth = this.width(segment);
      if (piece.length > 0 && pieceWidth + segmentWidth > width) {
        pieces.push(piece.join(""));
        piece = [];
        pieceWidth = 0;
      }
      piece.push(segment);
      pieceWidth += segmentWidth;
    }
    if (piece.length > 0) pieces.push(piece.join(""));
    // Kerning may make a piece a little wider than the sum of its graphemes: move its last ones on.
    for (let index = 0; index < pieces.length; index++) {
      const current = [...graphemes.segment(pieces[index]!)].map((entry) => entry.segment);
      const carried: string[] = [];
      while (current.length > 1 && this.width(current.join("")) > width) carried.unshift(current.pop()!);
      if (carried.length > 0) {
        pieces[index] = current.join("");
        if (index + 1 < pieces.length) pieces[index + 1] = carried.join("") + pieces[index + 1]!;
        else pieces.push(carried.join(""));
      }
    }
    return pieces;
  }

  /** Prepared text broken into lines of at most `width` in `font` at `size`: at spaces, and inside words that are longer than a line. */
  wrap(text: string, font: FontKey, size: number, width: number): Line[] {
    const prepared = this.prepare(text, font);
    this.use(font, size);
    const space = this.width(" ");
    const texts: string[] = [];
    for (const paragraph of prepared.text.split("\n")) {
      let line = "";
      let lineWidth = 0;
      for (const word of paragraph.split(" ")) {
        if (word === "") continue;
        const wordWidth = this.width(word);
        if (line !== "" && lineWidth + space + wordWidth <= width) {
          line += ` ${word}`;
          lineWidth += space + wordWidth;
          continue;
        }
        if (line !== "") texts.push(line);
        if (wordWidth <= width) {
          line = word;
          lineWidth = wordWidth;
          continue;
        }
        const pieces = this.breakWord(word, width);
        line = pieces.pop() ?? "";
        texts.push(...pieces);
        lineWidth = this.width(line);
      }
      texts.push(line);
    }
    // Hand each line the originals of its replacement characters, in order.
    let next = 0;
    return texts.map((entry) => {
      const count = entry.split(REPLACEMENT).length - 1;
      const actual = prepared.actual.slice(next, next + count);
      next += count;
      return { text: entry, actual };
    });
  }

  /** Draws one line at (x, y), the top of its glyph box; each U+FFFD that replaced a character carries the original as its actual text. */
  drawLine(line: Line, x: number, y: number): void {
    if (line.text === "") return;
    if (!line.text.includes(REPLACEMENT)) {
      this.doc.text(line.text, x, y, { lineBreak: false });
      return;
    }
    const parts = line.text.split(REPLACEMENT);
    let left = x;
    parts.forEach((part, index) => {
      if (part !== "") {
        this.doc.text(part, left, y, { lineBreak: false });
        left += this.width(part);
      }
      if (index === parts.length - 1) return;
      const actual = line.actual[index];
      if (actual !== undefined) this.doc.markContent("Span", { actual });
      this.doc.text(REPLACEMENT, left, y, { lineBreak: false });
      if (actual !== undefined) this.doc.endMarkedContent();
      left += this.width(REPLACEMENT);
    });
  }

  /** Draws decoration (rules, fills, page numbers) as an artifact, which assistive technology skips. */
  artifact(type: "Layout" | "Pagination", draw: () => void, attached?: string[]): void {
    this.doc.markContent("Artifact", attached === undefined ? { type } : { type, attached });
    draw();
    this.doc.endMarkedContent();
  }

  newPage(): void {
    this.doc.addPage();
    this.y = PAGE.top;
    this.freshY = PAGE.top;
  }

  /** Starts a new page unless `height` still fits on this one (and something is on it). */
  ensureSpace(height: number): void {
    if (this.y + height > PAGE.bottom && this.y > PAGE.top) this.newPage();
  }

  /** A heading or paragraph: a structure element of `tag` under `parent`, its lines continued on the next page where the page ends. */
  block(parent: StructElement, tag: "H1" | "H2" | "P", text: string, font: FontKey, size: number, color: string = COLOR.text): void {
    const lines = this.wrap(text, font, size, CONTENT_WIDTH);
    const lineHeight = this.lineHeight(size);
    const element = this.doc.struct(tag);
    parent.add(element);
    let open = false;
    for (const line of lines) {
      if (this.y + lineHeight > PAGE.bottom && this.y > PAGE.top) {
        if (open) this.doc.endMarkedContent();
        open = false;
        this.newPage();
      }
      if (!open) {
        element.add(this.doc.markStructureContent(tag));
        open = true;
        this.use(font, size);
        this.doc.fillColor(color);
      }
      this.drawLine(line, PAGE.left, this.y + ((LEADING - GLYPH_BOX) * size) / 2);
      this.y += lineHeight;
    }
    if (open) this.doc.endMarkedContent();
    element.end();
  }

  /** Lays a cell's text out for a column of `width`. */
  cell(text: string, font: FontKey, width: number, align: "left" | "right"): CellLayout {
    return { lines: this.wrap(text, font, SIZE.table, Math.max(1, width - 2 * PAD_X)), font, align };
  }

  /**
   * Column widths that fill the text width. When every column's longest
   * line fits, the text columns share the room left over and the number
   * columns keep what they need. Otherwise narrow columns keep their
   * longest line, the others get what their longest word needs (at most a
   * third of the width: longer words are broken) and share the rest by how
   * much more their longest line would take; and when even that does not
   * fit, every column gets only what its longest word needs.
   */
  columnWidths(head: readonly string[], rows: readonly (readonly TableCell[])[], numeric: readonly boolean[]): number[] {
    const minimum = head.map(() => 32);
    const natural = head.map(() => 32);
    const measure = (text: string, font: FontKey, column: number): void => {
      const prepared = this.prepare(text, font).text;
      this.use(font, SIZE.table);
      for (const paragraph of prepared.split("\n")) {
        natural[column] = Math.max(natural[column]!, this.width(paragraph) + 2 * PAD_X + 1);
        for (const word of paragraph.split(" ")) if (word !== "") minimum[column] = Math.max(minimum[column]!, Math.min(CONTENT_WIDTH / 3, this.width(word) + 2 * PAD_X + 1));
      }
    };
    head.forEach((text, column) => measure(text, "bold", column));
    for (const row of rows) row.forEach((cell, column) => column < head.length && measure(cellText(cell), "regular", column));
    const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);
    const naturalSum = sum(natural);
    if (naturalSum <= CONTENT_WIDTH) {
      const textSum = sum(natural.filter((_, column) => !numeric[column]));
      if (textSum === 0) return natural.map((value) => (value * CONTENT_WIDTH) / naturalSum);
      return natural.map((value, column) => (numeric[column] ? value : value + ((CONTENT_WIDTH - naturalSum) * value) / textSum));
    }
    // Narrow columns ("auf Kurs", "facebook") keep their lines whole when the wide ones can make room.
    const narrow = natural.map((value) => value <= CONTENT_WIDTH / 5);
    const base = natural.map((value, column) => (narrow[column] ? value : minimum[column]!));
    const baseSum = sum(base);
    const wideExtra = sum(natural.map((value, column) => (narrow[column] ? 0 : value - minimum[column]!)));
    if (baseSum <= CONTENT_WIDTH && wideExtra > 0) return base.map((value, column) => (narrow[column] ? value : value + ((CONTENT_WIDTH - baseSum) * (natural[column]! - value)) / wideExtra));
    const minimumSum = sum(minimum);
    if (minimumSum >= CONTENT_WIDTH) return minimum.map((value) => (value * CONTENT_WIDTH) / minimumSum);
    const extra = sum(natural.map((value, column) => value - minimum[column]!));
    return minimum.map((value, column) => value + ((CONTENT_WIDTH - minimumSum) * (natural[column]! - value)) / extra);
  }

  /** A section's table: Table with THead and TBody, rows of TH and TD, split at page ends with the header row repeated. */
  table(parent: StructElement, head: readonly string[], rows: readonly (readonly TableCell[])[]): void {
    const numeric = head.map((_, column) => rows.some((row) => typeof row[column] === "object"));
    const widths = this.columnWidths(head, rows, numeric);
    const x: number[] = [];
    let left: number = PAGE.left;
    for (const width of widths) {
      x.push(left);
      left += width;
    }
    const align = (column: number): "left" | "right" => (numeric[column] ? "right" : "left");
    const headCells = head.map((text, column) => this.cell(text, "bold", widths[column]!, align(column)));
    const headHeight = this.rowHeight(headCells);
    const geometry: TableGeometry = { x, widths, head: headCells, headHeight, repeatHead: headHeight <= (PAGE.bottom - PAGE.top) / 4 };

    const tableElement = this.doc.struct("Table");
    parent.add(tableElement);
    // The header row and the first line of the first row stay together.
    this.ensureSpace(headHeight + this.lineHeight(SIZE.table) + 2 * PAD_Y);
    const thead = this.doc.struct("THead");
    tableElement.add(thead);
    this.row(geometry, headCells, "TH", thead, false);
    thead.end();

    const tbody = this.doc.struct("TBody");
    tableElement.add(tbody);
    for (const row of rows) {
      const cells = head.map((_, column) => this.cell(cellText(row[column] ?? ""), "regular", widths[column]!, align(column)));
      this.row(geometry, cells, "TD", tbody, geometry.repeatHead);
    }
    tbody.end();
    tableElement.end();
  }

  rowHeight(cells: readonly CellLayout[]): number {
    return Math.max(1, ...cells.map((cell) => cell.lines.length)) * this.lineHeight(SIZE.table) + 2 * PAD_Y;
  }

  /**
   * A row as a TR of `kind` cells under `group`. A row that does not fit
   * the rest of the page goes to the next one; a row taller than a page
   * (a long text in a narrow column) is split between lines, each part a
   * piece of the same cells.
   */
  row(table: TableGeometry, cells: readonly CellLayout[], kind: "TH" | "TD", group: StructElement, repeatHead: boolean): void {
    const tr = this.doc.struct("TR");
    group.add(tr);
    const headerOptions: PDFKit.Mixins.StructureElementOptions & { scope: "Column" } = { scope: "Column" };
    const elements = cells.map(() => {
      const element = kind === "TH" ? this.doc.struct("TH", headerOptions) : this.doc.struct("TD");
      tr.add(element);
      return element;
    });
    const lineHeight = this.lineHeight(SIZE.table);
    const count = Math.max(1, ...cells.map((cell) => cell.lines.length));
    const roomOnNewPage = Math.floor((PAGE.bottom - PAGE.top - (repeatHead ? table.headHeight : 0) - 2 * PAD_Y) / lineHeight);
    let drawn = 0;
    while (drawn < count) {
      const left = count - drawn;
      const room = Math.floor((PAGE.bottom - this.y - 2 * PAD_Y + 0.001) / lineHeight);
      const fresh = this.y <= this.freshY + 0.001;
      if (left > room && !fresh && (room < 1 || (drawn === 0 && left <= roomOnNewPage))) {
        this.pageBreakInTable(table, repeatHead);
        continue;
      }
      const take = Math.max(1, Math.min(left, room));
      this.rowSlice(table, cells, elements, kind, drawn, drawn + take);
      drawn += take;
      if (drawn < count) this.pageBreakInTable(table, repeatHead);
    }
    for (const element of elements) element.end();
    tr.end();
  }

  pageBreakInTable(table: TableGeometry, repeatHead: boolean): void {
    this.newPage();
    if (repeatHead) this.rowSlice(table, table.head, undefined, "TH", 0, Math.max(1, ...table.head.map((cell) => cell.lines.length)));
    this.freshY = this.y;
  }

  /** Draws lines `from` to `to` of a row's cells; without `elements` (a repeated header) as an artifact. */
  rowSlice(table: TableGeometry, cells: readonly CellLayout[], elements: readonly StructElement[] | undefined, kind: "TH" | "TD", from: number, to: number): void {
    const lineHeight = this.lineHeight(SIZE.table);
    const top = this.y;
    const height = (to - from) * lineHeight + 2 * PAD_Y;
    const left = table.x[0] ?? PAGE.left;
    const width = table.widths.reduce((total, value) => total + value, 0);
    if (kind === "TH") this.artifact("Layout", () => this.doc.save().rect(left, top, width, height).fill(COLOR.headFill).restore());
    cells.forEach((cell, column) => {
      const lines = cell.lines.slice(from, to);
      if (!lines.some((line) => line.text !== "")) return;
      const element = elements?.[column];
      if (element === undefined) this.doc.markContent("Artifact", { type: "Pagination" });
      else element.add(this.doc.markStructureContent(kind));
      this.use(cell.font, SIZE.table);
      this.doc.fillColor(COLOR.text);
      const columnLeft = table.x[column] ?? PAGE.left;
      const columnWidth = table.widths[column] ?? 0;
      lines.forEach((line, index) => {
        const lineX = cell.align === "right" ? columnLeft + columnWidth - PAD_X - this.width(line.text) : columnLeft + PAD_X;
        this.drawLine(line, lineX, top + PAD_Y + index * lineHeight + ((LEADING - GLYPH_BOX) * SIZE.table) / 2);
      });
      this.doc.endMarkedContent();
    });
    const strong = kind === "TH";
    this.artifact("Layout", () =>
      this.doc
        .save()
        .lineWidth(strong ? 0.8 : 0.4)
        .moveTo(left, top + height)
        .lineTo(left + width, top + height)
        .stroke(strong ? COLOR.strongRule : COLOR.rule)
        .restore(),
    );
    this.y = top + height;
  }

  /** A section: Sect with its H2 and its table or paragraphs, and a bookmark. */
  section(parent: StructElement, section: ReportSection): void {
    const words = PDF_WORDS[this.locale];
    this.y += this.y > PAGE.top ? 14 : 0;
    // The heading stays with the first lines of what follows it.
    const headingLines = this.wrap(section.title, "bold", SIZE.heading, CONTENT_WIDTH).length;
    this.ensureSpace(headingLines * this.lineHeight(SIZE.heading) + 6 + 3 * this.lineHeight(SIZE.table) + 4 * PAD_Y);
    const bookmark: { expanded?: boolean } & { fit: boolean } = { fit: true };
    this.doc.outline.addItem(oneLine(section.title), bookmark);
    const sect = this.doc.struct("Sect");
    parent.add(sect);
    this.block(sect, "H2", section.title, "bold", SIZE.heading);
    this.y += 6;
    if (section.kind === "text") {
      for (const paragraph of section.paragraphs) {
        this.block(sect, "P", paragraph, "regular", SIZE.body);
        this.y += 4;
      }
    } else {
      const table = sectionTable(section, this.locale);
      if (table === undefined || table.rows.length === 0) this.block(sect, "P", words.noRows, "regular", SIZE.body);
      else this.table(sect, table.head, table.rows);
    }
    sect.end();
  }

  /** "Seite 1 von 3" at the foot of every page, as a pagination artifact. */
  pageNumbers(): void {
    const range = this.doc.bufferedPageRange();
    const total = formatNumber(range.count, this.locale, 0);
    for (let index = 0; index < range.count; index++) {
      this.doc.switchToPage(range.start + index);
      const text = PDF_WORDS[this.locale].page(formatNumber(index + 1, this.locale, 0), total);
      this.artifact(
        "Pagination",
        () => {
          this.use("regular", SIZE.footer);
          this.doc.fillColor(COLOR.muted);
          this.doc.text(text, PAGE.right - this.width(text), PAGE.height - 42, { lineBreak: false });
        },
        ["Bottom"],
      );
    }
  }
}

/**
 * Renders a report as a tagged PDF (PDF 1.7, A4 portrait) for print and
 * for screen readers: the text is text, in DejaVu Sans (embedded, from the
 * `dejavu-fonts-ttf` package), in a structure tree of H1 for the title,
 * Sect with H2 for each section, P for paragraphs and Table, TR, TH and TD
 * for the tables of {@link sectionTable}; the document's language is the
 * report's, its title is shown in the viewer's title bar, each section is a
 * bookmark, and the page numbers ("Seite 1 von 3") are artifacts.
 *
 * Long cells wrap, words longer than their column are broken, and rows that
 * do not fit a page continue on the next one below the repeated header row.
 * Text from people and networks is cleaned with {@link cleanText}; a
 * character the font has no glyph for (most emoji) shows as U+FFFD and keeps
 * the original as its actual text. Nothing in the report becomes a link,
 * an action or script.
 *
 * The same report gives the same bytes: the document's dates are the
 * report's `createdAt`, and its file identifier is made from them.
 *
 * @throws ReportingError `REPORTING_INVALID_REQUEST` when `createdAt` is not an RFC 3339 instant with an offset.
 */
export async function renderPdf(report: Report): Promise<Uint8Array> {
  const created = instantMs(report.createdAt);
  if (!Number.isFinite(created)) {
    throw new ReportingError("REPORTING_INVALID_REQUEST", `renderPdf: the report's createdAt must be an RFC 3339 instant with an offset, got ${JSON.stringify(report.createdAt)}.`);
  }
  const fonts = await loadFonts();
  const locale: ReportLocale = report.locale === "en" ? "en" : "de";
  const words = reportWords(locale);
  const period = report.period.firstDay === report.period.lastDay ? formatDay(report.period.firstDay, locale) : `${formatDay(report.period.firstDay, locale)} – ${formatDay(report.period.lastDay, locale)}`;
  const createdAt = new Date(created);
  const doc: Doc = new PDFDocument({
    size: "A4",
    margins: { top: PAGE.top, bottom: PAGE.height - PAGE.bottom, left: PAGE.left, right: PAGE.width - PAGE.right },
    pdfVersion: "1.7",
    tagged: true,
    lang: languageTag(locale),
    displayTitle: true,
    bufferPages: true,
    info: {
      Title: oneLine(report.title),
      Author: oneLine(report.organisation.name),
      Subject: `${PDF_WORDS[locale].subject}, ${words.period} ${period}`,
      Creator: "kommune-sm",
      CreationDate: createdAt,
      ModDate: createdAt,
    },
  });
  const chunks: Uint8Array[] = [];
  const bytes = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (chunk: Uint8Array) => chunks.push(chunk));
    doc.on("error", reject);
    doc.on("end", () => {
      const result = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
      let offset = 0;
      for (const chunk of chunks) {
        result.set(chunk, offset);
        offset += chunk.length;
      }
      resolve(result);
    });
  });
  // pdfkit copies the document's information into its XMP metadata as it is; there it must be escaped.
  const endMetadata = doc.endMetadata;
  doc.endMetadata = function (this: Doc): void {
    const info = this.info;
    this.info = Object.fromEntries(Object.entries(info).map(([key, value]) => [key, typeof value === "string" ? escapeXml(value) : value])) as PDFKit.DocumentInfo;
    try {
      endMetadata.call(this);
    } finally {
      this.info = info;
    }
  };
  doc.registerFont("regular", fonts.regular);
  doc.registerFont("bold", fonts.bold);

  const writer = new PdfWriter(doc, locale);
  const root = doc.struct("Document");
  doc.addStructure(root);
  writer.block(root, "H1", report.title, "bold", SIZE.title);
  writer.y += 4;
  writer.block(root, "P", `${report.organisation.name} · ${words.period} ${period}`, "regular", SIZE.body);
  writer.block(root, "P", `${words.created}: ${formatInstant(created, report.period.timeZone, locale)}`, "regular", SIZE.body, COLOR.muted);
  writer.y += 6;
  for (const section of report.sections) writer.section(root, section);
  root.end();
  writer.pageNumbers();
  doc.end();
  return bytes;
}

/** The PDF renderer, for core's `renderers` registry. */
export const PDF_RENDERER: ReportRenderer = Object.freeze({ id: "pdf", mediaType: "application/pdf", extension: "pdf", render: renderPdf });
