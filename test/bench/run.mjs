#!/usr/bin/env node
// `npm run bench`: speed and size figures, always as ratios measured side by side in one run
// (timings are never asserted in tests). Writes bench/results.json (not committed).
// 1. real pages (../shared/corpora/readability-test-pages): extract, analyze, Readability.parse alone
// 2. scaling: synthetic pages and snapshots, growth per doubling, peak heap
// 3. the worst real page (wikipedia-2)
// 4. bundle sizes, minified and gzipped, against their budgets
import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import os from "node:os";
import { Readability } from "@mozilla/readability";
import { syntheticPage, syntheticSnapshot } from "./synthetic.mjs";

const root = resolve(import.meta.dirname, "..", "..");
const shared = resolve(process.env.SOURCELIGHT_SHARED ?? join(root, "..", "shared"));
const lib = await import(join(root, "dist", "lib", "sourcelight.mjs"));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const results = { machine: `${os.cpus()[0]?.model ?? "?"} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`, date: new Date().toISOString() };
const log = (s = "") => console.log(s);
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;
const open = [];
/** Parses a page; every window is closed by closeAll() so 130 pages fit in memory. */
const parse = (html, url) => {
  const { document, close } = lib.parseDocument({ html, url });
  open.push(close);
  return document;
};
const closeAll = () => open.splice(0).forEach((close) => close());

/** Median milliseconds of `fn` over RUNS runs after one warm-up; `setup` runs untimed before each. */
function time(fn, setup = () => undefined) {
  fn(setup());
  const xs = [];
  for (let i = 0; i < RUNS; i++) {
    const arg = setup();
    const t = performance.now();
    fn(arg);
    xs.push(performance.now() - t);
  }
  return median(xs);
}

log(`Sourcelight bench — ${results.machine}; medians of ${RUNS} runs`);

// 1. Real pages
const pagesDir = join(shared, "corpora", "readability-test-pages");
if (existsSync(pagesDir)) {
  log("\n1. Real pages: extract + analyze against Readability.parse alone on the same document");
  const rows = [];
  for (const slug of readdirSync(pagesDir).sort()) {
    const file = join(pagesDir, slug, "source.html");
    if (!existsSync(file)) continue;
    const html = readFileSync(file, "utf8");
    const url = `http://fakehost/${slug}/`;
    const doc = parse(html, url);
    try {
      const readability = time((d) => new Readability(d.cloneNode(true)).parse(), () => doc);
      const ex = time((d) => lib.extract(d, url), () => doc);
      const snap = lib.extract(doc, url);
      const an = time(() => lib.analyze(snap));
      rows.push({ slug, readability, extract: ex, analyze: an, ratio: (ex + an) / readability });
    } catch (e) {
      log(`  ${slug}: failed: ${e.message}`);
    }
    closeAll();
  }
  rows.sort((a, b) => b.ratio - a.ratio);
  for (const r of rows.slice(0, 8)) log(`  ${r.slug.padEnd(30)} readability ${r.readability.toFixed(1)} ms  extract ${r.extract.toFixed(1)} ms  analyze ${r.analyze.toFixed(1)} ms  ratio ${r.ratio.toFixed(2)}`);
  const m = (k) => median(rows.map((r) => r[k]));
  results.realPages = { pages: rows.length, readabilityMs: m("readability"), extractMs: m("extract"), analyzeMs: m("analyze"), medianRatio: m("ratio"), rows };
  log(`  (${rows.length} pages; slowest ratios shown) medians: readability ${m("readability").toFixed(1)} ms, extract ${m("extract").toFixed(1)} ms, analyze ${m("analyze").toFixed(1)} ms`);
  log(`  median ratio (extract + analyze) / Readability: ${m("ratio").toFixed(2)}  (budget ≤ 1.3)`);

  // 3. Worst real page
  const wiki = join(pagesDir, "wikipedia-2", "source.html");
  if (existsSync(wiki)) {
    const url = "https://en.wikipedia.org/wiki/wikipedia-2";
    const doc = parse(readFileSync(wiki, "utf8"), url);
    const ex = time((d) => lib.extract(d, url), () => doc);
    const snap = lib.extract(doc, url);
    const an = time(() => lib.analyze(snap));
    const rd = time((d) => new Readability(d.cloneNode(true)).parse(), () => doc);
    closeAll();
    results.worstPage = { slug: "wikipedia-2", extractMs: ex, analyzeMs: an, readabilityMs: rd };
    log(`\n3. Worst real page, wikipedia-2 (${snap.references.length} references): extract ${ex.toFixed(0)} ms + analyze ${an.toFixed(0)} ms; Readability alone ${rd.toFixed(0)} ms (ratio ${((ex + an) / rd).toFixed(2)})`);
  }
} else {
  log(`\n1./3. ${pagesDir} is absent: real-page figures skipped.`);
}

