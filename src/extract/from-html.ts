/**
 * Extraction of a serialized page (`documentElement.outerHTML`) instead of the live one: the
 * extension runs it off the page's main thread, and the paths it returns locate the blocks
 * in the live page again (see ./paths).
 */
import type { PageSnapshot } from "../report";
import { extractWithElements, type ExtractOptions, type OnExtractStage, type ReadingBasis } from "./index";
import type { Sureness } from "./quick";
import { pathsOf } from "./paths";

/** What extraction of a serialized page returns: the snapshot and the path of each id's element. */
export interface OffPageResult {
  snapshot: PageSnapshot;
  /** Block ("b3"), key point ("k0") and reference ("r2") ids → element-child-index path from `documentElement`. */
  paths: Record<string, number[]>;
}

/**
 * Parses a serialized page (`documentElement.outerHTML`) and extracts it as if it were the
 * live page at `url`. The parsing document's own address is the extension's, so a relative
 * <base href> is made absolute against `url`, and a page whose address is not http(s) (where
 * extract resolves links against `document.baseURI`) gets a <base> of its address.
 * `onStage` is told when parsing ends and Readability starts and ends (timing marks).
 */
export function extractFromHtml(html: string, url: string, parser: DOMParser, onStage?: (stage: "parsed" | Parameters<OnExtractStage>[0]) => void): OffPageResult {
  const doc = parseHtml(html, url, parser);
  onStage?.("parsed");
  return extractDocument(doc, url, { onStage });
}

/** Parses a serialized page for `readDocument` (its base address set as above). */
export function parseHtml(html: string, url: string, parser: DOMParser): Document {
  const doc = parser.parseFromString(html, "text/html");
  setBase(doc, url);
  return doc;
}

/** Extracts a page parsed by `parseHtml`. */
function extractDocument(doc: Document, url: string, options: ExtractOptions = {}): OffPageResult {
  const { snapshot, elements } = extractWithElements(doc, url, options);
  return { snapshot, paths: pathsOf(elements) };
}

/**
 * One reading of a page parsed by `parseHtml`: its result, or none when a quick reading is
 * not sure of its article (`unsure`) or a reading `after` another finds the same (`same`);
 * `basis` is what a later reading of the same document passes as `after`.
 */
export interface DocumentReading {
  result: OffPageResult | null;
  basis?: ReadingBasis;
  unsure?: true;
  same?: true;
  /** A quick reading's grounds for being sure or not (see extract/quick.ts). */
  sureness?: Sureness;
}

/** Reads a page parsed by `parseHtml` (see DocumentReading and ExtractOptions); the document is only read, so a quick and a full reading may share it. */
export function readDocument(doc: Document, url: string, options: ExtractOptions = {}): DocumentReading {
  const { snapshot, elements, basis, unsure, same, sureness } = extractWithElements(doc, url, options);
  const about = { ...(basis ? { basis } : {}), ...(sureness ? { sureness } : {}) };
  if (unsure || same) return { result: null, ...about, ...(unsure ? { unsure } : {}), ...(same ? { same } : {}) };
  return { result: { snapshot, paths: pathsOf(elements) }, ...about };
}

function setBase(doc: Document, url: string): void {
  const base = doc.querySelector("base[href]");
  if (base) {
    try {
      base.setAttribute("href", new URL(base.getAttribute("href") ?? "", url).href);
    } catch {
      base.removeAttribute("href"); // unusable: links resolve against the page's address
    }
  } else if (/^file:/i.test(url)) {
    const added = doc.createElement("base");
    added.setAttribute("href", url);
    (doc.head ?? doc.documentElement).prepend(added);
  }
}
