#!/usr/bin/env node
// Section 1 of `npm run bench` for two builds at once: on each of the 130 readability test
// pages, Readability.parse alone on a clone, and extract and analyze of this build and of
// another built checkout (BASE, e.g. a worktree of an earlier commit with `node build.mjs`
// run), all timed side by side in one run (measure.mjs's rounds), so the two median ratios
// (extract + analyze) / Readability are comparable whatever the machine's load. Both builds
// read the same jsdom document (this checkout's jsdom). Not committed figures: it prints them.
//   node test/bench/real-pages-ab.mjs /path/to/base-checkout
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import os from "node:os";
import { Readability } from "@mozilla/readability";
import { gc, median, timeSideBySide, yieldJob } from "./measure.mjs";

const root = resolve(import.meta.dirname, "..", "..");
const baseDir = process.argv[2];
if (!baseDir) throw new Error("usage: node test/bench/real-pages-ab.mjs BASE_CHECKOUT (built)");
const shared = resolve(process.env.SOURCELIGHT_SHARED ?? join(root, "..", "shared"));
const lib = await import(join(root, "dist", "lib", "sourcelight.mjs"));
const base = await import(join(resolve(baseDir), "dist", "lib", "sourcelight.mjs"));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const dir = join(shared, "corpora", "readability-test-pages");
const load = os.loadavg()[0];
const rows = [];
for (const slug of readdirSync(dir).sort()) {
  const file = join(dir, slug, "source.html");
  if (!existsSync(file)) continue;
  const url = `http://fakehost/${slug}/`;
  const { document: doc, close } = lib.parseDocument({ html: readFileSync(file, "utf8"), url });
  try {
    const snap = lib.extract(doc, url);
    const baseSnap = base.extract(doc, url);
    const t = await timeSideBySide({
      readability: () => new Readability(doc.cloneNode(true)).parse(),
      extract: () => lib.extract(doc, url),
      analyze: () => lib.analyze(snap),
      baseExtract: () => base.extract(doc, url),
      baseAnalyze: () => base.analyze(baseSnap),
    }, RUNS, 400);
    rows.push({ ...t, ratio: (t.extract + t.analyze) / t.readability, baseRatio: (t.baseExtract + t.baseAnalyze) / t.readability });
  } finally {
    close();
    await yieldJob();
    gc();
  }
}
const m = (k) => median(rows.map((r) => r[k])).toFixed(2);
console.log(`${rows.length} pages, load average ${load.toFixed(1)} at start, ${os.loadavg()[0].toFixed(1)} at end; medians (ms):`);
console.log(`  Readability alone ${m("readability")}`);
console.log(`  this build: extract ${m("extract")}, analyze ${m("analyze")}; median ratio ${m("ratio")}`);
console.log(`  base (${baseDir}): extract ${m("baseExtract")}, analyze ${m("baseAnalyze")}; median ratio ${m("baseRatio")}`);
