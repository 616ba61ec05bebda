// Run by sandbox-crash.test.ts in a child process: the default onCrash must
// really kill the process (SIGKILL), so nothing after the crash point runs.
import { silentLogger } from "@kommune-sm/core";
import { createSandboxNetwork } from "./create-sandbox-network.js";

const point = process.argv[2] === "after-accept" ? "after-accept" : "before-accept";
const { adapter, faults, control } = createSandboxNetwork({ rateLimit: false });
faults.inject({ kind: "crash", point, operation: "publish" });
const context = { credentials: { accessToken: "child-token" }, signal: new AbortController().signal, now: () => Date.parse("2027-01-12T08:00:00Z"), logger: silentLogger };
const request = { deliveryId: "d", idempotencyKey: "k", channel: { id: "c", handle: "@h", options: {} }, text: "Hallo", language: "de", media: [], links: [], hashtags: [], options: {} };

process.stdout.write(`calling publish (${point})\n`);
void adapter.publish(request, context).then(() => process.stdout.write("publish returned\n"));
// Still alive 50 ms later: the crash did not kill the process.
setTimeout(() => {
  void control.published().then((posts) => process.stdout.write(`survived with ${posts.length} posts\n`));
}, 50);
