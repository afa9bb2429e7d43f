/**
 * What the offscreen document does with a page: read it whole (`extract`), or read it twice,
 * quickly first (`quick`: the article guessed without Readability, answered at once) and
 * then in full from the same parsed page (`kept`), so the background can draw from the quick
 * reading while Readability runs. The quick reading answers only when its guess is sure of
 * the article (see extract/quick.ts); otherwise it answers with the full reading at once.
 * The full reading after a quick one answers `same` when it finds the same article and
 * metadata (the snapshot would be the quick one's): the background then keeps the report it
 * already analyzed. One page is kept at a time, and dropped once read in full.
 */
import type { ReadingBasis } from "../extract/index";
import { extractFromHtml, parseHtml, readDocument, type OffPageResult } from "../extract/from-html";
import type { KeptReading, QuickReading, SerializedPage } from "../messages";
import type { StageMark } from "../platform/stage-marks";

export interface OffscreenReader {
  extract(page: SerializedPage): OffPageResult;
  quick(page: SerializedPage): QuickReading;
  kept(url: string): KeptReading | null;
}

/** A reader parsing with `parser`, leaving timing marks through `mark`. */
export function offscreenReader(parser: DOMParser, mark: (name: StageMark) => void = () => undefined): OffscreenReader {
  let kept: { doc: Document; url: string; basis: ReadingBasis } | null = null;
  return {
    extract({ html, url }) {
      kept = null;
      mark("extract-received");
      const result = extractFromHtml(html, url, parser, mark);
      mark("extracted");
      return result;
    },
    quick({ html, url }) {
      kept = null;
      mark("extract-received");
      const doc = parseHtml(html, url, parser);
      mark("parsed");
      const quick = readDocument(doc, url, { quick: true });
      if (quick.result && quick.basis) {
        kept = { doc, url, basis: quick.basis };
        mark("extracted");
        return quick.result;
      }
      const full = fullReading(doc, url, mark);
      mark("extracted");
      return { ...full, full: true };
    },
    kept(url) {
      if (!kept || kept.url !== url) return null;
      const { doc, basis } = kept;
      kept = null;
      const reading = readDocument(doc, url, { onStage: mark, after: basis });
      mark("full-extracted");
      return reading.same ? { same: true } : (reading.result ?? fullReading(doc, url, mark));
    },
  };
}

/** The full reading of a parsed page (a reading without `quick` or `after` always has a result). */
function fullReading(doc: Document, url: string, mark: (name: StageMark) => void): OffPageResult {
  const { result } = readDocument(doc, url, { onStage: mark });
  if (!result) throw new Error("no reading");
  return result;
}
