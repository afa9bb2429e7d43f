#!/usr/bin/env node
// Fits the summary scorer's weights (src/analyze/summary-weights.json) on the CNN-Corpus dev split
// and chooses, by 5-fold cross-validation over its articles, how many points to give and the
// cover rule. Features come from the product's own code (dist/lib: scoredCandidates), never a
// copy; this script only fits: a logistic regression (Newton's method, L2, standardised
// features) of "an editor chose this sentence for the gold summary". Deterministic: folds from
// a fixed seed, no other randomness, so the eval can check the shipped file reproduces.
// Usage: npm run train:summary [-- --check] [--corpus DIR] [--snapshots FILE]
//   --check      fit, compare with the shipped file and exit 1 when they differ (writes nothing)
//   --snapshots  keep the pages' snapshots in FILE and read them back next time (extraction is
//                most of the run; delete FILE after changing extract/)
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readCnnCorpus, pageOf, isGold, scoreSummaries, lead3, sentenceIdsOf } from "./cnn-corpus.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const WEIGHTS = join(ROOT, "src/analyze/summary-weights.json");
const args = process.argv.slice(2);
const opt = (k, d) => (args.includes(k) ? args[args.indexOf(k) + 1] : d);
const CORPUS = opt("--corpus", join(ROOT, "../shared/corpora/cnn-corpus-dev"));
const SEED = 20250216;
const FOLDS = 5;
const LAMBDA = 1;
/** Point counts tried: [min, max] and score thresholds between them. */
const COUNTS = [[2, 2], [3, 3], [4, 4], [2, 3], [2, 4], [3, 4]];
const THRESHOLDS = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6];
const COVER_FLOORS = [0.25, 0.3, 0.35, 0.4, 0.45, 0.5];
const COVER_RELATIVE = [0, 0.6, 0.7, 0.8, 0.9];

const lib = await import(join(ROOT, "dist/lib/sourcelight.mjs"));
const { extract, analyze, parseDocument, scoredCandidates, pick, coverScores, FEATURE_NAMES } = lib;

/** A PRNG (mulberry32) for the fold split. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function snapshotsOf(docs) {
  const file = opt("--snapshots");
  if (file && existsSync(file)) return JSON.parse(readFileSync(file, "utf8"));
  const snaps = docs.map((d, i) => {
    const url = `https://cnn-corpus.example/${d.file.replace(/\.xml$/, ".html")}`;
    const { document, close } = parseDocument({ html: pageOf(d), url });
    try {
      return extract(document, url);
    } finally {
      close();
      if (i % 100 === 99) process.stderr.write(`train-summary: read ${i + 1} of ${docs.length} pages\n`);
    }
  });
  if (file) writeFileSync(file, JSON.stringify(snaps));
  return snaps;
}

/** Per article: its candidates (features, label, the product's candidate objects) and its claims. */
function rowsOf(docs, snaps) {
  return docs.map((doc, i) => {
    const report = analyze(snaps[i]);
    const cands = scoredCandidates({ claims: report.claims, blocks: snaps[i].blocks, title: snaps[i].title, description: snaps[i].description });
    return { doc, report, cands, y: cands.map((c) => (isGold(doc, c.claim.text) ? 1 : 0)) };
  });
}

function standardiser(rows) {
  const k = FEATURE_NAMES.length;
  const mean = new Array(k).fill(0), sq = new Array(k).fill(0);
  let n = 0;
  for (const r of rows) for (const c of r.cands) { n++; c.features.forEach((v, j) => { mean[j] += v; sq[j] += v * v; }); }
  for (let j = 0; j < k; j++) mean[j] /= n;
  const scale = sq.map((s, j) => Math.sqrt(Math.max(1e-12, s / n - mean[j] ** 2)));
  return { mean, scale };
}

