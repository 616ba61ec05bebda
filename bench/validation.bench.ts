// Validating a post at the SDK boundary (safeValidate: locale-aware error map,
// readable issues) against a bare zod safeParse of the same schema.
// Target from issue 2: at least 0.8x.
import { PostSchema, safeValidate } from "../packages/core/dist/index.js";
import { compare } from "./support.js";
import { BENCH_POST as post } from "./fixtures.js";

if (!PostSchema.safeParse(post).success) throw new Error("the benchmark post must be valid");
const batch = 100;
await compare(
  `validate a post (${batch} per call)`,
  { name: "zod PostSchema.safeParse", batch, fn: () => { for (let i = 0; i < batch; i++) PostSchema.safeParse(post); } },
  { name: "kommune-sm safeValidate(PostSchema)", batch, fn: () => { for (let i = 0; i < batch; i++) safeValidate(PostSchema, post, { entity: "Post" }); } },
  0.8,
);
