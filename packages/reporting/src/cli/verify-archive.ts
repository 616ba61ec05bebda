#!/usr/bin/env node
/**
 * `kommune-sm-verify-archive <archive-directory> [--key <public-key.pem>]... [--json]`:
 * checks an archive offline and exits 0 (intact), 1 (changed or incomplete)
 * or 2 (wrong use). See `runVerifyArchive`.
 *
 * @packageDocumentation
 */
import { runVerifyArchive } from "../archive-cli.js";

runVerifyArchive(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`kommune-sm-verify-archive: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
