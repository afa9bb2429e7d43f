#!/usr/bin/env node
// `npm run bench`: speed and size figures, always as ratios measured side by side in one run
// (timings are never asserted in tests). Writes bench/results.json (not committed).
// 1. real pages (../shared/corpora/readability-test-pages): extract, analyze, Readability.parse alone
// 2. scaling: synthetic pages and snapshots, growth per doubling, peak heap
// 3. the worst real page (wikipedia-2)
// 4. bundle sizes, minified and gzipped, against their budgets, and what they are made of
// 5. the built extension in headless Chromium: trigger → first highlights by stage, longest task
// 6. "Check sources" support verdicts per claim–source pair on a 100 KB source page
// 7. batch: `analyze --warc` pages/second on 1 core, at 1 job and at every core, memory per worker
// BENCH_RUNS (default 5) sets the runs per figure; BENCH_BROWSER_RUNS (default 5) those of 5;
// BENCH_BASE (a commit, e.g. main) has sections 1 and 5 measure that build too, side by side;
// BENCH_SECTIONS (e.g. "4,5") runs only those sections (1 and 3 run together); BENCH_PAGES
// (e.g. "wikipedia-2") only those pages in section 5; BENCH_BATCH_RUNS (default 3) sets the
// runs of 7 at each job count.
import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import os from "node:os";
import { Readability } from "@mozilla/readability";
import { syntheticPage, syntheticSnapshot } from "./synthetic.mjs";
import { gc, median, timeSideBySide, verdict, yieldJob } from "./measure.mjs";
import { bundleSizes } from "./sizes.mjs";
import { browserTimings } from "./browser.mjs";
import { buildOf } from "./base-build.mjs";
import { supportTimings } from "./support.mjs";
import { batchThroughput } from "./batch.mjs";

const root = resolve(import.meta.dirname, "..", "..");
const shared = resolve(process.env.SOURCELIGHT_SHARED ?? join(root, "..", "shared"));
const lib = await import(join(root, "dist", "lib", "sourcelight.mjs"));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BROWSER_RUNS = Number(process.env.BENCH_BROWSER_RUNS ?? 5);
const SECTIONS = new Set((process.env.BENCH_SECTIONS ?? "1,2,3,4,5,6,7").split(",").map((x) => x.trim()));
const RATIO_BUDGET = 1.3;
const GROWTH_BUDGET = 2.3;
const started = performance.now();
const results = {
  machine: `${os.cpus()[0]?.model ?? "?"} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, load average ${os.loadavg()[0].toFixed(1)} at start`,
  date: new Date().toISOString(),
  runs: RUNS,
};
const log = (s = "") => console.log(s);
const MiB = (bytes) => bytes / 2 ** 20;

/** Parses a page with jsdom, runs `fn(document)`, closes the window and lets it be collected. */
async function withPage(html, url, fn) {
  const { document, close } = lib.parseDocument({ html, url });
  try {
    return await fn(document);
  } finally {
    close();
    await yieldJob();
    gc();
  }
}

/**
 * extract, analyze and Readability.parse (on a clone, as extract does) timed side by side on one
 * page; with `base` (another build's library, BENCH_BASE), its extract and analyze too, on the
 * same document.
 */
function measurePage(doc, url, base = null) {
  const snap = lib.extract(doc, url);
  const baseSnap = base?.extract(doc, url);
  return timeSideBySide({
    readability: () => new Readability(doc.cloneNode(true)).parse(),
    extract: () => lib.extract(doc, url),
    analyze: () => lib.analyze(snap),
    // Who says so alone (it runs inside analyze): quotes, speakers and their checks' input.
    quotes: () => lib.quotesOfSnapshot(snap),
    ...(base ? { baseExtract: () => base.extract(doc, url), baseAnalyze: () => base.analyze(baseSnap) } : {}),
  }, RUNS, 400).then((t) => ({ ...t, snap }));
}

/** BENCH_BASE built once, for sections 1 and 5 (null without BENCH_BASE or when it cannot be built); removed at the end. */
let baseBuilt;
const baseBuild = () => {
  if (baseBuilt === undefined) baseBuilt = process.env.BENCH_BASE ? buildOf(root, process.env.BENCH_BASE, log) : null;
  return baseBuilt;
};

log(`Sourcelight bench — ${results.machine}; medians of ${RUNS} runs`);

