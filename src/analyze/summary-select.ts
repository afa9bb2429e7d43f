/**
 * Chooses the summary's points together rather than one by one: an editor's highlights run
 * to about `referenceWords` words and reuse the article's likely words (summary-words.ts), so
 * each next point is the one that most raises the expected overlap of the points with such
 * highlights per word given (an F1: likely words held once count, a word already held counts
 * little, every word given costs) plus `mu` × the sum of the points' sentence scores over `max`
 * (how many of the most points are sentences an editor would pick, summary-scorer.ts: each
 * likely point adds to it, where a mean would let a good third point lower it). Only the sentences scoring among the best
 * `rankGate`, and in the better half of the article's candidates (at least `min`), are considered (the half
 * matters on short articles only: an aside of two sentences in a short article holds words
 * found nowhere else, which the overlap alone would welcome). It stops past `min` points when the next would lower the value,
 * and at `max`. A leaning sentence comes only once the one it leans on is picked; two points
 * sharing most of their words are never both picked. Pure.
 */
import { STOP_WORDS } from "./patterns";
import type { Scored } from "./summary-words";
import { Tokens } from "./tokens";

/** The picker's settings, chosen by cross-validation (summary-weights.json, `select`). */
export interface SelectSettings {
  min: number;
  max: number;
  /** Weight of the points' summed sentence scores (over `max`) against the expected overlap. */
  mu: number;
  /** Only candidates scoring at least the `rankGate`-th best score (0: all). */
  rankGate: number;
  /** How many words editors' highlights run to. */
  referenceWords: number;
  /** The chance that highlights holding a word hold it twice: stop words, other words. */
  repeat: { stop: number; content: number };
}

/** Points come from this best share of the candidates (not learned: the corpus has few articles short enough for it to matter). */
const BETTER_SHARE = 0.5;
/** Two picks sharing more than this share of terms say the same thing. */
const NEAR_DUPLICATE = 0.5;

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let inter = 0;
  a.forEach((t) => b.has(t) && inter++);
  return inter / Math.max(1, a.size + b.size - inter);
}

/** The points among `cands` for word probabilities `prob`, in article order. */
export function selectPoints<C extends Scored>(cands: readonly C[], prob: ReadonlyMap<string, number>, s: SelectSettings, tokens = new Tokens()): C[] {
  const lists = cands.map((c) => tokens.words(c.claim.text));
  const sets = cands.map((c) => new Set(c.terms));
  const ranked = cands.map((c) => c.score).sort((a, b) => b - a);
  const admitted = Math.max(s.min, Math.min(s.rankGate > 0 ? s.rankGate : Infinity, Math.ceil(ranked.length * BETTER_SHARE)));
  const gate = ranked[admitted - 1] ?? -Infinity;
  const held = new Map<string, number>();
  const picks: number[] = [];
  let hits = 0;
  let length = 0;
  let scoreSum = 0;
  let value = -Infinity;
  /** Expected new overlap from `ws` given what is held: a first copy counts its probability, a second its chance of a repeat. */
  const gain = (ws: readonly string[]): number => {
    const here = new Map<string, number>();
    let g = 0;
    for (const w of ws) {
      const k = (held.get(w) ?? 0) + (here.get(w) ?? 0);
      here.set(w, (here.get(w) ?? 0) + 1);
      const p = prob.get(w) ?? 0;
      if (k === 0) g += p;
      else if (k === 1) g += p * (STOP_WORDS.has(w) ? s.repeat.stop : s.repeat.content);
    }
    return g;
  };
  while (picks.length < Math.min(s.max, cands.length)) {
    let best: { i: number; v: number; h: number; l: number } | null = null;
    cands.forEach((c, i) => {
      if (picks.includes(i) || c.score < gate) return;
      if (c.leaning && !picks.includes(c.before)) return;
      if (picks.some((p) => jaccard(sets[p]!, sets[i]!) > NEAR_DUPLICATE)) return;
      const h = hits + gain(lists[i]!);
      const l = length + lists[i]!.length;
      const v = (2 * h) / (l + s.referenceWords) + (s.mu * (scoreSum + c.score)) / s.max;
      // to 9 digits, so that two copies of a sentence tie and the first is kept
      if (!best || Number(v.toPrecision(9)) > Number(best.v.toPrecision(9))) best = { i, v, h, l };
    });
    if (!best) break;
    const b: { i: number; v: number; h: number; l: number } = best;
    if (picks.length >= s.min && b.v <= value) break;
    picks.push(b.i);
    for (const w of lists[b.i]!) held.set(w, (held.get(w) ?? 0) + 1);
    hits = b.h;
    length = b.l;
    scoreSum += cands[b.i]!.score;
    value = b.v;
  }
  return picks.sort((a, b) => cands[a]!.index - cands[b]!.index).map((i) => cands[i]!);
}
