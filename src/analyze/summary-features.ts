/**
 * The features of a candidate sentence that say whether an editor would pick it as a key
 * point of a news article: where it stands (news is written inverted-pyramid, but the first
 * line is often a hook), how much of the headline and standfirst it repeats, how central it
 * is (TextRank), names and numbers, length, quotation and speech, first person, and whether
 * it leans on the sentence before. The product scores with these (summary-scorer.ts) and the
 * training script (scripts/train-summary.mjs) fits its weights on exactly these values.
 */
import type { Candidate } from "./summary-candidates";
import { SUMMARY_PATTERNS as P } from "./summary-patterns";
import { terms } from "./text";
import { textRank } from "./textrank";

/** The features' names, in the order of every vector (the weight file names them too). */
export const FEATURE_NAMES = [
  "first",
  "second",
  "third",
  "fourth",
  "lead5to7",
  "lead8to11",
  "body12to21",
  "posInverse",
  "posRelative",
  "paraStart",
  "headlineShare",
  "headlineDensity",
  "centrality",
  "topicWords",
  "names",
  "numbers",
  "length",
  "short",
  "quoted",
  "speech",
  "firstPerson",
  "leaning",
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

/** At most this many candidates enter the TextRank graph (the earliest ones). */
export const MAX_RANKED = 300;
/** An article's most frequent terms, for `topicWords`. */
const TOPIC_TERMS = 10;

/** What the article says of itself besides its sentences: headline and standfirst. */
export interface ArticleHead {
  title: string | null;
  description: string | null;
}

/** Share of words inside quotation marks (a sentence that is mostly a quotation). */
function quotedShare(text: string): number {
  const marks = [...text.matchAll(P.quoteMark)].map((m) => m.index);
  let inside = 0;
  for (let i = 0; i + 1 < marks.length; i += 2) inside += marks[i + 1]! - marks[i]!;
  // an opened quotation that runs on past the sentence's end
  if (marks.length % 2 === 1) inside += text.length - marks[marks.length - 1]!;
  return Math.min(1, inside / Math.max(1, text.length));
}

/** Capitalised words that are not the sentence's first word, per word (names, places, bodies). */
function nameShare(text: string, words: number): number {
  const caps = text.replace(/^[\s"“‘'(]*\S+/, "").match(/(?<![.!?]\s)(?<=\s|["“(])\p{Lu}[\p{L}'’.-]*/gu) ?? [];
  return Math.min(1, caps.length / Math.max(1, words));
}

/** First person outside quotation marks. */
function firstPerson(text: string): boolean {
  return P.firstPerson.test(text.replace(/["“][^"”]*["”]?/g, " "));
}

/** One vector of FEATURE_NAMES' values per candidate, in the candidates' order. */
export function featuresOf(cands: Candidate[], head: ArticleHead, sentenceCount: number): number[][] {
  const headline = new Set(terms(`${head.title ?? ""} ${head.description ?? ""}`));
  const sets = cands.map((c) => new Set(c.terms));
  const ranked = sets.slice(0, MAX_RANKED);
  const rank = textRank(ranked);
  const freq = new Map<string, number>();
  for (const s of sets) for (const t of s) freq.set(t, (freq.get(t) ?? 0) + 1);
  const topic = new Set([...freq].filter(([, n]) => n > 1).sort((a, b) => b[1] - a[1]).slice(0, TOPIC_TERMS).map(([t]) => t));
  const last = Math.max(1, sentenceCount - 1);
  return cands.map((c, i) => {
    const set = sets[i]!;
    let inHead = 0;
    let inTopic = 0;
    for (const t of set) {
      if (headline.has(t)) inHead++;
      if (topic.has(t)) inTopic++;
    }
    const values: Record<FeatureName, number> = {
      first: c.index === 0 ? 1 : 0,
      second: c.index === 1 ? 1 : 0,
      third: c.index === 2 ? 1 : 0,
      fourth: c.index === 3 ? 1 : 0,
      lead5to7: c.index >= 4 && c.index <= 6 ? 1 : 0,
      lead8to11: c.index >= 7 && c.index <= 10 ? 1 : 0,
      body12to21: c.index >= 11 && c.index <= 20 ? 1 : 0,
      posInverse: 1 / (1 + c.index),
      posRelative: Math.min(1, c.index / last),
      paraStart: c.paraStart ? 1 : 0,
      headlineShare: headline.size ? inHead / headline.size : 0,
      headlineDensity: inHead / Math.max(1, set.size),
      // the rank relative to an even share (1 = average), on a log scale; past the cap, the least
      centrality: i < ranked.length ? Math.log(1e-3 + rank[i]! * ranked.length) : Math.log(1e-3),
      topicWords: topic.size ? inTopic / topic.size : 0,
      names: nameShare(c.claim.text, c.words),
      numbers: /\d/.test(c.claim.text) ? 1 : 0,
      length: Math.min(3, c.words / 25),
      short: c.words < 12 ? 1 : 0,
      quoted: quotedShare(c.claim.text),
      speech: P.speech.test(c.claim.text) ? 1 : 0,
      firstPerson: firstPerson(c.claim.text) ? 1 : 0,
      leaning: c.leaning ? 1 : 0,
    };
    return FEATURE_NAMES.map((n) => values[n]);
  });
}
