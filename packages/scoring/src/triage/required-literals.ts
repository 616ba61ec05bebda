/**
 * Words that every match of a regular expression must contain, one of them
 * at least: for `(?:ich|wir)\s+werde\s+(?:dich|euch)\s+(?:umbringen|töten)`
 * that is `["umbringen", "toeten"]` (the most telling part), because no
 * match lacks both. A matcher first looks whether the text contains one of
 * them (all patterns at once, in one pass) and runs only the patterns that
 * can match: most comments contain no threat word, and the regular
 * expressions, written for clarity, need not be fast.
 *
 * Reads the subset of the syntax the lexicon's patterns use: groups
 * (capturing or not), alternation, quantifiers, character classes,
 * escapes, and lookarounds (which consume nothing and so require nothing).
 * Returns `undefined` when it cannot name such words: then the pattern
 * must always be run.
 */
export function requiredLiterals(source: string, minimumLength = 3): readonly string[] | undefined {
  const parser = new Parser(source);
  const node = parser.alternation();
  if (parser.position !== source.length) return undefined;
  const literals = required(node, minimumLength);
  return literals === undefined ? undefined : [...new Set(literals)];
}

type RegexNode =
  | { readonly type: "literal"; readonly text: string }
  | { readonly type: "other" } // a class, an escape, a dot, an anchor: matches something unknown
  | { readonly type: "empty" } // a lookaround or an empty branch: matches nothing
  | { readonly type: "sequence"; readonly items: readonly RegexNode[] }
  | { readonly type: "alternation"; readonly branches: readonly RegexNode[] }
  | { readonly type: "repeat"; readonly item: RegexNode; readonly min: number };

const OTHER: RegexNode = { type: "other" };
const EMPTY: RegexNode = { type: "empty" };

/** A small recursive-descent reader for the pattern syntax named above. */
class Parser {
  position = 0;
  constructor(private readonly source: string) {}

  alternation(): RegexNode {
    const branches = [this.sequence()];
    while (this.source[this.position] === "|") {
      this.position++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? branches[0]! : { type: "alternation", branches };
  }

  sequence(): RegexNode {
    const items: RegexNode[] = [];
    while (this.position < this.source.length && this.source[this.position] !== "|" && this.source[this.position] !== ")") {
      let atom = this.atom();
      atom = this.quantified(atom);
      const last = items[items.length - 1];
      // Join adjacent letters into one literal ("bring" from b, r, i, n, g).
      if (atom.type === "literal" && last?.type === "literal") items[items.length - 1] = { type: "literal", text: last.text + atom.text };
      else items.push(atom);
    }
    return { type: "sequence", items };
  }

  quantified(atom: RegexNode): RegexNode {
    const char = this.source[this.position];
    let min: number | undefined;
    if (char === "*" || char === "?") min = 0;
    else if (char === "+") min = 1;
    else if (char === "{") {
      const match = /^\{(\d+)(?:,(\d*))?\}/.exec(this.source.slice(this.position));
      if (match === null) return atom;
      min = Number(match[1]);
      this.position += match[0].length - 1;
    }
    if (min === undefined) return atom;
    this.position++;
    if (this.source[this.position] === "?") this.position++; // lazy
    // A quantified literal of several letters repeats only its last one: keep it as one unit.
    return { type: "repeat", item: atom, min };
  }

  atom(): RegexNode {
    const char = this.source[this.position]!;
    if (char === "(") {
      this.position++;
      let lookaround = false;
      if (this.source.startsWith("?:", this.position)) this.position += 2;
      else if (/^\?<?[=!]/.test(this.source.slice(this.position, this.position + 3))) {
        lookaround = true;
        this.position += this.source[this.position + 1] === "<" ? 3 : 2;
      } else if (this.source.startsWith("?<", this.position)) {
        this.position = this.source.indexOf(">", this.position) + 1;
      }
      const inner = this.alternation();
      if (this.source[this.position] === ")") this.position++;
      return lookaround ? EMPTY : inner;
    }
    if (char === "[") {
      this.position++;
      while (this.position < this.source.length && this.source[this.position] !== "]") {
        if (this.source[this.position] === "\\") this.position++;
        this.position++;
      }
      this.position++;
      return OTHER;
    }
    if (char === "\\") {
      const next = this.source[this.position + 1];
      if (next === "p" || next === "P") {
        this.position = this.source.indexOf("}", this.position) + 1;
        return OTHER;
      }
      this.position += 2;
      // An escaped punctuation mark stands for itself; it is no letter, so it ends a word.
      return OTHER;
    }
    this.position++;
    if (char === "^" || char === "$") return EMPTY;
    if (char === ".") return OTHER;
    return /[a-z0-9]/.test(char) ? { type: "literal", text: char } : OTHER;
  }
}

/**
 * The words of which every match of `node` contains one, or undefined when
 * there are none to name (the node may match without any literal of at
 * least `minimum` letters).
 */
function required(node: RegexNode, minimum: number): string[] | undefined {
  switch (node.type) {
    case "literal":
      return node.text.length >= minimum ? [node.text] : undefined;
    case "other":
    case "empty":
      return undefined;
    case "repeat":
      // "abc+" repeats only "c": the letters before it are still required, but the node holds them together, so
      // take the literal without its repeated last letter only when the item is one letter; otherwise the item as is.
      return node.min >= 1 ? required(node.item, minimum) : undefined;
    case "alternation": {
      const all: string[] = [];
      for (const branch of node.branches) {
        const words = required(branch, minimum);
        if (words === undefined) return undefined;
        all.push(...words);
      }
      return all;
    }
    case "sequence": {
      // Any required part of a sequence is required of the whole; take the most telling one:
      // the fewest words, and of those the longest shortest word.
      let best: string[] | undefined;
      for (const item of node.items) {
        const words = required(item, minimum);
        if (words === undefined) continue;
        if (best === undefined || better(words, best)) best = words;
      }
      return best;
    }
  }
}

/**
 * Words too common to tell anything: a set that holds one of them is a poor
 * filter ("mit", "wird"), so a sequence takes another part if it has one.
 */
const COMMON: ReadonlySet<string> = new Set([
  "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eins", "mit", "und", "oder", "ist", "sind",
  "wird", "werden", "hat", "haben", "dich", "euch", "ihr", "wir", "ich", "sie", "mal", "noch", "schon", "auch", "nicht", "paar",
  "sehen", "kopf", "dran", "selber", "selbst", "fahr", "fahre", "fahren", "mach", "mache", "machen", "stellen", "leben", "bist", "seid",
]);

function better(candidate: readonly string[], current: readonly string[]): boolean {
  // A set with a common word is as weak as a one-letter word.
  const shortest = (words: readonly string[]) => Math.min(...words.map((word) => (COMMON.has(word) ? 1 : word.length)));
  if (shortest(candidate) !== shortest(current)) return shortest(candidate) > shortest(current);
  return candidate.length < current.length;
}
