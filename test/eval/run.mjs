#!/usr/bin/env node
// `npm run eval`: measurements on material beside the project (../shared), never part of
// `npm test`. Prints each figure and ends with "eval: N passed, N failed" (target misses
// count as failed). Without ../shared it says so plainly and exits 0.
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { evalFixtures } from "./fixtures.mjs";

const root = resolve(import.meta.dirname, "..", "..");
const shared = resolve(process.env.SOURCELIGHT_SHARED ?? join(root, "..", "shared"));
const bin = join(root, "dist", "cli", "sourcelight.mjs");
const log = (s = "") => console.log(s);

if (!existsSync(shared)) {
  log(`eval: ${shared} is absent, so there is nothing to evaluate (the example pages and corpora live there).`);
  log("eval: 0 passed, 0 failed (skipped: no ../shared)");
  process.exit(0);
}
if (!existsSync(bin)) {
  log(`eval: no built CLI at ${bin}; run "node build.mjs" first`);
  log("eval: 0 passed, 1 failed");
  process.exit(1);
}

let passed = 0;
let failed = 0;
const target = (name, ok, detail) => {
  ok ? passed++ : failed++;
  log(`  ${ok ? "ok  " : "MISS"} ${name}: ${detail}`);
};

log(`Example pages (${join(shared, "fixtures")}), scored by ../shared/tools/score-report.mjs:`);
const fx = evalFixtures(join(shared, "fixtures"), bin, join(shared, "tools", "score-report.mjs"), log);
passed += fx.passed;
failed += fx.failed;
const precision = fx.tp + fx.fp ? fx.tp / (fx.tp + fx.fp) : 1;
const recall = fx.tp + fx.fn ? fx.tp / (fx.tp + fx.fn) : 1;
log(`  fixture assertions: ${fx.passed} passed, ${fx.failed} failed`);
log("Claim→source links over the fixtures' link assertions:");
target("precision ≥ 0.95", precision >= 0.95, `${precision.toFixed(3)} (${fx.tp} right, ${fx.fp} wrong)`);
target("recall ≥ 0.85", recall >= 0.85, `${recall.toFixed(3)} (${fx.tp} found, ${fx.fn} missed)`);

const { evalCorpora } = await import("./corpora.mjs");
await evalCorpora(shared, root, log, target);

// Each human-truth measurement lives in its own module, test/eval/human-*.mjs, exporting
// `evaluate({ shared, root, bin, log, target })`; each prints its figures beside the
// baseline they must beat, and counts a missed target through `target`.
for (const file of readdirSync(import.meta.dirname).filter((f) => /^human-.*\.mjs$/.test(f)).sort()) {
  const { evaluate } = await import(join(import.meta.dirname, file));
  await evaluate({ shared, root, bin, log, target });
}

log(`eval: ${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
