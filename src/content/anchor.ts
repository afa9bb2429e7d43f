/**
 * Turns a claim (block id + offsets in the block's text) back into a DOM Range. First choice:
 * the block's live element from `extractWithElements`, read again with extract's own
 * `readText` so offsets mean the same thing. When the element is gone or its text changed,
 * the claim's words are searched in the whole page (whitespace-normalised).
 */
import { rangeFor, readText, type TextReading } from "../extract/text";
import type { ReportClaim } from "../report";
import { buildTextIndex, collapse, findText, rangeAt, type TextIndex } from "./text-index";

export type Anchorer = (claim: ReportClaim) => Range | null;

/** An anchorer over the live `elements` of the last extraction (may be empty). */
export function createAnchorer(doc: Document, elements: ReadonlyMap<string, Element>): Anchorer {
  const readings = new Map<string, TextReading | null>();
  let index: TextIndex | null = null;
  let cursor = 0;

  const reading = (block: string): TextReading | null => {
    if (!readings.has(block)) {
      const el = elements.get(block);
      readings.set(block, el?.isConnected ? readText(el) : null);
    }
    return readings.get(block) ?? null;
  };

  return (claim) => {
    const want = collapse(claim.text);
    const r = reading(claim.block);
    if (r) {
      if (collapse(r.text.slice(claim.start, claim.end)) === want) return rangeFor(r, claim.start, claim.end);
      const at = r.text.indexOf(want);
      if (at >= 0) return rangeFor(r, at, at + want.length);
    }
    index ??= buildTextIndex(doc.body ?? doc.documentElement);
    const found = findText(index, want, cursor);
    if (!found) return null;
    cursor = found.end;
    return rangeAt(index, found.start, found.end);
  };
}
