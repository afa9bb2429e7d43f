/**
 * Which of the article's words an editor's highlights would likely use. Editors write key
 * points from the article's own words: the ones it repeats, the headline's, names and
 * numbers, the words of the sentences they would pick; rarely a word said once in a quote.
 * This module gives each word type of the article those features and, with the weights of a
 * logistic model (summary-weights.json, `words`), the probability that the highlights hold
 * it. The picker (summary-select.ts) then prefers points that hold many likely words in few
 * words. Pure: sentences and scored candidates in, a word → probability map out.
 */
import type { Candidate } from "./summary-candidates";
import type { ArticleHead } from "./summary-features";
import { STOP_WORDS } from "./patterns";
import { Tokens } from "./tokens";

/** The word features' names, in the order of every vector (the weight file names them too). */
export const WORD_FEATURE_NAMES = [
  "frequency",
  "spread",
  "inHeadline",
  "firstAt",
  "inLead",
  "stopWord",
  "capitalised",
  "digit",
  "length",
  "bestSentence",
  "stopFrequency",
  "headlineContent",
  "articleLength",
  "sentenceMass",
] as const;

export type WordFeatureName = (typeof WORD_FEATURE_NAMES)[number];

/** The first sentences, where news states its story ("inLead"). */
const LEAD_SENTENCES = 3;

/** A candidate with the picker's score (the sentence model's probability, maybe nudged for a source). */
export interface Scored extends Candidate {
  score: number;
}

interface WordStats {
  tf: number;
  sentences: number;
  first: number;
  capitalised: number;
}

/** A word capitalised past a sentence's first word (a name), lower-cased as `words` gives it. */
function capitalisedWords(text: string, tokens: Tokens): Set<string> {
  const out = new Set<string>();
  for (const token of text.split(/\s+/).slice(1)) {
    const m = token.match(/^[("“‘'[]*(\p{Lu}[\p{L}\p{N}]*)/u);
    if (m) for (const w of tokens.words(m[1]!)) out.add(w);
  }
  return out;
}

/**
 * One vector of WORD_FEATURE_NAMES' values per word type of the article's sentences
 * (`sentences`: every body sentence in order), given the scored candidates among them.
 */
export function wordFeatures(sentences: readonly string[], cands: readonly Scored[], head: ArticleHead, tokens = new Tokens()): Map<string, number[]> {
  const stats = new Map<string, WordStats>();
  sentences.forEach((text, at) => {
    const caps = capitalisedWords(text, tokens);
    const seen = new Set<string>();
    for (const w of tokens.words(text)) {
      let s = stats.get(w);
      if (!s) stats.set(w, (s = { tf: 0, sentences: 0, first: at, capitalised: 0 }));
      s.tf++;
      if (seen.has(w)) continue;
      seen.add(w);
      s.sentences++;
      if (caps.has(w)) s.capitalised++;
    }
  });
  const best = new Map<string, number>();
  const mass = new Map<string, number>();
  for (const c of cands) {
    for (const w of new Set(tokens.words(c.claim.text))) {
      best.set(w, Math.max(best.get(w) ?? 0, c.score));
      mass.set(w, (mass.get(w) ?? 0) + c.score);
    }
  }
  const headline = new Set(tokens.words(`${head.title ?? ""} ${head.description ?? ""}`));
  const n = Math.max(1, sentences.length);
  const articleLength = Math.log(n);
  const out = new Map<string, number[]>();
  for (const [w, s] of stats) {
    const stop = STOP_WORDS.has(w) ? 1 : 0;
    const inHead = headline.has(w) ? 1 : 0;
    const frequency = Math.log(1 + s.tf);
    // WORD_FEATURE_NAMES' values, in its order (an array literal: a record per word type, read back
    // by name, was a sixth of the summary's time)
    out.set(w, [
      frequency,
      s.sentences / n, // spread
      inHead, // inHeadline
      1 / (1 + s.first), // firstAt
      s.first < LEAD_SENTENCES ? 1 : 0, // inLead
      stop, // stopWord
      s.capitalised / s.sentences, // capitalised
      /\d/.test(w) ? 1 : 0, // digit
      Math.min(12, w.length) / 12, // length
      best.get(w) ?? 0, // bestSentence
      stop * frequency, // stopFrequency
      inHead * (1 - stop), // headlineContent
      articleLength,
      Math.log(1 + (mass.get(w) ?? 0)), // sentenceMass
    ]);
  }
  return out;
}

/** A logistic model over standardised features, as the weight file keeps it. */
export interface LogisticModel {
  features: string[];
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

/** The model's probability for feature vector `x` (0..1). */
export function logistic(model: LogisticModel, x: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < x.length; i++) z += model.weights[i]! * ((x[i]! - model.mean[i]!) / model.scale[i]!);
  return 1 / (1 + Math.exp(-z));
}

/** Whether a model's file names exactly these features, in this order. */
export function namesMatch(model: { features: readonly string[] } | undefined, names: readonly string[]): boolean {
  return !!model && model.features.length === names.length && model.features.every((f, i) => f === names[i]);
}

/** The probability that the highlights use each word of the article, by `model`. */
export function wordProbabilities(features: Map<string, number[]>, model: LogisticModel): Map<string, number> {
  const out = new Map<string, number>();
  for (const [w, x] of features) out.set(w, logistic(model, x));
  return out;
}
