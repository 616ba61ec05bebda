import {
  createAuditEntry,
  KommuneError,
  type AuditEntryInput,
  type CollectionName,
  type EditorialWorkflow,
  type ListOptions,
  type MetricQuery,
  type MetricSample,
  type Post,
  type PostAction,
  type ReplySentDetails,
  type ReplyStepWithin,
  type StepWithin,
  type StoreCollections,
  type SyncTenantRepositories,
  type TenantEntity,
  type TenantRepositories,
  type TenantStore,
  type TransitionOptions,
  type WorkflowActor,
} from "@kommune-sm/core";

/** One thing a transaction program asks of its transaction. */
export type TxOp =
  | { readonly op: "get"; readonly collection: CollectionName; readonly id: string }
  | { readonly op: "list"; readonly collection: CollectionName; readonly options?: ListOptions<never> }
  | { readonly op: "save"; readonly collection: CollectionName; readonly entity: TenantEntity; readonly expectedRevision?: number }
  | { readonly op: "insert"; readonly collection: CollectionName; readonly entity: TenantEntity }
  | { readonly op: "audit"; readonly entry: AuditEntryInput }
  | { readonly op: "append-metrics"; readonly samples: readonly MetricSample[] }
  | { readonly op: "query-metrics"; readonly query: MetricQuery }
  | { readonly op: "reply-sent"; readonly replyId: string; readonly actor: WorkflowActor; readonly details: ReplySentDetails }
  | { readonly op: "reply-withdraw"; readonly replyId: string; readonly actor: WorkflowActor; readonly reason: string }
  | { readonly op: "step"; readonly post: string | Post; readonly action: PostAction; readonly actor: WorkflowActor; readonly options?: TransitionOptions };

/**
 * The outbox's work inside a transaction, written once for both kinds of
 * transaction: a generator that yields what it needs from the store
 * (`yield* get(...)`) and returns its result. {@link runProgram} drives it
 * through `syncTransaction` where the store offers it (one real database
 * transaction, answered at once), else through `transaction`. Reads, checks
 * and writes are thus the same code on every store; only the driver differs.
 */
export type TxProgram<R> = Generator<TxOp, R, unknown>;

/** Reads an entity by id. */
export function* get<N extends CollectionName>(collection: N, id: string): Generator<TxOp, (StoreCollections[N] & TenantEntity) | undefined, unknown> {
  return (yield { op: "get", collection, id }) as (StoreCollections[N] & TenantEntity) | undefined;
}

/** Lists entities. */
export function* list<N extends CollectionName>(collection: N, options?: ListOptions<StoreCollections[N] & TenantEntity>): Generator<TxOp, (StoreCollections[N] & TenantEntity)[], unknown> {
  return (yield { op: "list", collection, ...(options ? { options: options as ListOptions<never> } : {}) }) as (StoreCollections[N] & TenantEntity)[];
}

/** Saves an entity, at `expectedRevision` if given (`CORE_CONFLICT` otherwise). */
export function* save<N extends CollectionName>(collection: N, entity: StoreCollections[N] & TenantEntity, expectedRevision?: number): Generator<TxOp, void, unknown> {
  yield { op: "save", collection, entity, ...(expectedRevision === undefined ? {} : { expectedRevision }) };
}

/** Inserts a new entity. */
export function* insert<N extends CollectionName>(collection: N, entity: StoreCollections[N] & TenantEntity): Generator<TxOp, void, unknown> {
  yield { op: "insert", collection, entity };
}

/** Appends an audit entry after the head, in the same transaction. */
export function* audit(entry: AuditEntryInput): Generator<TxOp, void, unknown> {
  yield { op: "audit", entry };
}

/** Reads metric samples, in the transaction. */
export function* queryMetrics(query: MetricQuery): Generator<TxOp, MetricSample[], unknown> {
  return (yield { op: "query-metrics", query }) as MetricSample[];
}

/** Appends metric samples, in the same transaction. */
export function* appendMetrics(samples: readonly MetricSample[]): Generator<TxOp, void, unknown> {
  if (samples.length > 0) yield { op: "append-metrics", samples };
}

/** Marks a reply sent (the workflow's step, with the network's time) inside the transaction; its events are emitted by the caller after the commit. */
export function* replySent(replyId: string, actor: WorkflowActor, details: ReplySentDetails): Generator<TxOp, ReplyStepWithin, unknown> {
  return (yield { op: "reply-sent", replyId, actor, details }) as ReplyStepWithin;
}

/** Withdraws a sent reply (the workflow's step) inside the transaction; its events are emitted by the caller after the commit. */
export function* replyWithdraw(replyId: string, actor: WorkflowActor, reason: string): Generator<TxOp, ReplyStepWithin, unknown> {
  return (yield { op: "reply-withdraw", replyId, actor, reason }) as ReplyStepWithin;
}

