/**
 * DOM → PageSnapshot. The one entry point of the extractor: it reads the page (never
 * changes it), runs Readability once on a clone to find the article, walks the live
 * article element once to sort blocks, references, key points and the source line, and
 * returns plain JSON. It never throws: a page without an article gives `found: false`
 * and a reason a reader understands.
 *
 * The content script should use `extractWithElements` (same snapshot, plus the live
 * element of every block / key point / reference) together with `readText` / `locate` /
 * `rangeFor` from ./text to turn snapshot offsets into DOM ranges.
 */
import type { MetaOrigin, PageSnapshot, SnapshotBlock, SnapshotLink } from "../report";
import { guessArticle, quickGuess } from "./article";
import { scanPage } from "./dom";
import { absoluteUrl, siteHost } from "./links";
import { markerLabel } from "./markers";
import { readMetadata } from "./metadata";
import { REGEXPS } from "./patterns";
import { collectReferences, type ReferenceIndex } from "./references";
import { readText } from "./text";
import { emptyPage, isFeed, notAnArticle, NOT_ARTICLE } from "./verdict";
import { walkArticle, type FoundBlock, type WalkResult } from "./walk";

export { readText, locate, rangeFor, type TextReading, type TextSegment } from "./text";
export { isCitationMarker } from "./markers";

/** The snapshot plus the live element behind each block ("b3"), key point ("k0") and reference ("r2"). */
export interface ExtractDetail {
  snapshot: PageSnapshot;
  elements: Map<string, Element>;
}

/** Reads the article, its references, markers and links off `doc`; never changes the page. */
export function extract(doc: Document, url: string): PageSnapshot {
  return extractWithElements(doc, url).snapshot;
}

/** Told when Readability starts and ends (the extension's timing marks; see platform/stage-marks). */
export type OnExtractStage = (stage: "readability-start" | "readability-end") => void;

export interface ExtractOptions {
  onStage?: OnExtractStage;
  /**
   * A quick first reading: the article element is guessed without Readability (the element
   * holding most paragraph text, see `quickGuess`), and Readability's metadata is not used.
   * The extension draws from it while Readability runs, then from the full reading.
   */
  quick?: boolean;
}

/** Like `extract`, and also returns the live elements behind the snapshot's ids. */
export function extractWithElements(doc: Document, url: string, options: ExtractOptions = {}): ExtractDetail {
  try {
    return run(doc, url, options);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { snapshot: emptySnapshot(url, `Sourcelight could not read this page (${why}).`, 0), elements: new Map() };
  }
}

function emptySnapshot(url: string, reason: string, elements: number): PageSnapshot {
  return {
    snapshotVersion: 1, url, found: false, reason,
    title: null, byline: null, published: null, siteName: null, lang: null, description: null, metaOrigin: {},
    blocks: [], keyPoints: [], references: [], source: null,
    stats: { elements, truncated: false },
  };
}

function run(doc: Document, url: string, { onStage, quick = false }: ExtractOptions): ExtractDetail {
  const scan = scanPage(doc);
  const elementCount = scan.elements;
  const base = /^https?:/i.test(url) ? url : doc.baseURI;
  const canonical = scan.tagged.get("link")?.find((l) => l.getAttribute("rel") === "canonical")?.getAttribute("href") ?? "";
  const pageHost = siteHost(url) || siteHost(absoluteUrl(canonical, base) ?? "") || siteHost(doc.baseURI);
  if (isFeed(doc)) return { snapshot: emptySnapshot(url, NOT_ARTICLE.feed, elementCount), elements: new Map() };
  const guess = quick ? quickGuess(doc, scan) : guessArticle(doc, scan, onStage);
  const snapshot: PageSnapshot = {
    ...emptySnapshot(url, "", elementCount),
    ...readMetadata(doc, url, guess.root, guess.meta, scan),
    stats: { elements: elementCount, truncated: guess.truncated },
  };
  const elements = new Map<string, Element>();
  if (!guess.root || !doc.body) return { snapshot: { ...snapshot, reason: emptyPage(doc) }, elements };

  const walk = walkArticle(guess.root, base, pageHost);
  addTitleHeading(walk, guess.root, snapshot.title, scan.tagged.get("h1") ?? []);
  moveBracketRuns(walk);
  const index = collectReferences(doc, walk, base, pageHost);
  const blocks = walk.blocks.filter((b) => !index.insideEntry(b.el));
  const keyPoints = walk.keyPoints.filter((b) => !index.insideEntry(b.el));

  const cited = blocks.some((b) => b.reading.markers.some((m) => index.refOf.has(m.el)));
  const reason = notAnArticle(blocks, doc, { readabilityFailed: guess.meta === null && !guess.skipped, cited, declared: isDeclared(snapshot), credited: Boolean(snapshot.byline || snapshot.published), url, base });
  if (reason) return { snapshot: { ...snapshot, reason }, elements };

  snapshot.found = true;
  snapshot.reason = null;
  snapshot.blocks = blocks.map((b, i) => toBlock(b, `b${i}`, index, base, elements));
  snapshot.keyPoints = keyPoints.map((b, i) => toBlock(b, `k${i}`, index, base, elements));
  snapshot.references = index.references;
  for (const [id, el] of index.elements) elements.set(id, el);
  if (walk.source && index.source) {
    snapshot.source = { text: walk.source.reading.text, url: index.source.url, ref: index.source.id };
  }
  snapshot.stats.truncated ||= walk.truncated || index.truncated;
  return { snapshot, elements };
}

