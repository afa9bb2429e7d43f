/**
 * The summary points: the page's own key points when it has them; else, on an article built
 * from item headings ("15 tips", numbered headings), the headings; else the sentences an
 * editor would pick, scored by a learned logistic scorer over news features
 * (summary-features.ts, summary-scorer.ts) and nudged towards sentences that rest on a source,
 * since those are the ones a reader can check, then chosen together for the words an editor's
 * highlights would use, in about as many words (summary-words.ts, summary-select.ts). A point stands alone: no caption, byline, credit,
 * line of links or question (summary-candidates.ts), and a sentence that leans on the one
 * before it only right after that one. Each point then lists the body it covers (covers.ts).
 */
import type { ReportClaim, SnapshotBlock, SummaryPoint } from "../report";
import { candidatesOf, type Candidate } from "./summary-candidates";
import { featuresOf, type ArticleHead } from "./summary-features";
import { headingPoints } from "./summary-headings";
import { pickProbability, SELECT, WORD_MODEL } from "./summary-scorer";
import { selectPoints } from "./summary-select";
import { Tokens } from "./tokens";
import { wordFeatures, wordProbabilities } from "./summary-words";

/** How much a backed sentence is preferred: score × (1 + SOURCED_BONUS × best source score). Not learned: the corpus cites nothing. */
const SOURCED_BONUS = 0.5;

/** What the summary is picked from. */
export interface SummaryInput extends ArticleHead {
  claims: ReportClaim[];
  blocks: SnapshotBlock[];
  /** Reference ids that are remarks (a disclosure), which do not make a sentence "sourced". */
  notes?: ReadonlySet<string>;
  /** The analysis's word lists (./tokens), when it has them already. */
  tokens?: Tokens;
}

/** A candidate with its features and its score. */
export interface ScoredCandidate extends Candidate {
  features: number[];
  score: number;
}

/** Every candidate sentence of the article, with the features and score the picker uses (also what training reads). */
export function scoredCandidates(input: SummaryInput): ScoredCandidate[] {
  const cands = candidatesOf(input.claims, input.blocks, input.tokens);
  const sentences = input.claims.filter((c) => c.kind === "sentence").length;
  const features = featuresOf(cands, input, sentences);
  const notes = input.notes ?? new Set<string>();
  return cands.map((c, i) => {
    const sourced = c.claim.sources.find((s) => !notes.has(s.ref))?.score ?? 0;
    return { ...c, features: features[i]!, score: pickProbability(features[i]!) * (1 + SOURCED_BONUS * sourced) };
  });
}

/** The points among the scored candidates: chosen together for the words an editor's highlights would use (summary-select.ts). */
export function pickPoints(scored: ScoredCandidate[], input: SummaryInput): ScoredCandidate[] {
  const sentences = input.claims.filter((c) => c.kind === "sentence").map((c) => c.text);
  const tokens = input.tokens ?? new Tokens();
  const prob = WORD_MODEL ? wordProbabilities(wordFeatures(sentences, scored, input, tokens), WORD_MODEL) : new Map<string, number>();
  return selectPoints(scored, prob, SELECT, tokens);
}

/** The page's own key points (origin `article`) when present, else heading points or extracted ones. */
export function summarize(input: SummaryInput): SummaryPoint[] {
  const own = input.claims.filter((c) => c.kind === "summary-point");
  if (own.length) return own.map((c) => ({ text: c.text, claim: c.id, origin: "article" as const }));
  const headings = headingPoints(input.claims, input.title);
  if (headings) return headings.map((c) => ({ text: c.text, claim: c.id, origin: "extracted" as const }));
  const withTokens = input.tokens ? input : { ...input, tokens: new Tokens() };
  return pickPoints(scoredCandidates(withTokens), withTokens).map((p) => ({ text: p.claim.text, claim: p.claim.id, origin: "extracted" as const }));
}