/** Solves A x = b (Gaussian elimination with partial pivoting; A is small and positive definite). */
function solve(A, b) {
  const n = b.length, M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    for (let r = c + 1; r < n; r++) { const f = M[r][c] / M[c][c]; for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k]; }
  }
  const x = new Array(n).fill(0);
  for (let r = n - 1; r >= 0; r--) { let s = M[r][n]; for (let k = r + 1; k < n; k++) s -= M[r][k] * x[k]; x[r] = s / M[r][r]; }
  return x;
}

/** L2-regularised logistic regression by Newton's method (bias unpenalised). */
function fitLogistic(rows) {
  const { mean, scale } = standardiser(rows);
  const X = [], Y = [];
  for (const r of rows) r.cands.forEach((c, i) => { X.push([1, ...c.features.map((v, j) => (v - mean[j]) / scale[j])]); Y.push(r.y[i]); });
  const d = X[0].length;
  let w = new Array(d).fill(0);
  for (let it = 0; it < 25; it++) {
    const g = new Array(d).fill(0), H = Array.from({ length: d }, () => new Array(d).fill(0));
    for (let i = 0; i < X.length; i++) {
      const x = X[i];
      let z = 0; for (let j = 0; j < d; j++) z += w[j] * x[j];
      const p = 1 / (1 + Math.exp(-z)), q = p * (1 - p);
      for (let j = 0; j < d; j++) { g[j] += (p - Y[i]) * x[j]; for (let k = 0; k <= j; k++) H[j][k] += q * x[j] * x[k]; }
    }
    for (let j = 0; j < d; j++) for (let k = j + 1; k < d; k++) H[j][k] = H[k][j];
    for (let j = 1; j < d; j++) { g[j] += LAMBDA * w[j]; H[j][j] += LAMBDA; }
    const step = solve(H, g);
    w = w.map((v, j) => v - step[j]);
    if (Math.max(...step.map(Math.abs)) < 1e-10) break;
  }
  return { features: [...FEATURE_NAMES], mean, scale, weights: w.slice(1), bias: w[0] };
}

/** The candidates of `row` rescored with `model` (as summary-scorer.ts does; these pages cite nothing). */
function rescore(row, model) {
  return row.cands.map((c) => {
    let z = model.bias;
    c.features.forEach((v, j) => (z += model.weights[j] * ((v - model.mean[j]) / model.scale[j])));
    return { ...c, score: 1 / (1 + Math.exp(-z)) };
  });
}

const summaries = (rows, model, count) => rows.map((r) => pick(rescore(r, model), count).map((p) => p.claim.text));
/** What a count is chosen for: ROUGE-1 against the highlights, with gold precision as a tie-breaker. */
const merit = (s) => s.rouge1 + 5 * s.goldPrecision;

function chooseCount(rows, model) {
  let best = null;
  for (const [min, max] of COUNTS)
    for (const threshold of min === max ? [1] : THRESHOLDS) {
      const count = { min, max, threshold };
      const s = scoreSummaries(rows.map((r) => r.doc), summaries(rows, model, count), false);
      if (!best || merit(s) > merit(best.s) + 1e-9) best = { count, s };
    }
  return best.count;
}

/** Cover pairs of the highlights (as key points) with the sentences each was written from. */
function coverPairsOf(docs, snaps) {
  return docs.map((doc, i) => {
    const report = analyze(snaps[i]);
    const summary = doc.highlights.map((h, k) => ({ text: h.text, claim: `h${k}`, origin: "article" }));
    return coverScores(summary, report.claims).map((list, k) => {
      const from = new Set(doc.highlights[k].from);
      return { doc: i, from: from.size, list: list.map((x) => ({ s: x.similarity, y: sentenceIdsOf(doc, x.claim.text).some((id) => from.has(id)) })) };
    });
  }).flat();
}

/** Covered sentences that are (tp) and are not (fp) those a highlight was written from, and how many those are (all). */
function coverCounts(pairs, rule) {
  let tp = 0, fp = 0, all = 0;
  for (const p of pairs) {
    all += p.from;
    const best = Math.max(0, ...p.list.map((x) => x.s));
    for (const x of p.list) if (x.s >= rule.floor && x.s >= rule.relative * best) x.y ? tp++ : fp++;
  }
  return { tp, fp, all };
}

