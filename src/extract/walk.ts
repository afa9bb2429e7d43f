/**
 * One document-order pass over the article element that sorts every text block into
 * body blocks, reference entries, key points or the provenance ("source:") line.
 * Section state comes from headings: a "References"/"Sources"/"Notes" heading turns what
 * follows into entries, "Further reading"/"See also" into nothing, "Key points" into key
 * points, until a heading of the same or higher level or the end of the heading's
 * section element. Footnote containers (`.footnotes`, `[role=doc-endnotes]`, …) are
 * entries wherever they are. Linear in the size of the article element.
 */
import type { SnapshotBlock } from "../report";
import { isChrome, isChromeLine } from "./chrome";
import { classTokens } from "./markers";
import {
  citedBoxParts, containerEntries, hasBlockChild, isBoldHeading, isCitedRow, isClaimList, isContentsList, isLinkLine, isLinkList, listPositions, referenceContainerKind, sectionScope, topItems,
} from "./shapes";
import { isCaption, withoutRepeatedCaptions } from "./captions";
import { cellsOf, isDataTable, tableRows } from "./tables";
import { elementsByTag } from "./dom";
import { BLOCK_TAGS, CHROME_TAGS, LIMITS, REGEXPS } from "./patterns";
import { hasLooseText, isSkippedElement, readBlock, readLoose, readText, type TextReading } from "./text";

/** A text block found by the walk, with the reading its offsets refer to. */
export interface FoundBlock {
  el: Element;
  kind: SnapshotBlock["kind"];
  reading: TextReading;
  /** A figure's or table's caption: left out when it repeats the article's text. */
  caption?: boolean;
}

/** A reference entry found by the walk (before ids and labels are settled). */
export interface FoundEntry {
  el: Element;
  kind: "footnote" | "list";
  /** Label from the list position (ol/start) when there is one. */
  position: string | null;
}

/** Everything the walk sorted out of the article element. */
export interface WalkResult {
  blocks: FoundBlock[];
  keyPoints: FoundBlock[];
  entries: FoundEntry[];
  source: FoundBlock | null;
  /** Something was left out: a cap of LIMITS was reached, a block cut at LIMITS.blockChars, or nesting beyond LIMITS.walkDepth skipped. */
  truncated: boolean;
}

type Mode = { kind: "body" | "refs" | "ignore" | "keypoints"; level: number; scope: Element | null };

const HEADING = /^h([1-6])$/;

