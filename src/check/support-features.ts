/**
 * The measurements a support verdict is read from, one number each, computed from a
 * claim's parts and the source: how many parts the source backs, how much of each clause
 * it holds, whether a date or number is contradicted, how much of the claim's wording it
 * holds at all. The same function feeds the shipped verdict and the training script
 * (scripts/train-support.mjs), so the weights fit exactly what the product computes.
 */
import { terms, words } from "../analyze/text";
import type { PartResult } from "./part-lookup";
import { type SourceIndex, pageHas, sentencesWith } from "./source-index";

/** The features, in the order of the weight file's columns. */
export const FEATURE_NAMES = [
  "termsAnywhere",
  "wordsAnywhere",
  "clauseMean",
  "clauseMin",
  "clausesFound",
  "factsFound",
  "factsMissing",
  "contradicted",
  "bestWindow",
  "bestCover",
  "namesMissing",
  "datesMissing",
  "numbersMissing",
  "missingTerms",
  "claimTerms",
  "pageSentences",
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

/** Sentences in the window the whole claim is looked for in. */
const WINDOW = 3;

const share = (n: number, d: number, empty = 1) => (d ? n / d : empty);

/** The best share of the claim's words that WINDOW neighbouring sentences hold together. */
function bestWindow(index: SourceIndex, stems: readonly string[]): number {
  if (!stems.length) return 0;
  const ids = new Map<number, string[]>();
  for (const s of stems) {
    for (const id of index.postings.get(s) ?? []) {
      const list = ids.get(id);
      if (list) list.push(s);
      else ids.set(id, [s]);
    }
  }
  let best = 0;
  for (const id of ids.keys()) {
    const seen = new Set<string>();
    for (let k = 0; k < WINDOW; k++) for (const s of ids.get(id + k) ?? []) seen.add(s);
    best = Math.max(best, seen.size);
  }
  return best / stems.length;
}

/** Sentences the claim may be gathered from (WiCE's evidence for one claim is often spread over 5-10). */
const COVER_SENTENCES = 5;

/**
 * The share of the claim's words that a few sentences about it hold together: sentences
 * taken greedily by how many words they add, each holding at least two of the claim's
 * words (a sentence with one shared word is not about the claim).
 */
function bestCover(index: SourceIndex, stems: readonly string[]): number {
  if (!stems.length) return 0;
  const bySentence = new Map<number, string[]>();
  for (const s of stems) {
    for (const id of sentencesWith(index, s)) {
      const list = bySentence.get(id);
      if (list) list.push(s);
      else bySentence.set(id, [s]);
    }
  }
  const candidates = [...bySentence.values()].filter((l) => l.length >= 2);
  const covered = new Set<string>();
  for (let k = 0; k < COVER_SENTENCES; k++) {
    let best: string[] | null = null;
    let gain = 0;
    for (const l of candidates) {
      const g = l.filter((s) => !covered.has(s)).length;
      if (g > gain) [best, gain] = [l, g];
    }
    if (!best) break;
    for (const s of best) covered.add(s);
  }
  return covered.size / stems.length;
}

const missing = (rs: readonly PartResult[], kind: string) => Math.min(2, rs.filter((r) => r.part.kind === kind && !r.found).length) / 2;

/** The feature vector of one claim against one source, given its parts' look-ups. */
export function supportFeatures(claim: string, results: readonly PartResult[], index: SourceIndex): number[] {
  const stems = [...new Set(terms(claim))];
  const found = stems.filter((s) => pageHas(index, s)).length;
  const long = [...new Set(words(claim).filter((w) => w.length >= 4))];
  const exact = long.filter((w) => index.key.includes(` ${w} `)).length;
  const clauses = results.filter((r) => r.part.kind === "clause");
  const facts = results.filter((r) => r.part.kind !== "clause");
  const factsFound = facts.filter((r) => r.found).length;
  const f: Record<FeatureName, number> = {
    termsAnywhere: share(found, stems.length, 0),
    wordsAnywhere: share(exact, long.length, 0),
    clauseMean: share(clauses.reduce((a, r) => a + r.score, 0), clauses.length, 0),
    clauseMin: clauses.length ? Math.min(...clauses.map((r) => r.score)) : 0,
    clausesFound: share(clauses.filter((r) => r.found).length, clauses.length, 0),
    factsFound: share(factsFound, facts.length),
    factsMissing: Math.min(3, facts.length - factsFound) / 3,
    contradicted: results.some((r) => r.contradicted) ? 1 : 0,
    bestWindow: bestWindow(index, stems),
    bestCover: bestCover(index, stems),
    namesMissing: missing(results, "name") + missing(results, "quote"),
    datesMissing: missing(results, "date"),
    numbersMissing: missing(results, "number"),
    missingTerms: Math.min(6, stems.length - found) / 6,
    claimTerms: Math.log1p(stems.length) / Math.log(64),
    pageSentences: Math.log1p(index.sentences.length) / Math.log(4096),
  };
  return FEATURE_NAMES.map((n) => f[n]);
}

