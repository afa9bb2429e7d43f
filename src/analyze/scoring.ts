/**
 * One number per claim → reference link, so the UI can show only what the tool stands
 * behind. Each piece of evidence has a strength (how often, on its own, it means the
 * reference really backs the claim), and strengths combine as independent signals
 * (noisy-OR: 1 − Π(1 − sᵢ)), so agreeing evidence raises the score and never lowers it.
 *
 * What a score means:
 * - ≥ 0.9  explicit citation: a footnote/reference marker or a hyperlink in the claim
 *          points at the reference (marker 0.95, link 0.9), or an author–year citation
 *          ("Tanaka et al. (2021)") names exactly one entry (0.9, evidence `marker`).
 * - ≥ 0.75 named attribution: the claim names the reference's outlet, publisher or
 *          author with a reporting cue ("the BBC reported", "according to 38 North") (0.8).
 * - ≥ 0.5  supported hint: a plain mention of the name, or a name several references
 *          share, backed by matching wording; or wording that repeats most of a long
 *          title nearly verbatim (0.55).
 * - < 0.5  a hint only (similar words, a bare mention): not shown by default.
 * Similar wording alone adds at most 0.35, so it rarely links anything by itself.
 */
import type { EvidenceKind } from "../report";

/** Strength of each kind of evidence on its own (see the module comment). */
export const STRENGTH = {
  marker: 0.95,
  authorYear: 0.9,
  link: 0.9,
  attribution: 0.8,
  sharedAttribution: 0.45,
  mention: 0.35,
  similarity: 0.35,
  verbatimTitle: 0.55,
} as const;

/** Default `minScore`: show supported hints and better, never similarity alone. */
export const DEFAULT_MIN_SCORE = 0.5;

/** Similarity at or above which wording counts as repeating the title nearly verbatim. */
const VERBATIM = 0.85;
/** Words a title needs before a near-verbatim repeat of it means anything. */
const VERBATIM_MIN_WORDS = 5;
/** Similarity below which it is not listed as evidence at all. */
const SIMILARITY_FLOOR = 0.2;

/** The evidence gathered for one claim → reference pair. */
export interface Evidence {
  marker: boolean;
  /** An author–year citation in the claim names this reference (and no other). */
  authorYear: boolean;
  link: boolean;
  /** "cue": named with a reporting cue; "shared": such a name, but shared by several references; "mention": bare. */
  attribution: "cue" | "shared" | "mention" | null;
  /** 0..1 from the similarity index. */
  similarity: number;
  /** Distinct descriptive words of the reference (for the near-verbatim rule). */
  titleWords: number;
}

/** Combines evidence into a 0..1 score and the evidence kinds that count, strongest first. */
export function scoreEvidence(e: Evidence): { score: number; evidence: EvidenceKind[] } {
  const parts: [EvidenceKind, number][] = [];
  if (e.marker || e.authorYear) parts.push(["marker", e.marker ? STRENGTH.marker : STRENGTH.authorYear]);
  if (e.link) parts.push(["link", STRENGTH.link]);
  if (e.attribution) {
    const s = e.attribution === "cue" ? STRENGTH.attribution : e.attribution === "shared" ? STRENGTH.sharedAttribution : STRENGTH.mention;
    parts.push(["attribution", s]);
  }
  if (e.similarity >= SIMILARITY_FLOOR) {
    const verbatim = e.similarity >= VERBATIM && e.titleWords >= VERBATIM_MIN_WORDS;
    parts.push(["similarity", verbatim ? STRENGTH.verbatimTitle : STRENGTH.similarity * e.similarity]);
  }
  const miss = parts.reduce((p, [, s]) => p * (1 - s), 1);
  parts.sort((a, b) => b[1] - a[1]);
  return { score: Math.round((1 - miss) * 100) / 100, evidence: parts.map(([k]) => k) };
}
