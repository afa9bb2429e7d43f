/**
 * Turns a claim (block id + offsets in the block's text) back into a DOM Range. First choice:
 * the block's live element (found by the path extraction reported, or extract's own element),
 * read again with extract's own `readBlock` so offsets mean the same thing; the element is
 * trusted only when its text holds the claim. Otherwise the claim's words are searched in the
 * whole page (whitespace-normalised), with an index built in slices.
 */
import { rangeFor, readBlock, type TextReading } from "../extract/text";
import type { PageClaim } from "../page-report";
import type { Tick } from "./slices";
import { buildTextIndex, collapse, findText, rangeAt, type TextIndex } from "./text-index";

export interface Anchorer {
  (claim: PageClaim): Promise<Range | null>;
  /** Block ids whose element held the text of a claim (their markers can be trusted). */
  readonly verified: ReadonlySet<string>;
}

/** An anchorer over the live `elements` of the last extraction (may be empty). */
export function createAnchorer(doc: Document, elements: ReadonlyMap<string, Element>, tick?: Tick): Anchorer {
  const readings = new Map<string, TextReading | null>();
  const verified = new Set<string>();
  let index: Promise<TextIndex> | null = null;
  let cursor = 0;

  const reading = (block: string): TextReading | null => {
    if (!readings.has(block)) {
      const el = elements.get(block);
      readings.set(block, el?.isConnected ? readBlock(el) : null);
    }
    return readings.get(block) ?? null;
  };

  const fromBlock = (claim: PageClaim, want: string): Range | null => {
    const r = reading(claim.block);
    if (!r) return null;
    const exact = collapse(r.text.slice(claim.start, claim.end)) === want;
    const at = exact ? claim.start : r.text.indexOf(want);
    if (at < 0) return null;
    verified.add(claim.block);
    return rangeFor(r, at, at + (exact ? claim.end - claim.start : want.length));
  };

  const anchor = async (claim: PageClaim): Promise<Range | null> => {
    const want = collapse(claim.text);
    const range = fromBlock(claim, want);
    if (range) return range;
    index ??= buildTextIndex(doc.body ?? doc.documentElement, tick);
    const idx = await index;
    const found = findText(idx, want, cursor);
    if (!found) return null;
    cursor = found.end;
    return rangeAt(idx, found.start, found.end);
  };
  return Object.assign(anchor, { verified });
}
