import v8 from "node:v8";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { loadGermanSyllables } from "./german-syllables.js";
import { readability } from "./readability.js";
import { tokenizeGerman } from "./tokenize-german.js";
import { forgetWordInfos, wordInfoAt } from "./word-info.js";

/*
 * The table of word records is shared by every caller of the process (every
 * tenant). Its hashes are no secret (FNV-1a for words beyond Latin-1), so a
 * writer can make words that all start their search at the same slot.
 */

/** FNV-1a over the code units of `word`, as the table hashes a word beyond Latin-1. */
function fnv1a(word: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < word.length; index++) hash = Math.imul(hash ^ word.charCodeAt(index), 0x01000193);
  return hash;
}

/**
 * `count` Cyrillic words of 64 letters (the longest the table keeps) whose
 * hashes share their top 15 bits: at every size of the table, they look for
 * their record from the same slot.
 */
function wordsOfOneSlot(count: number): string[] {
  let prefix = "";
  for (let index = 0; index < 60; index++) prefix += String.fromCharCode(0x430 + (index % 32));
  const letters = Array.from({ length: 48 }, (_, index) => String.fromCharCode(0x410 + index));
  const found: string[] = [];
  let top = -1;
  for (const a of letters) {
    for (const b of letters) {
      for (const c of letters) {
        for (const d of letters) {
          const word = prefix + a + b + c + d;
          const slot = fnv1a(word) >>> 17;
          if (top === -1) top = slot;
          if (slot === top) found.push(word);
          if (found.length === count) return found;
        }
      }
    }
  }
  throw new Error("not enough words of one slot");
}

describe("the table of word records under words made to share a slot", () => {
  it("keeps its memory bounded when a writer repeats a word whose slot's neighbourhood another text filled", () => {
    forgetWordInfos();
    const words = wordsOfOneSlot(33);
    // 32 words fill the 32 slots a word of this hash may be looked for in.
    tokenizeGerman(words.slice(0, 32).join(" "));
    for (const word of words.slice(0, 32)) expect(wordInfoAt(word, 0, word.length).text).toBe(word);

    // The 33rd is never kept, but each time it was read its 64 code units
    // were added to the table's store of units, which only a restart (at
    // 16,384 kept words, which never comes) empties again.
    const post = Array.from({ length: 1_000 }, () => words[32]).join(" ");
    const before = process.memoryUsage().arrayBuffers;
    for (let round = 0; round < 200; round++) tokenizeGerman(post);
    const grown = process.memoryUsage().arrayBuffers - before;
    // 200,000 readings × 64 units × 2 bytes would be 25.6 MB; the table's
    // whole store of units for 16,384 words of 64 units is 2 MB.
    expect(grown).toBeLessThan(4 * 1024 * 1024);
    forgetWordInfos();
  });
});

describe("what is kept of the texts read", () => {
  it("keeps no text alive: a record's word is not a view into the post it came from", () => {
    const gc = collector();
    forgetWordInfos();
    gc();
    const before = process.memoryUsage().heapUsed;
    // 25 posts of a megabyte, each with a word of its own long enough (13
    // code units and more) that V8 cuts it out as a view of the whole text.
    for (let post = 0; post < 25; post++) {
      const word = `Sonderveranstaltung${String.fromCharCode(0x61 + (post % 26))}${String.fromCharCode(0x61 + Math.floor(post / 26))}`;
      tokenizeGerman(`Die ${word} beginnt. ${"Ab ".repeat(333_333)}${post}`);
    }
    gc();
    const kept = process.memoryUsage().heapUsed - before;
    // The 25 words themselves are a few kilobytes; the posts were 25 MB.
    expect(kept).toBeLessThan(10 * 1024 * 1024);
    forgetWordInfos();
  }, 60_000);

  it("keeps no text alive in the syllable counter's cache either: a word too long for the table is not a view into its post", async () => {
    const gc = collector();
    const syllables = await loadGermanSyllables();
    gc();
    const before = process.memoryUsage().heapUsed;
    // Words of 65 to 100 code units: too long for the table of records,
    // short enough for the counter's cache, which readability asks.
    for (let post = 0; post < 25; post++) {
      const word = `${"Donaudampfschifffahrtsgesellschaften".repeat(2)}${String.fromCharCode(0x61 + (post % 26))}${String.fromCharCode(0x61 + Math.floor(post / 26))}`;
      readability(`Die ${word} beginnt. ${"Ab ".repeat(333_333)}${post}`, syllables);
    }
    // The words of the last text read are kept for the next check of it: another text replaces them.
    readability("Die Woche beginnt.", syllables);
    gc();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(10 * 1024 * 1024);
  }, 60_000);
});

/** The engine's garbage collector, made callable for this test. */
function collector(): () => void {
  v8.setFlagsFromString("--expose-gc");
  return vm.runInNewContext("gc") as () => void;
}
