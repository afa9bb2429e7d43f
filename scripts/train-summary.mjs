#!/usr/bin/env node
// Fits the summary's models (src/analyze/summary-weights.json) on the CNN-Corpus dev split and
// measures them by 5-fold cross-validation over its articles. Features come from the product's
// own code (dist/lib: scoredCandidates, wordFeatures), never a copy; this script only fits:
//   1. a logistic regression (Newton's method, L2, standardised features) of "an editor chose
//      this sentence for the gold summary" over the sentence features;
//   2. a logistic regression of "the editors' highlights use this word" over the word features
//      of each article's words (which include the sentence model's scores);
//   3. the picker's settings (summary-select.ts): the highlights' mean length and repeat rates
//      counted, the weight of the sentence score, the rank gate and the point count chosen on
//      the training articles for ROUGE-1 + 10 x gold precision;
//   4. the cover rule, for F1 of the covered sentences.
// Deterministic: folds from a fixed seed, no other randomness, so the eval can check the shipped
// file reproduces.
// Usage: npm run train:summary [-- --check] [--corpus DIR] [--snapshots FILE]
//   --check      fit on every article (no cross-validation), compare with the shipped file and
//                exit 1 when they differ (writes nothing)
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
/** Picker settings tried: the weight of the sentence score, the rank gate (0: none), the most points. */
const MUS = [0.05, 0.1, 0.15, 0.2, 0.25];
const RANK_GATES = [6, 8, 0];
const MAX_POINTS = [3, 4];
const MIN_POINTS = 2;
const COVER_FLOORS = [0.25, 0.3, 0.35, 0.4, 0.45, 0.5];
const COVER_RELATIVE = [0, 0.6, 0.7, 0.8, 0.9];

const lib = await import(join(ROOT, "dist/lib/sourcelight.mjs"));
const { extract, analyze, parseDocument, scoredCandidates, selectPoints, wordFeatures, words, coverScores, FEATURE_NAMES, WORD_FEATURE_NAMES } = lib;

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
    const head = { title: snaps[i].title, description: snaps[i].description };
    const cands = scoredCandidates({ claims: report.claims, blocks: snaps[i].blocks, ...head });
    const sentences = report.claims.filter((c) => c.kind === "sentence").map((c) => c.text);
    const highlights = new Map();
    for (const w of words(doc.highlights.map((h) => h.text).join(" "))) highlights.set(w, (highlights.get(w) ?? 0) + 1);
    return { doc, cands, sentences, head, highlights, y: cands.map((c) => (isGold(doc, c.claim.text) ? 1 : 0)) };
  });
}