// 1. Real pages
const pagesDir = join(shared, "corpora", "readability-test-pages");
if (!SECTIONS.has("1") && !SECTIONS.has("3")) {
  // skipped (BENCH_SECTIONS)
} else if (existsSync(pagesDir)) {
  log("\n1. Real pages: extract + analyze against Readability.parse alone on a clone of the same document");
  // BENCH_BASE: that commit's extract and analyze measured beside this build's, page by page.
  const built = baseBuild();
  const base = built ? await import(built.lib) : null;
  const rows = [];
  for (const slug of readdirSync(pagesDir).sort()) {
    const file = join(pagesDir, slug, "source.html");
    if (!existsSync(file)) continue;
    const url = `http://fakehost/${slug}/`;
    try {
      const t = await withPage(readFileSync(file, "utf8"), url, (doc) => measurePage(doc, url, base));
      const baseRatio = base ? { baseExtract: t.baseExtract, baseAnalyze: t.baseAnalyze, baseRatio: (t.baseExtract + t.baseAnalyze) / t.readability } : {};
      rows.push({ slug, readability: t.readability, extract: t.extract, analyze: t.analyze, quotes: t.quotes, quoteCount: lib.quotesOfSnapshot(t.snap).length, ratio: (t.extract + t.analyze) / t.readability, ...baseRatio });
    } catch (e) {
      log(`  ${slug}: failed: ${e.message}`);
    }
  }
  rows.sort((a, b) => b.ratio - a.ratio);
  for (const r of rows.slice(0, 8)) log(`  ${r.slug.padEnd(30)} readability ${r.readability.toFixed(1)} ms  extract ${r.extract.toFixed(1)} ms  analyze ${r.analyze.toFixed(1)} ms  ratio ${r.ratio.toFixed(2)}`);
  const m = (k) => median(rows.map((r) => r[k]));
  const over2 = rows.filter((r) => r.ratio > 2).length;
  results.realPages = { pages: rows.length, readabilityMs: m("readability"), extractMs: m("extract"), analyzeMs: m("analyze"), medianRatio: m("ratio"), pagesOver2x: over2, rows };
  log(`  (${rows.length} pages; the slowest ratios shown; ${over2} above 2×) medians: readability ${m("readability").toFixed(1)} ms, extract ${m("extract").toFixed(1)} ms, analyze ${m("analyze").toFixed(1)} ms`);
  log(`  median ratio (extract + analyze) / Readability: ${m("ratio").toFixed(2)}  (budget ≤ ${RATIO_BUDGET}: ${verdict(m("ratio"), RATIO_BUDGET)})`);
  if (base) {
    results.realPages.base = { commit: process.env.BENCH_BASE, extractMs: m("baseExtract"), analyzeMs: m("baseAnalyze"), medianRatio: m("baseRatio") };
    log(`  ${process.env.BENCH_BASE}, same run, same documents: medians extract ${m("baseExtract").toFixed(1)} ms, analyze ${m("baseAnalyze").toFixed(1)} ms; median ratio ${m("baseRatio").toFixed(2)}`);
  }
  const slowQuotes = rows.reduce((a, b) => (b.quotes > a.quotes ? b : a));
  const quoteShare = rows.reduce((n, r) => n + r.quotes, 0) / Math.max(1e-9, rows.reduce((n, r) => n + r.analyze, 0));
  results.quoteFinding = { pages: rows.length, medianMs: m("quotes"), maxMs: slowQuotes.quotes, slowest: slowQuotes.slug, quotes: rows.reduce((n, r) => n + r.quoteCount, 0), shareOfAnalyze: quoteShare };
  log(`  quote finding (Who says so, inside analyze): median ${m("quotes").toFixed(2)} ms, slowest ${slowQuotes.quotes.toFixed(1)} ms (${slowQuotes.slug}); ${results.quoteFinding.quotes} statements on ${rows.length} pages; ${(quoteShare * 100).toFixed(0)}% of analyze time`);

  // 3. Worst real page
  const wiki = join(pagesDir, "wikipedia-2", "source.html");
  if (existsSync(wiki)) {
    const url = "https://en.wikipedia.org/wiki/wikipedia-2";
    const t = await withPage(readFileSync(wiki, "utf8"), url, (doc) => measurePage(doc, url));
    const markers = t.snap.blocks.reduce((n, b) => n + b.markers.length, 0);
    results.worstPage = { slug: "wikipedia-2", extractMs: t.extract, analyzeMs: t.analyze, readabilityMs: t.readability, references: t.snap.references.length, markers };
    log(`\n3. Worst real page, wikipedia-2 (${t.snap.references.length} references, ${markers} markers): extract ${t.extract.toFixed(0)} ms + analyze ${t.analyze.toFixed(0)} ms; Readability alone ${t.readability.toFixed(0)} ms (ratio ${((t.extract + t.analyze) / t.readability).toFixed(2)})`);
  }
} else {
  log(`\n1./3. ${pagesDir} is absent: real-page figures skipped.`);
}