/** Walks `root` and sorts its blocks (see the module comment); `base`/`pageHost` judge links. */
export function walkArticle(root: Element, base: string, pageHost: string): WalkResult {
  const res: WalkResult = { blocks: [], keyPoints: [], entries: [], source: null, truncated: false };
  let mode: Mode = { kind: "body", level: 7, scope: null };
  let keyListNext = false;
  let refsSeen = false;
  /** Inside a table of contents, whose items are in-page links. */
  let contents = false;
  /** Set when a cap on blocks or entries is reached: the walk stops. */
  let full = false;
  const preIsText = mostlyPreformatted(root);

  const emit = (el: Element, kind: SnapshotBlock["kind"], reading?: TextReading): void => {
    const r = reading ?? readBlock(el, { maxChars: LIMITS.blockChars });
    if (!r.text) return;
    if (r.truncated) res.truncated = true;
    if (mode.kind === "keypoints") {
      // A key-points section ends at its first loose paragraph after the list.
      if (kind === "list-item" || (res.keyPoints.length === 0 && r.text.length < 400)) {
        res.keyPoints.push({ el, kind, reading: r });
        return;
      }
      mode = { kind: "body", level: 7, scope: null };
    }
    const prose = kind !== "heading" && kind !== "code" && kind !== "table-row";
    if (prose && isChromeLine(r.text)) return;
    if (prose && !contents && isLinkLine(r, base, pageHost)) return;
    if (kind === "paragraph" && !res.source && r.text.length < 300 && REGEXPS.sourceLine.test(r.text)) {
      res.source = { el, kind, reading: r };
      return;
    }
    if (kind === "paragraph" && r.text.length < 60 && REGEXPS.keyPointsHeading.test(r.text)) {
      keyListNext = true;
      return;
    }
    if (kind === "paragraph" && REGEXPS.bracketEntry.test(r.text)) refsSeen = true;
    keyListNext = false;
    if (res.blocks.length >= LIMITS.blocks) {
      res.truncated = full = true;
      return;
    }
    res.blocks.push(prose && isCaption(el) ? { el, kind, reading: r, caption: true } : { el, kind, reading: r });
  };

  const listPosition = listPositions();
  const addEntries = (list: Element[], kind: "footnote" | "list"): void => {
    refsSeen = true;
    for (const el of list) {
      if (res.entries.length >= LIMITS.references) {
        res.truncated = full = true;
        return;
      }
      res.entries.push({ el, kind, position: listPosition(el) });
    }
  };

  const onHeading = (el: Element, level: number): void => {
    const reading = readText(el, { maxChars: 500 });
    const text = reading.text;
    if (mode.kind !== "body" && level <= mode.level) mode = { kind: "body", level: 7, scope: null };
    if (mode.kind !== "body") return; // a sub-heading inside references / ignored sections
    const short = text.length < 60;
    if (short && REGEXPS.referencesHeading.test(text)) mode = { kind: "refs", level, scope: sectionScope(el, root) };
    else if (short && REGEXPS.ignoredHeading.test(text)) mode = { kind: "ignore", level, scope: sectionScope(el, root) };
    else if (short && REGEXPS.keyPointsHeading.test(text)) mode = { kind: "keypoints", level, scope: sectionScope(el, root) };
    else emit(el, "heading", reading);
  };

  /** A provenance line can follow a references or "Further reading" list; it is still the source line. */
  const takeSourceLine = (el: Element): boolean => {
    const r = readText(el, { maxChars: 400 });
    if (r.text.length >= 300 || !REGEXPS.sourceLine.test(r.text) || REGEXPS.referencesHeading.test(r.text)) return false;
    res.source = { el, kind: "paragraph", reading: r };
    return true;
  };

  /** Returns true when `el` is, or holds, something block-like (so its parent is no leaf). */
  const visit = (el: Element, inList: boolean, inQuote: boolean, depth: number): boolean => {
    if (full) return true;
    if (depth > LIMITS.walkDepth) {
      res.truncated = true;
      return true;
    }
    if (isSkippedElement(el)) return false;
    const tag = el.localName;
    const container = referenceContainerKind(el);
    if (container && mode.kind !== "ignore") {
      addEntries(containerEntries(el), container);
      return true;
    }
    if (depth > 0 && isChrome(el)) {
      // Readability vouched for the root. An infobox row or a caption that cites a source is still a claim.
      if (mode.kind === "body") for (const part of citedBoxParts(el)) emit(part, "paragraph");
      return BLOCK_TAGS.has(tag) || CHROME_TAGS.has(tag);
    }
    const h = HEADING.exec(tag);
    if (h) {
      onHeading(el, Number(h[1]));
      return true;
    }
    if (tag === "p" && isBoldHeading(el)) {
      onHeading(el, 7);
      return true;
    }
    if (tag === "p" && mode.kind !== "body" && !res.source && takeSourceLine(el)) return true;
    if (mode.kind === "ignore") return visitChildren(el, inList, inQuote, depth) || BLOCK_TAGS.has(tag);
    if (mode.kind === "refs") return visitRefs(el, inList, inQuote, depth);
    if (tag === "pre") {
      // A code sample in a tech article is article text; a plain-text document in <pre> is prose.
      emit(el, preIsText ? kindFor("paragraph", inList, inQuote) : "code");
      return true;
    }
    if (tag === "ul" || tag === "ol") {
      if (mode.kind === "body" && (keyListNext || classTokens(el).some((t) => REGEXPS.keyPointsClass.test(t)) || (refsSeen && isClaimList(el)))) {
        const saved = mode;
        mode = { kind: "keypoints", level: 7, scope: null };
        visitChildren(el, true, inQuote, depth);
        mode = saved;
        keyListNext = false;
        return true;
      }
      if (mode.kind === "body" && !contents && isLinkList(el)) {
        if (!isContentsList(el)) return true;
        // A table of contents: its items are all links, and text all the same.
        contents = true;
        visitChildren(el, true, inQuote, depth);
        contents = false;
        return true;
      }
      visitChildren(el, true, inQuote, depth);
      return true;
    }
    if (tag === "p") {
      const only = el.firstElementChild;
      const wrapsChrome = only && only === el.lastElementChild && isChrome(only) && (only.textContent ?? "").trim() === (el.textContent ?? "").trim();
      if (!wrapsChrome) emit(el, kindFor("paragraph", inList, inQuote));
      return true;
    }
    if (tag === "li") {
      const blocky = hasBlockChild(el, true);
      // An item's own text beside a block child ("Item text<p></p>") is read as its loose text.
      if (!blocky || hasLooseText(el)) emit(el, inQuote ? "quote" : "list-item");
      if (blocky) visitChildren(el, true, inQuote, depth);
      else for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (c.localName === "ul" || c.localName === "ol") visit(c, true, inQuote, depth + 1);
      return true;
    }
    if (tag === "table" && mode.kind === "body" && isDataTable(el)) {
      visitDataTable(el, inList, inQuote, depth);
      return true;
    }
    if (tag === "tr" && isCitedRow(el)) {
      emit(el, kindFor("paragraph", inList, inQuote));
      return true;
    }
    if (tag === "blockquote") {
      if (hasBlockChild(el, false)) visitChildren(el, inList, true, depth);
      else emit(el, "quote");
      return true;
    }
    // Text beside child blocks ("intro<br><br><h2>…</h2>more") is a block of its own, read first.
    // When every block child is skipped, that text is the element's only block: emitted once.
    const loose = hasLooseText(el);
    if (loose) emit(el, kindFor("paragraph", inList, inQuote), readLoose(el, { maxChars: LIMITS.blockChars }));
    const hasBlock = visitChildren(el, inList, inQuote, depth) || loose;
    // A leaf block, a table cell, a caption or summary, or a root with only inline content (text straight in <body>).
    if (!hasBlock && (BLOCK_TAGS.has(tag) || LEAF_TAGS.has(tag) || depth === 0)) {
      const cell = tag === "td" || tag === "th";
      // Data cells are not prose, unless the cell cites a source for what it says.
      const r = cell ? readText(el, { maxChars: LIMITS.blockChars }) : undefined;
      if (!r || r.text.length >= 80 || (r.markers.length > 0 && r.text.length >= 10)) emit(el, kindFor("paragraph", inList, inQuote), r);
      return true;
    }
    return hasBlock;
  };

  const visitChildren = (el: Element, inList: boolean, inQuote: boolean, depth: number): boolean => {
    let any = false;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (visit(c, inList, inQuote, depth + 1)) any = true;
    }
    if (mode.scope === el) mode = { kind: "body", level: 7, scope: null };
    return any;
  };

  /**
   * A data table's rows are body text, one block each (kind "table-row": read, never split
   * into claims); a row with a cell of prose, or one that cites a source, is read as any row
   * is (its long cells are paragraphs, a cited row one claim). Its caption is read as usual.
   */
  const visitDataTable = (table: Element, inList: boolean, inQuote: boolean, depth: number): void => {
    for (let c = table.firstElementChild; c; c = c.nextElementSibling) if (c.localName === "caption") visit(c, inList, inQuote, depth + 1);
    for (const row of tableRows(table)) {
      if (full) return;
      if (isSkippedElement(row) || isChrome(row)) continue;
      if (isCitedRow(row) || cellsOf(row).some(isProseCell)) visit(row, inList, inQuote, depth + 2);
      else emit(row, "table-row", readText(row, { maxChars: LIMITS.blockChars }));
    }
  };

  /** Inside a references section: lists give one entry per item, loose paragraphs one each. */
  const visitRefs = (el: Element, inList: boolean, inQuote: boolean, depth: number): boolean => {
    const tag = el.localName;
    if (tag === "ul" || tag === "ol") {
      addEntries(topItems(el), "list");
      return true;
    }
    if (tag === "p" || tag === "dd" || (BLOCK_TAGS.has(tag) && !hasBlockChild(el, false) && tag !== "hr")) {
      if ((el.textContent ?? "").trim()) addEntries([el], "list");
      return true;
    }
    return visitChildren(el, inList, inQuote, depth) || BLOCK_TAGS.has(tag);
  };

  visit(root, false, false, 0);
  res.blocks = withoutRepeatedCaptions(res.blocks);
  return res;
}

