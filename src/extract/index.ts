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
import { guessArticle, type ArticleGuess } from "./article";
import { scanPage } from "./dom";
import { absoluteUrl, siteHost } from "./links";
import { markerLabel } from "./markers";
import { readMetadata, type Meta } from "./metadata";
import { REGEXPS } from "./patterns";
import { quickGuess, type QuickGuess, type Sureness } from "./quick";
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
  /** What the snapshot was read from (given the document), for a later reading's `after`. */
  basis?: ReadingBasis;
  /** A quick reading whose guess is not sure (see quick.ts): nothing was read (`snapshot` is empty). */
  unsure?: true;
  /** A quick reading's grounds for being sure or not. */
  sureness?: Sureness;
  /** A reading `after` another one of the same document that would give its very snapshot: nothing more was read. */
  same?: true;
}

/**
 * Everything a snapshot is made from besides the document itself: the article element, the
 * metadata, and the two flags of Readability's verdict. Two readings of one document with
 * equal bases give equal snapshots.
 */
export interface ReadingBasis {
  root: Element | null;
  meta: Meta;
  truncated: boolean;
  readabilityFailed: boolean;
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
   * holding most paragraph text, see quick.ts), and the metadata Readability would add is read
   * the way it reads it. Only a sure guess is read (else the answer is `unsure`): the
   * extension draws from it while Readability runs, then keeps the full reading.
   */
  quick?: boolean;
  /**
   * The basis of an earlier reading of this same document (a quick one): when this reading's
   * basis equals it, it stops there and answers `same` (the snapshot would be the earlier one).
   */
  after?: ReadingBasis;
  /** A quick reading even where its guess is not sure (to measure the rule, never to draw). */
  evenUnsure?: boolean;
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

function run(doc: Document, url: string, { onStage, quick = false, after, evenUnsure = false }: ExtractOptions): ExtractDetail {
  const scan = scanPage(doc);
  const elementCount = scan.elements;
  const base = /^https?:/i.test(url) ? url : doc.baseURI;
  const canonical = scan.tagged.get("link")?.find((l) => l.getAttribute("rel") === "canonical")?.getAttribute("href") ?? "";
  const pageHost = siteHost(url) || siteHost(absoluteUrl(canonical, base) ?? "") || siteHost(doc.baseURI);
  if (isFeed(doc)) return { snapshot: emptySnapshot(url, NOT_ARTICLE.feed, elementCount), elements: new Map() };
  const guess: ArticleGuess & Partial<Pick<QuickGuess, "sure" | "sureness">> = quick ? quickGuess(doc, scan) : guessArticle(doc, scan, onStage);
  const sureness = guess.sureness ? { sureness: guess.sureness } : {};
  if (quick && !guess.sure && !evenUnsure) return { snapshot: emptySnapshot(url, "", elementCount), elements: new Map(), unsure: true, ...sureness };
  const meta = readMetadata(doc, url, guess.root, guess.meta, scan);
  const basis: ReadingBasis = { root: guess.root, meta, truncated: guess.truncated, readabilityFailed: guess.meta === null && !guess.skipped };
  if (after && sameBasis(after, basis)) return { snapshot: emptySnapshot(url, "", elementCount), elements: new Map(), basis, same: true };
  const snapshot: PageSnapshot = {
    ...emptySnapshot(url, "", elementCount),
    ...meta,
    stats: { elements: elementCount, truncated: guess.truncated },
  };
  const elements = new Map<string, Element>();
  if (!guess.root || !doc.body) return { snapshot: { ...snapshot, reason: emptyPage(doc) }, elements, basis, ...sureness };

  const walk = walkArticle(guess.root, base, pageHost);
  addTitleHeading(walk, guess.root, snapshot.title, scan.tagged.get("h1") ?? []);
  moveBracketRuns(walk);
  const index = collectReferences(doc, walk, base, pageHost);
  const blocks = walk.blocks.filter((b) => !index.insideEntry(b.el));
  const keyPoints = walk.keyPoints.filter((b) => !index.insideEntry(b.el));

  const cited = blocks.some((b) => b.reading.markers.some((m) => index.refOf.has(m.el)));
  const reason = notAnArticle(blocks, doc, { readabilityFailed: basis.readabilityFailed, cited, declared: isDeclared(snapshot), credited: Boolean(snapshot.byline || snapshot.published), url, base });
  if (reason) return { snapshot: { ...snapshot, reason }, elements, basis, ...sureness };

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
  return { snapshot, elements, basis, ...sureness };
}

/** Whether two bases give one snapshot (see ReadingBasis). */
function sameBasis(a: ReadingBasis, b: ReadingBasis): boolean {
  return a.root === b.root && a.truncated === b.truncated && a.readabilityFailed === b.readabilityFailed && JSON.stringify(a.meta) === JSON.stringify(b.meta);
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