function standardiser(X) {
  const k = X[0].length;
  const mean = new Array(k).fill(0), sq = new Array(k).fill(0);
  for (const x of X) x.forEach((v, j) => { mean[j] += v; sq[j] += v * v; });
  for (let j = 0; j < k; j++) mean[j] /= X.length;
  const scale = sq.map((s, j) => Math.sqrt(Math.max(1e-12, s / X.length - mean[j] ** 2)));
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

/** L2-regularised logistic regression by Newton's method (bias unpenalised) of labels Y on rows X, named `names`. */
function fitLogistic(X0, Y, names) {
  const { mean, scale } = standardiser(X0);
  const X = X0.map((x) => [1, ...x.map((v, j) => (v - mean[j]) / scale[j])]);
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
  return { features: [...names], mean, scale, weights: w.slice(1), bias: w[0] };
}

const probability = (model, x) => {
  let z = model.bias;
  x.forEach((v, j) => (z += model.weights[j] * ((v - model.mean[j]) / model.scale[j])));
  return 1 / (1 + Math.exp(-z));
};

/** The candidates of `row` rescored with the sentence model (as summary-scorer.ts does; these pages cite nothing). */
const rescore = (row, model) => row.cands.map((c) => ({ ...c, score: probability(model, c.features) }));

/** The word probabilities of `row` (its candidates rescored as `scored`) by the word model, as summary.ts computes them. */
function wordProbs(row, scored, wordModel) {
  const out = new Map();
  for (const [w, x] of wordFeatures(row.sentences, scored, row.head)) out.set(w, probability(wordModel, x));
  return out;
}

/** What the picker's settings are chosen for: ROUGE-1 against the highlights, and gold precision (a target too). */
const merit = (s) => s.rouge1 + 10 * s.goldPrecision;

/**
 * Fits the sentence model, the word model and the picker's settings on `rows`; returns them with
 * `apply(row)`, the points the product would give for a row.
 */
function fitAll(rows) {
  const sentenceModel = fitLogistic(rows.flatMap((r) => r.cands.map((c) => c.features)), rows.flatMap((r) => r.y), FEATURE_NAMES);
  const scored = rows.map((r) => rescore(r, sentenceModel));
  const features = rows.map((r, i) => wordFeatures(r.sentences, scored[i], r.head));
  const X = [], Y = [];
  features.forEach((f, i) => { for (const [w, x] of f) { X.push(x); Y.push(rows[i].highlights.has(w) ? 1 : 0); } });
  const wordModel = fitLogistic(X, Y, WORD_FEATURE_NAMES);
  // the highlights' length, and how often a word they hold comes twice (stop words, other words)
  const stopAt = WORD_FEATURE_NAMES.indexOf("stopWord");
  const twice = { stop: [0, 0], content: [0, 0] };
  let referenceWords = 0;
  rows.forEach((r, i) => {
    for (const [w, k] of r.highlights) {
      referenceWords += k;
      const x = features[i].get(w);
      if (!x) continue;
      const t = x[stopAt] ? twice.stop : twice.content;
      t[0]++;
      if (k > 1) t[1]++;
    }
  });
  const base = { min: MIN_POINTS, referenceWords: Math.round(referenceWords / rows.length), repeat: { stop: round3(twice.stop[1] / twice.stop[0]), content: round3(twice.content[1] / twice.content[0]) } };
  const probs = rows.map((r, i) => { const m = new Map(); for (const [w, x] of features[i]) m.set(w, probability(wordModel, x)); return m; });
  let best = null;
  for (const max of MAX_POINTS) for (const rankGate of RANK_GATES) for (const mu of MUS) {
    const select = { ...base, max, mu, rankGate };
    const s = scoreSummaries(rows.map((r) => r.doc), rows.map((r, i) => selectPoints(scored[i], probs[i], select).map((p) => p.claim.text)), false);
    if (!best || merit(s) > merit(best.s) + 1e-9) best = { select, s };
  }
  const select = { min: best.select.min, max: best.select.max, mu: best.select.mu, rankGate: best.select.rankGate, referenceWords: base.referenceWords, repeat: base.repeat };
  const apply = (row) => { const sc = rescore(row, sentenceModel); return selectPoints(sc, wordProbs(row, sc, wordModel), select).map((p) => p.claim.text); };
  return { sentenceModel, wordModel, select, apply };
}

const round3 = (x) => +x.toFixed(3);

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

const check = args.includes("--check");
const docs = readCnnCorpus(CORPUS);
const snaps = snapshotsOf(docs);
const rows = rowsOf(docs, snaps);
const pairs = coverPairsOf(docs, snaps);
const random = rng(SEED);
const fold = docs.map(() => Math.floor(random() * FOLDS));

// Cross-validation: models, picker settings and cover rule fitted on four folds, scored on the
// fifth. Skipped by --check, which only refits the shipped file.
let cv = null, cvCoverScore = null;
if (!check) {
  const cvPicks = new Array(rows.length);
  const cvCover = { tp: 0, fp: 0, all: 0 };
  for (let f = 0; f < FOLDS; f++) {
    const fit = fitAll(rows.filter((_, i) => fold[i] !== f));
    rows.forEach((r, i) => fold[i] === f && (cvPicks[i] = fit.apply(r)));
    const rule = chooseCover(pairs.filter((p) => fold[p.doc] !== f));
    const c = coverCounts(pairs.filter((p) => fold[p.doc] === f), rule);
    for (const k of ["tp", "fp", "all"]) cvCover[k] += c[k];
    process.stderr.write(`train-summary: fold ${f + 1} of ${FOLDS}: picker ${JSON.stringify(fit.select)}, cover ${JSON.stringify(rule)}\n`);
  }
  cv = scoreSummaries(docs, cvPicks);
  cvCoverScore = f1Of(cvCover);
}

// The shipped models: fitted on every article.
const fit = fitAll(rows);
const cover = chooseCover(pairs);
const round = (x) => +x.toFixed(6);
const rounded = (m) => ({ features: m.features, mean: m.mean.map(round), scale: m.scale.map(round), weights: m.weights.map(round), bias: round(m.bias) });
const model = rounded(fit.sentenceModel);
const out = {
  about: "The summary's learned models: a logistic scorer of sentences (src/analyze/summary-scorer.ts) over the features of src/analyze/summary-features.ts, a logistic model of the words editors' highlights use (`words`, over src/analyze/summary-words.ts), each standardised by mean and scale; the picker's settings (`select`, src/analyze/summary-select.ts) and the cover rule chosen by cross-validation. Written by scripts/train-summary.mjs; do not edit by hand.",
  fittedOn: "../shared/corpora/cnn-corpus-dev (1,000 CNN articles; labels: the sentence is in the human gold summary; the word is in the editors' highlights)",
  fitted: new Date().toISOString().slice(0, 10),
  seed: SEED,
  folds: FOLDS,
  lambda: LAMBDA,
  ...model,
  words: rounded(fit.wordModel),
  select: fit.select,
  cover,
};
if (check) {
  const shipped = JSON.parse(readFileSync(WEIGHTS, "utf8"));
  const same = ["features", "mean", "scale", "weights", "bias", "words", "select", "cover"].every((k) => JSON.stringify(shipped[k]) === JSON.stringify(out[k]));
  console.log(JSON.stringify({ reproduces: same }));
  process.exit(same ? 0 : 1);
}
const inSample = scoreSummaries(docs, rows.map((r) => fit.apply(r)));
const lead = scoreSummaries(docs, docs.map(lead3));
out.figures = { crossValidated: cv, inSample, lead3: lead, cover: { crossValidated: cvCoverScore, inSample: coverF1(pairs, cover) } };
writeFileSync(WEIGHTS, JSON.stringify(out, null, 2) + "\n");
console.log(JSON.stringify(out.figures, null, 2));
