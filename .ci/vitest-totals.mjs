#!/usr/bin/env node
// Reads vitest's JSON report and prints "PASSED FAILED" for .ci/run's closing line. A test
// file that failed without a failing test (an import error, a throwing beforeAll: vitest then
// marks its tests skipped, or runs none) counts as one failure, and is named on stderr, so the
// totals never read "0 failed" while a file or suite did not run. A missing or unreadable
// report is one failure.
import { readFileSync } from "node:fs";

function totals(path) {
  let report;
  try {
    report = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    console.error(`ci: no readable vitest report at ${path} (${e.message})`);
    return [0, 1];
  }
  const broken = report.testResults.filter((f) => f.status === "failed" && !f.assertionResults.some((a) => a.status === "failed"));
  for (const f of broken) console.error(`ci: ${f.name} failed outside its tests: ${(f.message || "a suite hook failed").split("\n")[0]}`);
  return [report.numPassedTests, report.numFailedTests + broken.length];
}

console.log(totals(process.argv[2]).join(" "));
