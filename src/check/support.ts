/**
 * Does the source's own text back the claim? The claim is split into its checkable parts
 * (claim-parts.ts), each part is looked up across the whole source (part-lookup.ts), and
 * the verdict is read from what was backed (support-features.ts → support-model.ts).
 * Local and explainable: the verdict comes with each part, ✓ or ✗, and the source sentence
 * that backs or contradicts it, and with the passage that backs the most of them.
 */
import type { SupportPart, SupportVerdict } from "../report";
import { shorten } from "../analyze/text";
import { type ClaimPart, claimParts } from "./claim-parts";
import { type PartResult, lookUp } from "./part-lookup";
import { supportFeatures } from "./support-features";
import { type SupportModel, modelVerdict } from "./support-model";
import type { SourceIndex } from "./source-index";

export { indexSource, type SourceIndex } from "./source-index";

/** Below this share of every part's words, nothing of the claim is in the source. */
const HALF = 0.5;
/** Characters of the verdict's passage. */
const PASSAGE_CHARS = 400;
/** Characters of a part's passage. */
const PART_PASSAGE_CHARS = 240;
/** Sentences in the verdict's passage. */
const PASSAGE_SENTENCES = 3;

export interface SupportResult {
  verdict: SupportVerdict;
  passage: string | null;
  parts: SupportPart[];
}

/** What the source says of each part of `claim`, and the features read from it. */
export function examine(claim: string, index: SourceIndex): { results: PartResult[]; features: number[] } {
  const results = claimParts(claim).map((p) => lookUp(p, index));
  return { results, features: supportFeatures(claim, results, index) };
}

const isFact = (p: ClaimPart) => p.kind === "date" || p.kind === "number" || p.kind === "quote";

/**
 * The rules above the model, so the parts explain the verdict: a claim is found only when
 * every date, number, name and quote of it is backed (its relation clauses may be reworded);
 * a claim of which no part is backed, nor even half of any part, is not-found; a contradiction never leaves a claim
 * found, and one that leaves no date, number or quote standing makes it not-found.
 */
function ruled(verdict: SupportVerdict, results: readonly PartResult[]): SupportVerdict {
  if (results.every((r) => !r.found && r.score < HALF)) return "not-found";
  if (verdict === "found" && results.some((r) => r.part.kind !== "clause" && !r.found)) verdict = "partial";
  if (!results.some((r) => r.contradicted)) return verdict;
  const standing = results.some((r) => isFact(r.part) && r.found);
  if (!standing) return "not-found";
  return verdict === "found" ? "partial" : verdict;
}

/** The passage backing the most found parts: up to three neighbouring sentences. */
function bestPassage(results: readonly PartResult[], index: SourceIndex): string | null {
  const votes = new Map<number, number>();
  for (const r of results) if (r.found) for (const id of r.sentences) votes.set(id, (votes.get(id) ?? 0) + 1);
  let best: { start: number; votes: number } | null = null;
  for (const id of votes.keys()) {
    let n = 0;
    for (let k = 0; k < PASSAGE_SENTENCES; k++) n += votes.get(id + k) ?? 0;
    if (!best || n > best.votes || (n === best.votes && id < best.start)) best = { start: id, votes: n };
  }
  if (!best) return null;
  let end = best.start;
  for (let k = 1; k < PASSAGE_SENTENCES; k++) if (votes.has(best.start + k)) end = best.start + k;
  const text = index.sentences.slice(best.start, end + 1).map((s) => s.text).join(" ");
  return shorten(text, PASSAGE_CHARS);
}

/** The parts as the report gives them: each once, with the sentence that shows it. */
function reportParts(results: readonly PartResult[], index: SourceIndex): SupportPart[] {
  const seen = new Set<string>();
  const out: SupportPart[] = [];
  // Facts first among equal texts: a clause that is only a name says nothing the name does not.
  const ordered = [...results].sort((a, b) => Number(a.part.kind === "clause") - Number(b.part.kind === "clause"));
  const keep = new Set<PartResult>();
  for (const r of ordered) {
    const key = r.part.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    keep.add(r);
  }
  for (const r of results) {
    if (!keep.has(r)) continue;
    const passage = r.sentences.length && (r.found || r.contradicted) ? shorten(r.sentences.map((id) => index.sentences[id]!.text).join(" "), PART_PASSAGE_CHARS) : null;
    out.push({ text: r.part.text, found: r.found, passage });
  }
  return out;
}

/** The verdict read from an examined claim: the model's, under the contradiction rules. */
export function verdictOf(examined: { results: readonly PartResult[]; features: readonly number[] }, model?: SupportModel): SupportVerdict {
  return ruled(modelVerdict(examined.features, model), examined.results);
}

/** The verdict for one claim against one indexed source, or null when the claim has nothing to look for. */
export function judgeSupport(claim: string, index: SourceIndex, model?: SupportModel): SupportResult | null {
  const examined = examine(claim, index);
  const { results } = examined;
  if (!results.length) return null;
  const verdict = verdictOf(examined, model);
  // A not-found claim shows no backing passage, only what contradicts it (if anything does).
  const clash = results.find((r) => r.contradicted)?.sentences[0];
  const passage = verdict !== "not-found" ? bestPassage(results, index) : clash === undefined ? null : shorten(index.sentences[clash]!.text, PASSAGE_CHARS);
  return { verdict, passage, parts: reportParts(results, index) };
}
