/**
 * Which sentences may become summary points, read on their own in a list: never a caption,
 * a pull quote or other quotation block, a byline, a photo credit, a line of links or a
 * question, never a second copy of a sentence. A sentence that leans on the one before it
 * ("However, …", "He also …", "This was …") is marked, so the picker takes it only together
 * with that sentence (summary.ts). Pure: claims and blocks in, candidates out.
 */
import type { ReportClaim, SnapshotBlock } from "../report";
import { SUMMARY_PATTERNS as P } from "./summary-patterns";
import { Tokens } from "./tokens";

/** A sentence that may be a point, with what the scorer and the picker need to know of it. */
export interface Candidate {
  claim: ReportClaim;
  /** Position among the article's body sentences (0 = the first). */
  index: number;
  /** The first sentence of its paragraph. */
  paraStart: boolean;
  /** Leans on the sentence before it; `before` is that sentence's candidate index, or -1 when it is no candidate. */
  leaning: boolean;
  before: number;
  terms: readonly string[];
  words: number;
}

/** Sentences shorter or longer than this (in words) make poor points: a fragment, a run-on. */
const MIN_WORDS = 6;
const MAX_WORDS = 70;
/** A block whose links cover more than this share of its text is a list of links, not prose. */
const LINK_SHARE = 0.5;

/** Whether a block is prose a point may come from (not a quotation block, caption, code or line of links). */
export function isProseBlock(block: SnapshotBlock | undefined): boolean {
  if (!block || (block.kind !== "paragraph" && block.kind !== "list-item") || block.caption) return false;
  const linked = block.links.reduce((n, l) => n + Math.max(0, l.end - l.start), 0);
  return linked <= LINK_SHARE * block.text.length && !P.linkLine.test(block.text);
}

/** Whether a sentence reads as furniture or a question rather than a statement of the article. */
export function isFurniture(text: string): boolean {
  return /\?["”’)]*\s*$/.test(text) || P.byline.test(text) || P.credit.test(text) || P.linkLine.test(text);
}

/** Whether a sentence leans on the one before it (a connective, a pronoun, "also" early on). */
export function leansBack(text: string): boolean {
  return P.leaningOpener.test(text) || P.additive.test(text);
}

/** The candidates among `claims` (body sentences in article order), with their body positions. */
export function candidatesOf(claims: ReportClaim[], blocks: SnapshotBlock[], tokens = new Tokens()): Candidate[] {
  const byId = new Map(blocks.map((b) => [b.id, b]));
  const seen = new Set<string>();
  const out: Candidate[] = [];
  const at = new Map<string, number>(); // claim id → candidate index
  let index = -1;
  let prevBlock = "";
  let prevClaim: ReportClaim | null = null;
  for (const claim of claims) {
    if (claim.kind !== "sentence") continue;
    index++;
    const paraStart = claim.block !== prevBlock;
    const before = prevClaim;
    prevBlock = claim.block;
    prevClaim = claim;
    const key = tokens.textKey(claim.text);
    if (seen.has(key)) continue;
    seen.add(key);
    const words = claim.text.split(/\s+/).length;
    if (words < MIN_WORDS || words > MAX_WORDS || !isProseBlock(byId.get(claim.block)) || isFurniture(claim.text)) continue;
    const t = tokens.terms(claim.text);
    if (new Set(t).size < 3) continue;
    const leaning = leansBack(claim.text);
    at.set(claim.id, out.length);
    out.push({ claim, index, paraStart, leaning, before: leaning && before ? at.get(before.id) ?? -1 : -1, terms: t, words });
  }
  return out;
}
