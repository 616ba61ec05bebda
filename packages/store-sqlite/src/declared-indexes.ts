import { createHash } from "node:crypto";
import type { Database } from "better-sqlite3";
import { jsonPathLiteral, valueExpression } from "./json-field.js";
import { SqliteStoreError } from "./sqlite-errors.js";
import type { DeclaredIndex } from "./sqlite-store-options.js";
import { collectionCondition } from "./sqlite-tables.js";

type Declared = Readonly<Record<string, readonly DeclaredIndex[]>>;

/** One index to create: its name and its SQL. */
interface IndexPlan {
  readonly name: string;
  readonly sql: string;
}

/**
 * Checks the `indexes` option and turns it into `CREATE INDEX` statements.
 * Each index is partial (`WHERE collection = '...'`), so it holds only that
 * collection's rows, and ends with `id`, so that a list sorted by its last
 * field comes out of the index in core's order (ties by id) without a sort.
 */
export function planDeclaredIndexes(indexes: Declared): IndexPlan[] {
  const plans: IndexPlan[] = [];
  for (const [collection, declared] of Object.entries(indexes)) {
    const inCollection = collectionCondition(collection);
    if (inCollection.params.length > 0) {
      throw new SqliteStoreError("SQLITE_INVALID_OPTION", `indexes: the collection name "${collection}" cannot have indexes; use letters, digits and _ . : - (at most 100).`);
    }
    if (!Array.isArray(declared)) throw new SqliteStoreError("SQLITE_INVALID_OPTION", `indexes.${collection} must be an array of field names or arrays of field names.`);
    for (const index of declared) {
      const fields: readonly unknown[] = typeof index === "string" ? [index] : Array.isArray(index) ? index : [];
      if (fields.length === 0) throw new SqliteStoreError("SQLITE_INVALID_OPTION", `indexes.${collection}: each index is a field name or a non-empty array of field names.`);
      const expressions = fields.map((field) => {
        const path = typeof field === "string" ? jsonPathLiteral(field) : undefined;
        if (!path) throw new SqliteStoreError("SQLITE_INVALID_OPTION", `indexes.${collection}: ${JSON.stringify(field)} is not a field name an index can use.`);
        return valueExpression(path);
      });
      const digest = createHash("sha256").update(JSON.stringify([collection, fields])).digest("hex").slice(0, 12);
      const readable = `${collection}_${fields.join("_")}`.replace(/[^A-Za-z0-9_]/g, "_").slice(0, 60);
      const name = `ksm_index_${readable}_${digest}`;
      plans.push({
        name,
        sql: `CREATE INDEX IF NOT EXISTS "${name}" ON entities (organisation_id, ${expressions.join(", ")}, id) WHERE ${inCollection.sql}`,
      });
    }
  }
  return plans;
}

/** Creates the declared indexes that do not exist yet, in one transaction. */
export function createDeclaredIndexes(db: Database, indexes: Declared): void {
  const plans = planDeclaredIndexes(indexes);
  if (plans.length === 0) return;
  const existing = new Set((db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index'").all() as { name: string }[]).map((row) => row.name));
  const missing = plans.filter((plan) => !existing.has(plan.name));
  if (missing.length === 0) return;
  db.transaction(() => {
    for (const plan of missing) db.exec(plan.sql);
  }).immediate();
}

/** @internal For tests: the names of the indexes the option declares. */
export function declaredIndexNames(indexes: Declared): string[] {
  return planDeclaredIndexes(indexes).map((plan) => plan.name);
}
