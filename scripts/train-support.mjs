#!/usr/bin/env node
// `npm run train:support`: fits the support verdict's weights (src/check/support-weights.json)
// on the WiCE dev split (../shared/corpora/wice-dev/claims.jsonl) and nothing else.
// Each claim is read as the CLI reads it: its page (the claim with one citation) and its
// source page (the evidence sentences as paragraphs, as ../shared/tools/verify-eval.mjs
// serves them) go through the built library's extract/analyze and "Check sources" text
// reader; the features are the product's own (dist/lib: examine → support-features.ts).
// The script only fits: a three-way logistic regression (L2, full-batch gradient descent
// from zero, so the same data gives the same weights), then the two verdict thresholds,
// both chosen by repeated 5-fold cross-validation with a fixed seed. It reports the
// cross-validated figures (thresholds chosen inside each training fold: nested) beside the
// in-sample ones, and writes them into the weights file as provenance.
// Flags: --check  fit again and compare with the shipped file (exit 1 when they differ);
//        --shared DIR  where ../shared is.
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const shared = resolve(args.includes("--shared") ? args[args.indexOf("--shared") + 1] : (process.env.SOURCELIGHT_SHARED ?? join(root, "..", "shared")));
const CHECK = args.includes("--check");
const SPLIT = "corpora/wice-dev/claims.jsonl";
const OUT = join(root, "src", "check", "support-weights.json");
const SEED = 15;
const FOLDS = 5;
const REPEATS = 4;
const L2 = 0.01;
const ITERATIONS = 2000;
const RATE = 0.5;
/** The verdict classes in the weight rows' order, and WiCE's labels for them. */
const CLASSES = ["found", "partial", "not-found"];
const LABEL = { supported: 0, partially_supported: 1, not_supported: 2 };
/** What the thresholds are chosen for: the issue's targets, all at once (the worst margin is maximised). */
const TARGETS = { balancedAccuracy: 0.72, macroF1: 0.6, exact: 0.6 };

const file = join(shared, SPLIT);
if (!existsSync(file)) {
  console.log(`train-support: ${file} is absent; nothing to train on.`);
  process.exit(CHECK ? 0 : 1);
}
const lib = await import(join(root, "dist", "lib", "sourcelight.mjs"));

