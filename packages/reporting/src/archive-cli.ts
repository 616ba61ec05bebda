import { readFile, stat } from "node:fs/promises";
import { verifyArchive, type ArchiveVerification } from "./archive-verify.js";

/** Where {@link runVerifyArchive} writes: standard output and standard error, by default the process's. */
export interface VerifyArchiveIo {
  /** Writes a text (with its line breaks) to standard output. */
  readonly out: (text: string) => void;
  /** Writes a text (with its line breaks) to standard error. */
  readonly err: (text: string) => void;
}

/** The exit codes of `kommune-sm-verify-archive`: 0 the archive is intact, 1 it was changed or is incomplete, 2 the command was used wrongly. */
export const VERIFY_ARCHIVE_EXIT = Object.freeze({
  /** The archive is intact. */
  ok: 0,
  /** The archive was changed, cut or is incomplete; the file and line are named. */
  tampered: 1,
  /** The command was used wrongly: no directory, an unreadable key, an unknown option. */
  usage: 2,
} as const);

/** The command's help text. */
export const VERIFY_ARCHIVE_USAGE = `Usage: kommune-sm-verify-archive <archive-directory> [--key <public-key.pem>]... [--json]

Checks an archive written by @kommune-sm/reporting's writeArchive, offline:
every file's SHA-256 against manifest.json, every line of the JSON-lines
files, the audit log's hash chain and its anchored head, the manifest's
signature.

  --key <file>  an Ed25519 public key (SPKI PEM) the organisation trusts, e.g.
                the public half of its audit-anchor key; may be repeated.
                Given, the manifest must be signed and every signature must
                check out with one of these keys.
  --json        print the result as JSON.
  --help        print this text.

Exit codes: 0 intact, 1 changed or incomplete (the file and line are named),
2 wrong use (no directory, an unreadable key, an unknown option).
`;

const defaultIo: VerifyArchiveIo = { out: (text) => void process.stdout.write(text), err: (text) => void process.stderr.write(text) };

/**
 * Runs `kommune-sm-verify-archive` with `args` (the arguments after the
 * command's name) and resolves with its exit code (see
 * {@link VERIFY_ARCHIVE_EXIT}); it never exits the process itself.
 *
 * @example
 * ```ts
 * process.exitCode = await runVerifyArchive(["/srv/archiv/musterstadt-2026", "--key", "anchor-2026.pub.pem"]);
 * ```
 */
export async function runVerifyArchive(args: readonly string[], io: VerifyArchiveIo = defaultIo): Promise<number> {
  const usage = (problem: string): number => {
    io.err(`kommune-sm-verify-archive: ${problem}\n\n${VERIFY_ARCHIVE_USAGE}`);
    return VERIFY_ARCHIVE_EXIT.usage;
  };
  let directory: string | undefined;
  const keyFiles: string[] = [];
  let json = false;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === "--help" || arg === "-h") {
      io.out(VERIFY_ARCHIVE_USAGE);
      return VERIFY_ARCHIVE_EXIT.ok;
    }
    if (arg === "--json") json = true;
    else if (arg === "--key" || arg.startsWith("--key=")) {
      const file = arg === "--key" ? args[++index] : arg.slice("--key=".length);
      if (file === undefined || file === "") return usage("--key needs the file of a public key.");
      keyFiles.push(file);
    } else if (arg.startsWith("-") && arg !== "-") return usage(`unknown option ${arg}.`);
    else if (directory === undefined) directory = arg;
    else return usage(`one archive directory at a time; got ${JSON.stringify(directory)} and ${JSON.stringify(arg)}.`);
  }
  if (directory === undefined) return usage("the archive directory is missing.");
  if (!(await stat(directory).catch(() => undefined))?.isDirectory()) return usage(`${directory} is not a directory.`);
  const keys: string[] = [];
  for (const file of keyFiles) {
    try {
      keys.push(await readFile(file, "utf8"));
    } catch (error) {
      return usage(`the key file ${file} cannot be read (${error instanceof Error ? error.message : String(error)}).`);
    }
  }
  let result: ArchiveVerification;
  try {
    result = await verifyArchive(directory, { keys });
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  if (json) {
    (result.ok ? io.out : io.err)(`${JSON.stringify(result, null, 2)}\n`);
  } else if (result.ok) {
    io.out(describe(directory, result, keyFiles.length > 0));
  } else {
    io.err(`Archive ${directory} FAILED verification:\n  ${result.message}\n${result.warnings.map((warning) => `  warning: ${warning}\n`).join("")}`);
  }
  return result.ok ? VERIFY_ARCHIVE_EXIT.ok : VERIFY_ARCHIVE_EXIT.tampered;
}

function describe(directory: string, result: Extract<ArchiveVerification, { ok: true }>, keysGiven: boolean): string {
  const { counts, audit, anchors, period } = result;
  const how = (check: string) => (check === "trusted-key" ? "checked with the key given" : check === "archive-key" ? "checked only with the key the archive names" : "not checked");
  const lines = [
    `Archive ${directory} is intact.`,
    `  organisation: ${result.organisationId}`,
    `  period:       ${period.from} to ${period.to}${period.key ? ` (${period.key})` : ""}, ${period.timeZone}`,
    `  exported:     ${result.exportedAt}`,
    `  records:      ${counts.posts} posts, ${counts.interactions} interactions, ${counts.replies} replies, ${counts.auditEntries} audit entries`,
    `  audit chain:  ${audit.entries} entries verified${audit.head ? `, head ${audit.head.seq} ${audit.head.hash}` : ""}`,
    `  anchors:      ${anchors.count}${anchors.count > 0 ? `, ${how(anchors.checkedWith)}` : ""}${audit.entries > 0 ? (anchors.headAnchored ? "; the head is anchored" : "; the head is NOT anchored") : ""}`,
    `  signature:    ${result.signature === "unchecked" ? "none checked" : how(result.signature)}`,
    ...result.warnings.map((warning) => `  warning: ${warning}`),
    ...(keysGiven ? [] : ["  (give --key with the organisation's public key to know who signed it)"]),
  ];
  return `${lines.join("\n")}\n`;
}
