import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closeInSteps, type CloseStep } from "./close-in-steps.js";

const never = () => new Promise<never>(() => undefined);

describe("closeInSteps", () => {
  it("runs every step in order and resolves when all finish", async () => {
    const ran: string[] = [];
    const step = (name: string): CloseStep => ({ name, run: async () => void ran.push(name) });
    await closeInSteps([step("a"), step("b")], { budgetMs: 1_000, finallySteps: [step("db"), step("folder")], report: () => undefined });
    expect(ran).toEqual(["a", "b", "db", "folder"]);
  });

  it("leaves a hanging step behind, names it, and still stops the database and removes the folder in time", async () => {
    const ran: string[] = [];
    const lines: string[] = [];
    const started = performance.now();
    await closeInSteps(
      [
        { name: "AppView", run: never },
        { name: "PDS", run: async () => void ran.push("PDS") },
      ],
      {
        budgetMs: 200,
        finallySteps: [{ name: "PostgreSQL", run: async () => void ran.push("PostgreSQL") }],
        report: (line) => lines.push(line),
      },
    );
    const tookMs = performance.now() - started;
    expect(ran).toEqual(["PDS", "PostgreSQL"]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[close\] "AppView" had not finished after \d+ ms/);
    expect(tookMs).toBeLessThan(2_000);
  });

  it("gives a step that starts after the budget is spent its second, and a finally step its own time", async () => {
    const ran: string[] = [];
    await closeInSteps(
      [
        { name: "hangs", run: never },
        { name: "slow but done", run: () => new Promise((resolve) => setTimeout(() => resolve(ran.push("slow")), 300)) },
      ],
      { budgetMs: 50, finallySteps: [{ name: "db", run: () => new Promise((resolve) => setTimeout(() => resolve(ran.push("db")), 100)) }], finallyMs: 500, report: () => undefined },
    );
    expect(ran).toEqual(["slow", "db"]);
  });

  it("throws the first loud failure after every step ran; quiet failures and late failures of a step left behind only report", async () => {
    const ran: string[] = [];
    const lines: string[] = [];
    let failLate!: (error: Error) => void;
    const late = new Promise<never>((_, reject) => (failLate = reject));
    const outcome = closeInSteps(
      [
        { name: "left behind", run: () => late },
        { name: "first", run: async () => Promise.reject(new Error("first broke")) },
        { name: "second", run: async () => Promise.reject(new Error("second broke")) },
      ],
      {
        budgetMs: 20,
        finallySteps: [
          { name: "db", run: async () => Promise.reject(new Error("already stopped")), failureIsQuiet: true },
          { name: "folder", run: async () => void ran.push("folder") },
        ],
        report: (line) => lines.push(line),
      },
    );
    await expect(outcome).rejects.toThrow("first broke");
    failLate(new Error("too late")); // must not become an unhandled rejection
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(ran).toEqual(["folder"]);
    expect(lines.map((line) => line.replace(/\d+ ms/, "N ms"))).toEqual([
      '[close] "left behind" had not finished after N ms; left behind, the next steps run.',
      '[close] "first" failed: first broke',
      '[close] "second" failed: second broke',
      '[close] "db" failed: already stopped',
    ]);
  });

  it("whatever each step does, runs all of them once, in order, and ends within its bound (property)", async () => {
    const behaviour = fc.constantFrom("ok", "fails", "hangs", "slow");
    await fc.assert(
      fc.asyncProperty(fc.array(behaviour, { maxLength: 5 }), fc.array(behaviour, { maxLength: 2 }), async (main, last) => {
        const started: string[] = [];
        const toStep = (kind: string, index: number, group: string): CloseStep => ({
          name: `${group}${index}`,
          run: () => {
            started.push(`${group}${index}`);
            if (kind === "fails") return Promise.reject(new Error("broke"));
            if (kind === "hangs") return never();
            if (kind === "slow") return new Promise((resolve) => setTimeout(resolve, 5));
            return Promise.resolve();
          },
        });
        const budgetMs = 30;
        const finallyMs = 30;
        const begun = performance.now();
        const outcome = await closeInSteps(main.map((kind, i) => toStep(kind, i, "s")), {
          budgetMs,
          finallySteps: last.map((kind, i) => toStep(kind, i, "f")),
          finallyMs,
          lateStepMs: 20,
          report: () => undefined,
        }).then(
          () => "resolved",
          () => "rejected",
        );
        const tookMs = performance.now() - begun;
        expect(started).toEqual([...main.map((_, i) => `s${i}`), ...last.map((_, i) => `f${i}`)]);
        expect(outcome).toBe([...main, ...last].includes("fails") ? "rejected" : "resolved");
        const hangsAfterBudget = main.filter((kind) => kind === "hangs").length;
        // Budget, the late time for each hanging step that may start after it, the finally steps' own time, slack for timers.
        expect(tookMs).toBeLessThan(budgetMs + hangsAfterBudget * 20 + last.length * finallyMs + 200);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
