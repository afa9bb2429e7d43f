/**
 * What the offscreen document does with a page: read it whole (`extract`), or read it twice,
 * quickly first (`quick`: the article guessed without Readability, answered at once) and
 * then in full from the same parsed page (`kept`), so the background can draw from the quick
 * reading while Readability runs. One page is kept at a time, and dropped once read in full.
 */
import { extractDocument, extractFromHtml, parseHtml, type OffPageResult } from "../extract/from-html";
import type { SerializedPage } from "../messages";
import type { StageMark } from "../platform/stage-marks";

export interface OffscreenReader {
  extract(page: SerializedPage): OffPageResult;
  quick(page: SerializedPage): OffPageResult;
  kept(url: string): OffPageResult | null;
}

/** A reader parsing with `parser`, leaving timing marks through `mark`. */
export function offscreenReader(parser: DOMParser, mark: (name: StageMark) => void = () => undefined): OffscreenReader {
  let kept: { doc: Document; url: string } | null = null;
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
      const result = extractDocument(doc, url, { quick: true });
      kept = { doc, url };
      mark("extracted");
      return result;
    },
    kept(url) {
      if (!kept || kept.url !== url) return null;
      const { doc } = kept;
      kept = null;
      const result = extractDocument(doc, url, { onStage: mark });
      mark("full-extracted");
      return result;
    },
  };
}
