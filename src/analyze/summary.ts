/**
 * The summary points: the page's own key points when it has them; else, on an article built
 * from item headings ("15 tips", numbered headings), the headings; else the sentences an
 * editor would pick, scored by a learned logistic scorer over news features
 * (summary-features.ts, summary-scorer.ts) and nudged towards sentences that rest on a source,
 * since those are the ones a reader can check. A point stands alone: no caption, byline, credit,
 * line of links or question (summary-candidates.ts), and a sentence that leans on the one
 * before it only right after that one. Each point then lists the body it covers (covers.ts).
 */
import type { ReportClaim, SnapshotBlock, SummaryPoint } from "../report";
import { candidatesOf, type Candidate } from "./summary-candidates";
import { featuresOf, type ArticleHead } from "./summary-features";
import { headingPoints } from "./summary-headings";
import { pickProbability, POINT_COUNT } from "./summary-scorer";

/** How much a backed sentence is preferred: score × (1 + SOURCED_BONUS × best source score). Not learned: the corpus cites nothing. */
const SOURCED_BONUS = 0.5;
/** Two picks sharing more than this share of words say the same thing. */
const NEAR_DUPLICATE = 0.5;

/** What the summary is picked from. */
export interface SummaryInput extends ArticleHead {
  claims: ReportClaim[];
  blocks: SnapshotBlock[];
  /** Reference ids that are remarks (a disclosure), which do not make a sentence "sourced". */
  notes?: ReadonlySet<string>;
}

/** A candidate with its features and its score. */
export interface ScoredCandidate extends Candidate {
  features: number[];
  score: number;
}

/** Every candidate sentence of the article, with the features and score the picker uses (also what training reads). */
export function scoredCandidates(input: SummaryInput): ScoredCandidate[] {
  const cands = candidatesOf(input.claims, input.blocks);
  const sentences = input.claims.filter((c) => c.kind === "sentence").length;
  const features = featuresOf(cands, input, sentences);
  const notes = input.notes ?? new Set<string>();
  return cands.map((c, i) => {
    const sourced = c.claim.sources.find((s) => !notes.has(s.ref))?.score ?? 0;
    return { ...c, features: features[i]!, score: pickProbability(features[i]!) * (1 + SOURCED_BONUS * sourced) };
  });
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let inter = 0;
  a.forEach((t) => b.has(t) && inter++);
  return inter / Math.max(1, a.size + b.size - inter);
}

/**
 * The best candidates in the count POINT_COUNT allows, in article order: each time the best
 * one left that says something new, where a leaning sentence counts only once the sentence it
 * leans on is picked (so picking that one can make it the next best).
 */
export function pick(scored: ScoredCandidate[], count = POINT_COUNT): ScoredCandidate[] {
  // to 9 digits: two copies of a sentence score alike but for rounding in the sums, and the
  // stable sort then keeps the first copy first
  const order = scored.map((c, i) => ({ c, i, score: Number(c.score.toPrecision(9)), set: new Set(c.terms) })).sort((a, b) => b.score - a.score);
  const picks: typeof order = [];
  const taken = new Set<number>();
  const max = Math.min(count.max, scored.length);
  while (picks.length < max) {
    const next = order.find(
      (x) =>
        !taken.has(x.i) &&
        (!x.c.leaning || taken.has(x.c.before)) &&
        !picks.some((p) => jaccard(p.set, x.set) > NEAR_DUPLICATE),
    );
    if (!next || (picks.length >= count.min && next.score < count.threshold)) break;
    picks.push(next);
    taken.add(next.i);
  }
  return picks.map((p) => p.c).sort((a, b) => a.index - b.index);
}

/** The page's own key points (origin `article`) when present, else heading points or extracted ones. */
export function summarize(input: SummaryInput): SummaryPoint[] {
  const own = input.claims.filter((c) => c.kind === "summary-point");
  if (own.length) return own.map((c) => ({ text: c.text, claim: c.id, origin: "article" as const }));
  const headings = headingPoints(input.claims, input.title);
  if (headings) return headings.map((c) => ({ text: c.text, claim: c.id, origin: "extracted" as const }));
  return pick(scoredCandidates(input)).map((p) => ({ text: p.claim.text, claim: p.claim.id, origin: "extracted" as const }));
}