/** Takes a post step of the workflow inside the transaction; its events are emitted by the caller after the commit. */
export function* step(post: string | Post, action: PostAction, actor: WorkflowActor, options?: TransitionOptions): Generator<TxOp, StepWithin, unknown> {
  return (yield { op: "step", post, action, actor, ...(options ? { options } : {}) }) as StepWithin;
}

/** What a program needs besides the transaction. */
export interface ProgramEnv {
  readonly organisationId: string;
  readonly now: () => number;
  readonly workflow: EditorialWorkflow;
}

/** Drives `program` inside a `syncTransaction`: every answer at once. */
export function runSync<R>(tx: SyncTenantRepositories, program: TxProgram<R>, env: ProgramEnv): R {
  let answer: unknown;
  for (;;) {
    const next = program.next(answer);
    if (next.done) return next.value;
    const op = next.value;
    switch (op.op) {
      case "get":
        answer = tx.collection(op.collection).get(op.id);
        break;
      case "list":
        answer = tx.collection(op.collection).list(op.options as never);
        break;
      case "save":
        tx.collection(op.collection).save(op.entity as never, op.expectedRevision === undefined ? {} : { expectedRevision: op.expectedRevision });
        answer = undefined;
        break;
      case "insert":
        tx.collection(op.collection).insert(op.entity as never);
        answer = undefined;
        break;
      case "audit":
        tx.audit.append(createAuditEntry(tx.audit.head(), env.organisationId, op.entry, env.now()));
        answer = undefined;
        break;
      case "append-metrics":
        tx.metrics.append(op.samples);
        answer = undefined;
        break;
      case "query-metrics":
        answer = tx.metrics.query(op.query);
        break;
      case "reply-sent":
        answer = env.workflow.markReplySentWithinSync(tx, op.replyId, op.actor, op.details);
        break;
      case "reply-withdraw":
        answer = env.workflow.withdrawReplyWithinSync(tx, op.replyId, op.actor, op.reason);
        break;
      case "step":
        answer = env.workflow.transitionWithinSync(tx, op.post, op.action, op.actor, op.options);
        break;
      default:
        unknownOp(op);
    }
  }
}

/** Drives `program` inside an async `transaction`. */
export async function runAsync<R>(tx: TenantRepositories, program: TxProgram<R>, env: ProgramEnv): Promise<R> {
  let answer: unknown;
  for (;;) {
    const next = program.next(answer);
    if (next.done) return next.value;
    const op = next.value;
    switch (op.op) {
      case "get":
        answer = await tx.collection(op.collection).get(op.id);
        break;
      case "list":
        answer = await tx.collection(op.collection).list(op.options as never);
        break;
      case "save":
        await tx.collection(op.collection).save(op.entity as never, op.expectedRevision === undefined ? {} : { expectedRevision: op.expectedRevision });
        answer = undefined;
        break;
      case "insert":
        await tx.collection(op.collection).insert(op.entity as never);
        answer = undefined;
        break;
      case "audit":
        // Inside the tenant's transaction nobody else appends, so the head read here stays the head.
        await tx.audit.append(createAuditEntry(await tx.audit.head(), env.organisationId, op.entry, env.now()));
        answer = undefined;
        break;
      case "append-metrics":
        await tx.metrics.append(op.samples);
        answer = undefined;
        break;
      case "query-metrics":
        answer = await tx.metrics.query(op.query);
        break;
      case "reply-sent":
        answer = await env.workflow.markReplySentWithin(tx, op.replyId, op.actor, op.details);
        break;
      case "reply-withdraw":
        answer = await env.workflow.withdrawReplyWithin(tx, op.replyId, op.actor, op.reason);
        break;
      case "step":
        answer = await env.workflow.transitionWithin(tx, op.post, op.action, op.actor, op.options);
        break;
      default:
        unknownOp(op);
    }
  }
}

/** Every operation has its case in both drivers: a new one without makes this a type error. */
function unknownOp(op: never): never {
  throw new Error(`Unknown transaction operation ${JSON.stringify(op)}.`);
}

/**
 * Runs a fresh program from `make` as one transaction of `store`
 * (`syncTransaction` where offered) and returns its result. A commit that
 * lost a race (`CORE_CONFLICT`: another worker, the audit log's head) is run
 * again from fresh reads, up to `attempts` times, unless `retry` says the
 * conflict is final.
 */
export async function runProgram<R>(
  store: TenantStore,
  make: () => TxProgram<R>,
  env: ProgramEnv,
  options: { readonly attempts?: number; readonly retry?: () => Promise<boolean> } = {},
): Promise<R> {
  const attempts = options.attempts ?? 8;
  for (let attempt = 1; ; attempt++) {
    try {
      if (store.syncTransaction) return await store.syncTransaction((tx) => runSync(tx, make(), env));
      return await store.transaction((tx) => runAsync(tx, make(), env));
    } catch (error) {
      if (!KommuneError.isInstance(error, "CORE_CONFLICT") || attempt >= attempts) throw error;
      if (options.retry && !(await options.retry())) throw error;
    }
  }
}