// ── the data, read as the product reads it ──
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const norm = (s) => String(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
const readPage = (html, url, fn) => {
  const { document, close } = lib.parseDocument({ html, url });
  try {
    return fn(lib.extract(document, url));
  } finally {
    close();
  }
};
function examples() {
  const out = [];
  for (const line of readFileSync(file, "utf8").split("\n").filter(Boolean)) {
    const r = JSON.parse(line);
    const meta = typeof r.meta === "string" ? JSON.parse(r.meta.replace(/'/g, '"')) : r.meta;
    const src = `http://127.0.0.1/src/${meta.id}`;
    const page = `<!DOCTYPE html><html lang="en"><head><title>${esc(meta.claim_title)}</title></head><body><main><article><h1>${esc(meta.claim_title)}</h1><p>${esc(r.claim)}<sup class="reference"><a href="#cite_note-1">[1]</a></sup></p><p>This paragraph gives the article enough body text to be read as an article, and it cites nothing at all.</p><h2>References</h2><ol class="references"><li id="cite_note-1"><a href="#cite_ref-1">^</a> <cite><a rel="nofollow" class="external text" href="${src}">Source document for ${esc(meta.id)}</a></cite></li></ol></article></main></body></html>`;
    const report = readPage(page, `file:///wice/${meta.id}.html`, (snap) => lib.analyze(snap));
    // The cited sentence as the analyzer reads it (a claim may be split at an abbreviation).
    const claim = report.claims.find((c) => c.sources.length)?.text ?? r.claim;
    const source = `<!DOCTYPE html><html><head><title>Source for ${esc(meta.id)}</title></head><body><article><h1>Source document</h1>${r.evidence.map((p) => `<p>${esc(p)}</p>`).join("")}</article></body></html>`;
    const blocks = readPage(source, src, (snap) => lib.readableBlocks(snap, source, true));
    const examined = lib.examine(claim, lib.indexSource(blocks));
    out.push({ id: meta.id, y: LABEL[r.label], examined, x: examined.features });
  }
  return out;
}

// ── the fit ──
function fit(rows) {
  const d = rows[0].x.length;
  const K = CLASSES.length;
  const W = Array.from({ length: K }, () => new Float64Array(d + 1));
  const G = Array.from({ length: K }, () => new Float64Array(d + 1));
  const p = new Float64Array(K);
  for (let it = 0; it < ITERATIONS; it++) {
    for (const g of G) g.fill(0);
    for (const r of rows) {
      softmax(W, r.x, p);
      for (let k = 0; k < K; k++) {
        const g = p[k] - (r.y === k ? 1 : 0);
        const Gk = G[k];
        for (let j = 0; j < d; j++) Gk[j] += g * r.x[j];
        Gk[d] += g;
      }
    }
    for (let k = 0; k < K; k++) for (let j = 0; j <= d; j++) W[k][j] -= RATE * (G[k][j] / rows.length + (j < d ? L2 * W[k][j] : 0));
  }
  return W.map((w) => [...w]);
}
function softmax(W, x, out) {
  let top = -Infinity;
  for (let k = 0; k < W.length; k++) {
    const w = W[k];
    let z = w[x.length];
    for (let j = 0; j < x.length; j++) z += w[j] * x[j];
    out[k] = z;
    if (z > top) top = z;
  }
  let sum = 0;
  for (let k = 0; k < W.length; k++) sum += out[k] = Math.exp(out[k] - top);
  for (let k = 0; k < W.length; k++) out[k] /= sum;
}
const model = (W, thresholds, features) => ({ features, weights: W, thresholds });
const verdict = (r, m) => CLASSES.indexOf(lib.verdictOf(r.examined, m));

function figures(rows, got) {
  const exact = rows.filter((r, i) => r.y === got[i]).length / rows.length;
  const f1 = (c) => {
    const tp = rows.filter((r, i) => r.y === c && got[i] === c).length;
    const n = rows.filter((r) => r.y === c).length + got.filter((g) => g === c).length;
    return n ? (2 * tp) / n : 0;
  };
  const pos = rows.map((r, i) => [r, got[i]]).filter(([r]) => r.y === 0);
  const neg = rows.map((r, i) => [r, got[i]]).filter(([r]) => r.y !== 0);
  const balancedAccuracy = (pos.filter(([, g]) => g === 0).length / pos.length + neg.filter(([, g]) => g !== 0).length / neg.length) / 2;
  return { exact, macroF1: (f1(0) + f1(1) + f1(2)) / 3, balancedAccuracy };
}
const worstMargin = (f) => Math.min(f.balancedAccuracy - TARGETS.balancedAccuracy, f.macroF1 - TARGETS.macroF1, f.exact - TARGETS.exact);
const mean = (list) => Object.fromEntries(Object.keys(list[0]).map((k) => [k, list.reduce((a, f) => a + f[k], 0) / list.length]));

function random(seed) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}
function folds(n, seed) {
  const next = random(seed);
  const order = [...Array(n).keys()];
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return Array.from({ length: FOLDS }, (_, f) => new Set(order.filter((_, i) => i % FOLDS === f)));
}
/** Out-of-fold weights for every row, per repeat: a row's weights were fitted without it. */
function outOfFold(rows, seed) {
  return Array.from({ length: REPEATS }, (_, rep) => {
    const own = new Array(rows.length);
    for (const fold of folds(rows.length, seed + rep)) {
      const W = fit(rows.filter((_, i) => !fold.has(i)));
      for (const i of fold) own[i] = W;
    }
    return own;
  });
}
const GRID = Array.from({ length: 17 }, (_, i) => 0.2 + i * 0.025);
/** The thresholds whose cross-validated verdicts meet the targets by the widest margin. */
function chooseThresholds(rows, oof, features) {
  let best = null;
  for (const found of GRID) {
    for (const notFound of GRID) {
      const t = { found, notFound };
      const f = mean(oof.map((own) => figures(rows, rows.map((r, i) => verdict(r, model(own[i], t, features))))));
      if (!best || worstMargin(f) > worstMargin(best.f) + 1e-12) best = { t, f };
    }
  }
  return best;
}

const t0 = Date.now();
const rows = examples();
const features = [...lib.SUPPORT_FEATURES];
log(`train-support: ${rows.length} claims of ${SPLIT}, ${features.length} features, read in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

// Nested cross-validation, for an honest figure: thresholds chosen on each outer training part alone
// (skipped by --check, which only needs the weights and thresholds).
const nested = [];
for (const fold of CHECK ? [] : folds(rows.length, SEED + 100)) {
  const train = rows.filter((_, i) => !fold.has(i));
  const test = rows.filter((_, i) => fold.has(i));
  const chosen = chooseThresholds(train, outOfFold(train, SEED), features);
  const W = fit(train);
  nested.push(...test.map((r) => ({ r, got: verdict(r, model(W, chosen.t, features)) })));
}
const cv = CHECK ? null : figures(nested.map((n) => n.r), nested.map((n) => n.got));
const chosen = chooseThresholds(rows, outOfFold(rows, SEED), features);
const W = fit(rows);
const round = (v) => Math.round(v * 1e4) / 1e4;
const shipped = model(W.map((w) => w.map(round)), { found: round(chosen.t.found), notFound: round(chosen.t.notFound) }, features);
const inSample = figures(rows, rows.map((r) => verdict(r, shipped)));
const r3 = (f) => Object.fromEntries(Object.entries(f).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
const weights = {
  about: "Support verdict weights: a three-way logistic regression (rows: found, partial, not-found; a weight per feature, then the bias) and the verdict thresholds. Fitted by scripts/train-support.mjs; do not edit by hand.",
  split: `WiCE dev (${SPLIT}), ${rows.length} claims`,
  fitted: new Date().toISOString().slice(0, 10),
  seed: SEED,
  fit: { l2: L2, iterations: ITERATIONS, rate: RATE, folds: FOLDS, repeats: REPEATS },
  features,
  weights: shipped.weights,
  thresholds: shipped.thresholds,
  figures: { nestedCv: cv && r3(cv), repeatedCv: r3(chosen.f), inSample: r3(inSample) },
};

if (cv) log(`  nested ${FOLDS}-fold CV: exact ${cv.exact.toFixed(3)}, macro-F1 ${cv.macroF1.toFixed(3)}, balanced accuracy ${cv.balancedAccuracy.toFixed(3)}`);
log(`  repeated ${FOLDS}-fold CV (×${REPEATS}) at the chosen thresholds (found ≥ ${shipped.thresholds.found}, not-found ≥ ${shipped.thresholds.notFound}): exact ${chosen.f.exact.toFixed(3)}, macro-F1 ${chosen.f.macroF1.toFixed(3)}, balanced accuracy ${chosen.f.balancedAccuracy.toFixed(3)}`);
log(`  in-sample: exact ${inSample.exact.toFixed(3)}, macro-F1 ${inSample.macroF1.toFixed(3)}, balanced accuracy ${inSample.balancedAccuracy.toFixed(3)}`);

if (CHECK) {
  const current = JSON.parse(readFileSync(OUT, "utf8"));
  const same = JSON.stringify([current.features, current.weights, current.thresholds]) === JSON.stringify([weights.features, weights.weights, weights.thresholds]);
  log(same ? "train-support: the shipped weights reproduce" : "train-support: the shipped weights DIFFER from a fresh fit; run npm run train:support");
  process.exitCode = same ? 0 : 1;
} else {
  writeFileSync(OUT, JSON.stringify(weights, null, 1) + "\n");
  log(`train-support: wrote ${OUT} (${(JSON.stringify(weights).length / 1024).toFixed(1)} KB); rebuild to ship it`);
}
function log(s) {
  console.log(s);
}
