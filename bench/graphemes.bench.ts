// Grapheme counting of typical municipal posts against `[...text].length`
// (code points, the cheap count that gets emoji wrong). Target from the issue:
// countGraphemes no worse than half its throughput. Intl.Segmenter alone is
// printed against the same baseline, for information: it is what
// countGraphemes hands unusual text to.
import { countGraphemes } from "../packages/core/dist/index.js";
import { compare } from "./support.js";
import { MUNICIPAL_POSTS as posts } from "./municipal-posts.js";


const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
let sink = 0;

const characters = posts.reduce((sum, post) => sum + post.length, 0);
const spread = {
  name: "[...text].length",
  batch: posts.length,
  fn: () => {
    for (const post of posts) sink += [...post].length;
  },
};

await compare(
  `countGraphemes over ${posts.length} posts (${characters.toLocaleString("en-US")} UTF-16 units, ops = posts)`,
  spread,
  {
    name: "countGraphemes(text)",
    batch: posts.length,
    fn: () => {
      for (const post of posts) sink += countGraphemes(post);
    },
  },
  0.5,
);

await compare(
  "for information: Intl.Segmenter alone over the same posts",
  spread,
  {
    name: "Intl.Segmenter (count the segments)",
    batch: posts.length,
    fn: () => {
      for (const post of posts) for (const _ of segmenter.segment(post)) sink++;
    },
  },
  0,
);

if (sink === 42) console.log("");