function toBlock(b: FoundBlock, id: string, index: ReferenceIndex, base: string, elements: Map<string, Element>): SnapshotBlock {
  elements.set(id, b.el);
  const markers: SnapshotBlock["markers"] = [];
  for (const m of b.reading.markers) {
    const ref = index.refOf.get(m.el);
    if (ref) markers.push({ at: m.at, label: markerLabel(m.el), ref });
  }
  const links: SnapshotLink[] = [];
  for (const a of b.reading.anchors) {
    const href = absoluteUrl(a.el.getAttribute("href"), base);
    if (!href) continue;
    const link: SnapshotLink = { start: a.start, end: a.end, href, text: b.reading.text.slice(a.start, a.end) };
    const ref = index.refOf.get(a.el);
    if (ref) link.ref = ref;
    links.push(link);
  }
  return { id, kind: b.kind, text: b.reading.text, markers, links, ...(b.caption ? { caption: true } : {}) };
}

const normTitle = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** Puts the page's title heading first when it sits just outside the article element. */
function addTitleHeading(walk: WalkResult, root: Element, title: string | null, h1s: Element[]): void {
  if (!title || walk.blocks.some((b) => b.el.localName === "h1")) return;
  const want = normTitle(title);
  for (const h of h1s.slice(0, 10)) {
    if (root.contains(h) || !(root.compareDocumentPosition(h) & 2)) continue; // 2: h precedes root
    const reading = readText(h, { maxChars: 500 });
    const got = normTitle(reading.text);
    if (got.length > 0 && (got === want || (want.startsWith(got) && got.length >= 10))) {
      walk.blocks.unshift({ el: h, kind: "heading", reading });
      return;
    }
  }
}

/** Runs of two or more "[1] …" paragraphs are a reference list written as paragraphs. */
function moveBracketRuns(walk: WalkResult): void {
  const keep: FoundBlock[] = [];
  let run: FoundBlock[] = [];
  const flush = (): void => {
    if (run.length >= 2) for (const b of run) walk.entries.push({ el: b.el, kind: "list", position: null });
    else keep.push(...run);
    run = [];
  };
  for (const b of walk.blocks) {
    if (b.kind === "paragraph" && REGEXPS.bracketEntry.test(b.reading.text)) run.push(b);
    else {
      flush();
      keep.push(b);
    }
  }
  flush();
  walk.blocks = keep;
}

/** Origins of a date or an author that the publisher wrote into the page's metadata for machines. */
const DECLARED = new Set<MetaOrigin | undefined>(["json-ld", "opengraph", "citation", "dublin-core", "meta"]);

/** Whether the publisher dates the page, or credits an author, in its metadata (not in visible text, which a list of stories also has). */
function isDeclared(s: PageSnapshot): boolean {
  return DECLARED.has(s.metaOrigin.published) || s.metaOrigin.byline === "json-ld" || s.metaOrigin.byline === "citation";
}
