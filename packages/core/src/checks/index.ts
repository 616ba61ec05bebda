export {
  CHECK_TARGETS,
  defineCheck,
  settledSeverity,
  type AnyCheck,
  type Check,
  type CheckChannel,
  type CheckContext,
  type CheckInput,
  type CheckInputOf,
  type CheckTarget,
  type FindingInput,
  type FindingInputLocation,
  type InteractionCheckInput,
  type PostCheckInput,
  type ReplyCheckInput,
} from "./check.js";
export { RUNNER_CHECK_ID, runChecks, type CheckFailure, type CheckRunResult } from "./run-checks.js";
export { checkContext, checkRecord, findingCounts, mergeCheckSettings, strategiesInForce } from "./check-context.js";
export { textAtLocation, graphemeRange } from "./finding-text.js";
