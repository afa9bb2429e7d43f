// .ci/run's closing line counts what vitest's JSON report says; files that failed at their
// start (an import error) or whose suite hook threw (vitest then marks the tests skipped) must
// count as failures, or CI reads "0 failed" while tests never ran.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const script = join(import.meta.dirname, "..", "..", ".ci", "vitest-totals.mjs");
const run = (report: unknown): string => {
  const file = join(mkdtempSync(join(tmpdir(), "totals-")), "vitest.json");
  writeFileSync(file, typeof report === "string" ? report : JSON.stringify(report));
  return execFileSync(process.execPath, [script, file], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
};
const file = (name: string, status: string, tests: string[], message = "") => ({ name, status, message, assertionResults: tests.map((s, i) => ({ title: `t${i}`, status: s })) });

describe(".ci/vitest-totals.mjs", () => {
  it("adds a file that failed to import and a file whose beforeAll threw to the failed tests", () => {
    const report = {
      numPassedTests: 2,
      numFailedTests: 1,
      testResults: [
        file("/p/test/a.test.ts", "failed", [], "Cannot find module './gone'"),
        file("/p/test/b.test.ts", "failed", ["skipped", "skipped", "passed"]),
        file("/p/test/c.test.ts", "failed", ["failed", "passed"]),
        file("/p/test/d.test.ts", "passed", ["passed"]),
      ],
    };
    expect(run(report)).toBe("2 3");
  });

  it("counts a clean run as it is, and an unreadable report as one failure", () => {
    expect(run({ numPassedTests: 4, numFailedTests: 0, testResults: [file("/p/x.test.ts", "passed", ["passed", "passed", "passed", "passed"])] })).toBe("4 0");
    expect(run("{ not json")).toBe("0 1");
  });
});
