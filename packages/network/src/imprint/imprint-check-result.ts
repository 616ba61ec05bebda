import type { NetworkErrorKind } from "../spec/index.js";

/**
 * Where a channel's imprint stands:
 * - `ok`: the profile links to the imprint (the organisation's, or the
 *   channel's own);
 * - `missing`: no link on the profile leads to the imprint, and none is
 *   marked as the imprint either;
 * - `wrong`: a link marked as the imprint (labelled "Impressum" in the bio,
 *   or an address whose path is `/impressum` or `/imprint`) leads somewhere
 *   else;
 * - `unreadable`: the profile could not be read, so nothing is known now.
 */
export type ImprintStatus = "ok" | "missing" | "wrong" | "unreadable";

/** The statuses that say something about the profile: every {@link ImprintStatus} but `unreadable`. */
export type KnownImprintStatus = Exclude<ImprintStatus, "unreadable">;

/**
 * Why a profile could not be read:
 * - a {@link NetworkErrorKind}: the network (or the adapter) refused or
 *   failed the read, e.g. `authentication` (reconnect the account),
 *   `rate-limited`, `retryable`, `not-found` (the account is gone),
 *   `unsupported` (the network offers no profile: check by hand);
 * - `timeout`: no answer within the monitor's deadline;
 * - `malformed-profile`: the answer was not a profile (no `links` list);
 * - `credentials-missing`, `credentials-invalid`: nothing usable is stored
 *   for the account; connect it again;
 * - `adapter-defect`: the adapter broke the adapter spec;
 * - `no-adapter`: no adapter is registered for the channel's network;
 * - `failed`: anything else.
 */
export type ImprintUnreadableReason =
  | NetworkErrorKind
  | "timeout"
  | "malformed-profile"
  | "credentials-missing"
  | "credentials-invalid"
  | "adapter-defect"
  | "no-adapter"
  | "failed";

/**
 * What one look at a profile found (see `findImprintLink`). Links are
 * normalised addresses (see `normaliseUrl`): ASCII, without fragment,
 * tracking parameters or user info, at most `MAX_URL_LENGTH` long. Nothing
 * else of the profile's text is kept.
 */
export type ImprintCheckResult =
  | {
      /** The profile links to the imprint. */
      readonly status: "ok";
      /** The link that leads to it, normalised. */
      readonly link: string;
    }
  | {
      /** No link on the profile leads to the imprint or is marked as one. */
      readonly status: "missing";
    }
  | {
      /** A link marked as the imprint leads elsewhere. */
      readonly status: "wrong";
      /** That link, normalised. */
      readonly link: string;
      /** The imprint addresses that would have been right, as configured (the organisation's first). */
      readonly expected: readonly string[];
    }
  | {
      /** The profile could not be read. */
      readonly status: "unreadable";
      /** Why not. */
      readonly reason: ImprintUnreadableReason;
    };