/**
 * Whether most of `root`'s text is preformatted: a plain-text document (an RFC, a mailing
 * list post) wrapped in <pre>, whose <pre> blocks are the article, not code samples.
 */
function mostlyPreformatted(root: Element): boolean {
  let pre = 0;
  for (const el of elementsByTag(root, PRE, 2000)) pre += (el.textContent ?? "").length;
  if (root.localName === "pre") pre = (root.textContent ?? "").length;
  return pre > 0 && pre >= 0.5 * (root.textContent ?? "").length;
}

const PRE = new Set(["pre"]);
/** A data table's cell at least this long is prose: its own paragraph, as in a layout table. */
const PROSE_CELL = 80;

/** Whether a table cell holds prose (a long text, or blocks of its own) rather than a datum. */
function isProseCell(cell: Element): boolean {
  return hasBlockChild(cell, false) || (cell.textContent ?? "").replace(/\s+/g, " ").trim().length >= PROSE_CELL;
}
/** Tags outside BLOCK_TAGS that are blocks of text when they hold no block. */
const LEAF_TAGS = new Set(["td", "th", "caption", "figcaption", "summary"]);

function kindFor(kind: SnapshotBlock["kind"], inList: boolean, inQuote: boolean): SnapshotBlock["kind"] {
  if (inQuote) return "quote";
  return inList ? "list-item" : kind;
}