// 2. Scaling
log("\n2. Scaling on synthetic input (time of each phase; growth factor when the input doubles, budget ≤ 2.3)");
const scaling = [];
for (const [paras, refs] of [[50, 10], [100, 20], [200, 40], [400, 80], [800, 160], [1600, 320], [3200, 640], [5000, 2000]]) {
  const html = syntheticPage(paras, refs);
  const url = "https://bench.example/long-report";
  const t0 = performance.now();
  const doc = parse(html, url);
  const parseMs = performance.now() - t0;
  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const ex = time((d) => lib.extract(d, url), () => doc);
  const snap = lib.extract(doc, url);
  const an = time(() => lib.analyze(snap));
  const heap = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
  closeAll();
  scaling.push({ paragraphs: paras, references: refs, parseMs, extractMs: ex, analyzeMs: an, heapMiB: heap, claims: lib.analyze(snap).claims.length });
}
for (let i = 0; i < scaling.length; i++) {
  const s = scaling[i];
  const prev = scaling[i - 1];
  const grow = prev && s.paragraphs === prev.paragraphs * 2 ? `  growth ×${(s.extractMs / prev.extractMs).toFixed(2)} / ×${(s.analyzeMs / prev.analyzeMs).toFixed(2)}` : "";
  log(`  ${String(s.paragraphs).padStart(5)} paragraphs, ${String(s.references).padStart(4)} refs (${s.claims} claims): extract ${s.extractMs.toFixed(1)} ms, analyze ${s.analyzeMs.toFixed(1)} ms, heap +${s.heapMiB.toFixed(0)} MiB${grow}`);
}
const doublings = scaling.slice(1).filter((s, i) => s.paragraphs === scaling[i].paragraphs * 2).map((s) => {
  const p = scaling[scaling.indexOf(s) - 1];
  return Math.max(s.extractMs / p.extractMs, s.analyzeMs / p.analyzeMs);
});
const worstGrowth = Math.max(...doublings.slice(2)); // the smallest sizes are noise
log(`  worst growth per doubling from 200 paragraphs up: ×${worstGrowth.toFixed(2)} (budget ≤ 2.3)`);
results.scaling = { rows: scaling, worstGrowth };

log("\n   analyze alone on 2,000 claims × 1,000 references, and doubled:");
const a1 = time(() => lib.analyze(syntheticSnapshot(2000, 1000)));
const a2 = time(() => lib.analyze(syntheticSnapshot(4000, 2000)));
log(`   2,000 × 1,000: ${a1.toFixed(0)} ms; 4,000 × 2,000: ${a2.toFixed(0)} ms (×${(a2 / a1).toFixed(2)})`);
results.analyzeLarge = { ms2000x1000: a1, ms4000x2000: a2, growth: a2 / a1 };

// 4. Bundle sizes
log("\n4. Bundle sizes (dist/chrome), minified / gzipped");
const budgets = { "content.js": 80, "popup.js": 40, "background.js": null };
results.bundles = {};
for (const [file, budget] of Object.entries(budgets)) {
  const path = join(root, "dist", "chrome", file);
  if (!existsSync(path)) continue;
  const bytes = statSync(path).size;
  const gz = gzipSync(readFileSync(path)).length;
  results.bundles[file] = { kb: bytes / 1024, gzipKb: gz / 1024, budgetKb: budget };
  log(`  ${file.padEnd(14)} ${(bytes / 1024).toFixed(1)} KB / ${(gz / 1024).toFixed(1)} KB gz${budget ? `  (budget ${budget} KB minified: ${bytes / 1024 <= budget ? "within" : "OVER"})` : ""}`);
}
log("\n5. In-browser timings (trigger → highlights, long tasks) are not measured yet (issue 7).");

mkdirSync(join(root, "bench"), { recursive: true });
writeFileSync(join(root, "bench", "results.json"), JSON.stringify(results, null, 2));
log(`\nFigures written to bench/results.json`);