// 2. Scaling. One parsed page is not enough: the same synthetic page, parsed again, runs up to
// ±20% faster or slower in jsdom (Readability alone shows the same spread), which made single
// doublings read ×3 one run and ×1.9 the next. Each size is parsed several times (5 up to 800
// paragraphs, where the spread is widest; 3 above); a size's figure is the median over those
// documents of each document's median. Every run starts after a full collection (see
// timeSideBySide), or Readability's garbage is collected in extract's time.
if (SECTIONS.has("2")) {
  const docsFor = (paras) => Number(process.env.BENCH_SCALING_DOCS ?? (paras <= 800 ? 5 : 3));
  const runs = Math.max(3, RUNS - 2);
  log(`\n2. Scaling on synthetic input (each size parsed ${docsFor(50)} times up to 800 paragraphs and ${docsFor(1600)} above, ${runs} runs each; growth when the input doubles, budget ≤ ${GROWTH_BUDGET}; peak heap above the page)`);
  const scaling = [];
  for (const [paras, refs] of [[50, 10], [100, 20], [200, 40], [400, 80], [800, 160], [1600, 320], [3200, 640], [5000, 2000]]) {
    const url = "https://bench.example/long-report";
    const html = syntheticPage(paras, refs);
    const docs = [];
    for (let d = 0; d < docsFor(paras); d++) {
      const t0 = performance.now();
      docs.push(await withPage(html, url, async (doc) => {
        const parseMs = performance.now() - t0;
        gc();
        const heap0 = process.memoryUsage().heapUsed;
        const snap = lib.extract(doc, url);
        const t = await timeSideBySide({
          readability: () => new Readability(doc.cloneNode(true)).parse(),
          extract: () => lib.extract(doc, url),
          analyze: () => lib.analyze(snap),
        }, runs, 0, { collect: true, warmUp: d === 0 }); // the same code on the same page: warm after the first
        return { parseMs, ...t, peakHeapMiB: MiB(t.peakHeap - heap0), claims: lib.analyze(snap).claims.length };
      }));
    }
    const m = (k) => median(docs.map((x) => x[k]));
    scaling.push({ paragraphs: paras, documents: docs.length, references: refs, parseMs: m("parseMs"), readabilityMs: m("readability"), extractMs: m("extract"), analyzeMs: m("analyze"), peakHeapMiB: Math.max(...docs.map((x) => x.peakHeapMiB)), claims: docs[0].claims, extractSpread: Math.max(...docs.map((x) => x.extract)) / Math.min(...docs.map((x) => x.extract)) });
  }
  for (let i = 0; i < scaling.length; i++) {
    const s = scaling[i];
    const prev = scaling[i - 1];
    const grow = prev && s.paragraphs === prev.paragraphs * 2 ? `  growth ×${(s.extractMs / prev.extractMs).toFixed(2)} / ×${(s.analyzeMs / prev.analyzeMs).toFixed(2)} (Readability ×${(s.readabilityMs / prev.readabilityMs).toFixed(2)})` : "";
    log(`  ${String(s.paragraphs).padStart(5)} paragraphs, ${String(s.references).padStart(4)} refs (${s.claims} claims): extract ${s.extractMs.toFixed(1)} ms (documents within ×${s.extractSpread.toFixed(2)}), analyze ${s.analyzeMs.toFixed(1)} ms, Readability alone ${s.readabilityMs.toFixed(1)} ms, peak heap +${s.peakHeapMiB.toFixed(0)} MiB${grow}`);
  }
  const doublings = scaling.slice(1).flatMap((s, i) => (s.paragraphs === scaling[i].paragraphs * 2 ? [{ at: s.paragraphs, g: Math.max(s.extractMs / scaling[i].extractMs, s.analyzeMs / scaling[i].analyzeMs) }] : []));
  const worstGrowth = Math.max(...doublings.filter((d) => d.at > 200).map((d) => d.g)); // the smallest sizes are noise
  log(`  worst growth per doubling above 200 paragraphs: ×${worstGrowth.toFixed(2)} (budget ≤ ${GROWTH_BUDGET}: ${verdict(worstGrowth, GROWTH_BUDGET)})`);
  results.scaling = { runsPerDoc: runs, rows: scaling, worstGrowth };

  log("\n   analyze alone on 2,000 claims × 1,000 references, and doubled:");
  const small = syntheticSnapshot(2000, 1000);
  const big = syntheticSnapshot(4000, 2000);
  const large = await timeSideBySide({ a1: () => lib.analyze(small), a2: () => lib.analyze(big) }, Math.max(3, RUNS >> 1));
  log(`   2,000 × 1,000: ${large.a1.toFixed(0)} ms; 4,000 × 2,000: ${large.a2.toFixed(0)} ms (×${(large.a2 / large.a1).toFixed(2)}, budget ≤ ${GROWTH_BUDGET}: ${verdict(large.a2 / large.a1, GROWTH_BUDGET)})`);
  results.analyzeLarge = { ms2000x1000: large.a1, ms4000x2000: large.a2, growth: large.a2 / large.a1 };
}

// 4. Bundle sizes
if (SECTIONS.has("4")) results.bundles = bundleSizes(root, log);

// 5. In the browser
if (SECTIONS.has("5")) results.browser = await browserTimings(root, shared, BROWSER_RUNS, log, { baseBuild: baseBuild() });

// 6. Support verdicts
if (SECTIONS.has("6")) results.support = await supportTimings(lib, RUNS, log);

// 7. Batch: worker threads over a WARC
if (SECTIONS.has("7")) results.batch = await batchThroughput(root, log, { runs: Number(process.env.BENCH_BATCH_RUNS ?? 3) });

baseBuilt?.remove();
results.totalSeconds = (performance.now() - started) / 1000;
mkdirSync(join(root, "bench"), { recursive: true });
writeFileSync(join(root, "bench", "results.json"), JSON.stringify(results, null, 2));
log(`\nFigures written to bench/results.json (${results.totalSeconds.toFixed(0)} s)`);