function coverF1(pairs, rule) {
  return f1Of(coverCounts(pairs, rule));
}

function f1Of({ tp, fp, all }) {
  const P = tp / Math.max(1, tp + fp), R = tp / Math.max(1, all);
  return { precision: +P.toFixed(3), recall: +R.toFixed(3), f1: +((2 * P * R) / Math.max(1e-9, P + R)).toFixed(3) };
}

function chooseCover(pairs) {
  let best = null;
  for (const floor of COVER_FLOORS) for (const relative of COVER_RELATIVE) {
    const f = coverF1(pairs, { floor, relative }).f1;
    if (!best || f > best.f + 1e-9) best = { rule: { floor, relative }, f };
  }
  return best.rule;
}

const docs = readCnnCorpus(CORPUS);
const snaps = snapshotsOf(docs);
const rows = rowsOf(docs, snaps);
const pairs = coverPairsOf(docs, snaps);
const random = rng(SEED);
const fold = docs.map(() => Math.floor(random() * FOLDS));

// Cross-validation: weights, point count and cover rule fitted on four folds, scored on the fifth.
const cvPicks = new Array(rows.length);
const cvCover = { tp: 0, fp: 0, all: 0 };
for (let f = 0; f < FOLDS; f++) {
  const train = rows.filter((_, i) => fold[i] !== f);
  const model = fitLogistic(train);
  const count = chooseCount(train, model);
  rows.forEach((r, i) => fold[i] === f && (cvPicks[i] = pick(rescore(r, model), count).map((p) => p.claim.text)));
  const rule = chooseCover(pairs.filter((p) => fold[p.doc] !== f));
  const c = coverCounts(pairs.filter((p) => fold[p.doc] === f), rule);
  for (const k of ["tp", "fp", "all"]) cvCover[k] += c[k];
  process.stderr.write(`train-summary: fold ${f + 1} of ${FOLDS}: points ${JSON.stringify(count)}, cover ${JSON.stringify(rule)}\n`);
}
const cv = scoreSummaries(docs, cvPicks);
const cvCoverScore = f1Of(cvCover);

// The shipped model: fitted on every article.
const model = fitLogistic(rows);
const points = chooseCount(rows, model);
const cover = chooseCover(pairs);
const inSample = scoreSummaries(docs, summaries(rows, model, points));
const lead = scoreSummaries(docs, docs.map(lead3));
const round = (x) => +x.toFixed(6);
const out = {
  about: "Weights of the summary's logistic scorer (src/analyze/summary-scorer.ts) over the features of src/analyze/summary-features.ts, standardised by mean and scale; the point count and cover rule chosen by cross-validation. Written by scripts/train-summary.mjs; do not edit by hand.",
  fittedOn: "../shared/corpora/cnn-corpus-dev (1,000 CNN articles; label: the sentence is in the human gold summary)",
  fitted: new Date().toISOString().slice(0, 10),
  seed: SEED,
  folds: FOLDS,
  lambda: LAMBDA,
  features: model.features,
  mean: model.mean.map(round),
  scale: model.scale.map(round),
  weights: model.weights.map(round),
  bias: round(model.bias),
  points,
  cover,
  figures: { crossValidated: cv, inSample, lead3: lead, cover: { crossValidated: cvCoverScore, inSample: coverF1(pairs, cover) } },
};
const text = JSON.stringify(out, null, 2) + "\n";
if (args.includes("--check")) {
  const shipped = JSON.parse(readFileSync(WEIGHTS, "utf8"));
  const same = ["features", "mean", "scale", "weights", "bias", "points", "cover"].every((k) => JSON.stringify(shipped[k]) === JSON.stringify(out[k]));
  console.log(JSON.stringify({ reproduces: same, figures: out.figures }));
  process.exit(same ? 0 : 1);
}
writeFileSync(WEIGHTS, text);
console.log(JSON.stringify(out.figures, null, 2));
