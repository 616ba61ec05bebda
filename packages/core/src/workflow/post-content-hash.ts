import * as nodeCrypto from "node:crypto";
import canonicalize from "canonicalize";
import type { PostContent } from "../model/index.js";

/**
 * A fingerprint of what a post says: SHA-256 (lower-case hex) of the JSON
 * Canonicalization Scheme (RFC 8785) form of its content fields — title,
 * text, content warning, language, pillar, campaign, media, links, hashtags
 * and variants (with their own texts and warnings). Workflow fields (state,
 * revision, times) do not count. An optional field that is absent is left
 * out of the form, so content without a content warning keeps the
 * fingerprint it had before warnings existed, and approvals given then stay
 * valid.
 *
 * The workflow stores it with an approval (`post.approval.contentHash`), and
 * a publishing engine copies it into each delivery, so that what goes out
 * can be checked against what was approved at every attempt, even if the
 * post was changed behind the workflow's back.
 *
 * @example
 * ```ts
 * if (post.approval?.contentHash !== postContentHash(post)) throw new Error("changed since it was approved");
 * ```
 */
export function postContentHash(post: PostContent): string {
  const content = {
    ...(post.title === undefined ? {} : { title: post.title }),
    text: post.text,
    // What readers see first: changing it after the approval must void the approval.
    ...(post.contentWarning === undefined ? {} : { contentWarning: post.contentWarning }),
    language: post.language,
    ...(post.pillarId === undefined ? {} : { pillarId: post.pillarId }),
    ...(post.campaignId === undefined ? {} : { campaignId: post.campaignId }),
    media: post.media,
    links: post.links,
    hashtags: post.hashtags,
    variants: post.variants,
  };
  const canonical = canonicalize(content);
  if (canonical === undefined) throw new TypeError("A post's content must be a JSON object.");
  return oneShot ? oneShot("sha256", canonical, "hex") : nodeCrypto.createHash("sha256").update(canonical, "utf8").digest("hex");
}

// crypto.hash (Node 20.12+) hashes a string in one call, faster than
// createHash().update().digest(); older Node 20 lines lack it. The engine
// fingerprints a post at every claim.
const oneShot = (nodeCrypto as { hash?: (algorithm: string, data: string, encoding: "hex") => string }).hash;
