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
import { elementsByTag, forEachElement } from "./dom";
import { classTokens } from "./markers";
import { BLOCK_TAGS, CHROME_TAGS, LIMITS, REGEXPS } from "./patterns";
import { absoluteUrl, isCitationLink } from "./links";
import { isSkippedElement, readText, type TextReading } from "./text";

/** A text block found by the walk, with the reading its offsets refer to. */
export interface FoundBlock {
  el: Element;
  kind: SnapshotBlock["kind"];
  reading: TextReading;
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
  truncated: boolean;
}

type Mode = { kind: "body" | "refs" | "ignore" | "keypoints"; level: number; scope: Element | null };

const HEADING = /^h([1-6])$/;
const A_TAG = new Set(["a"]);
const ENTRY_TAGS = new Set(["p", "dd", "div"]);
const FOOTNOTE_CONTAINER = /^(?:footnotes?|endnotes?|wp-block-footnotes|footnote-list|easy-footnotes-wrapper|fn-list)$/i;
const LIST_CONTAINER = /^(?:references|reflist|refbegin|reference-list|bibliography|works-cited|citations|sources-list)$/i;
const KEYPOINTS_CLASS = /^(?:key-?points|key-?takeaways|takeaways|highlights|tldr|tl-dr|summary-points|article-summary)$/i;
const BRACKET_ENTRY = /^\[\d{1,3}\]\s/;

/** Whether `el` holds reference entries by its markup alone; "footnote" or "list", else null. */
export function referenceContainerKind(el: Element): "footnote" | "list" | null {
  const role = el.getAttribute("role");
  if (role === "doc-endnotes" || role === "doc-footnotes") return "footnote";
  if (role === "doc-bibliography") return "list";
  const names = [...classTokens(el), el.id].filter(Boolean);
  if (names.some((t) => FOOTNOTE_CONTAINER.test(t))) return "footnote";
  if (names.some((t) => LIST_CONTAINER.test(t))) return "list";
  return null;
}

/** Walks `root` and sorts its blocks (see the module comment); `base`/`pageHost` judge links. */
export function walkArticle(root: Element, base: string, pageHost: string): WalkResult {
  const res: WalkResult = { blocks: [], keyPoints: [], entries: [], source: null, truncated: false };
  let mode: Mode = { kind: "body", level: 7, scope: null };
  let keyListNext = false;
  let refsSeen = false;

  const emit = (el: Element, kind: SnapshotBlock["kind"], reading?: TextReading): void => {
    const r = reading ?? readText(el, { maxChars: LIMITS.blockChars });
    if (!r.text) return;
    if (mode.kind === "keypoints") {
      // A key-points section ends at its first loose paragraph after the list.
      if (kind === "list-item" || (res.keyPoints.length === 0 && r.text.length < 400)) {
        res.keyPoints.push({ el, kind, reading: r });
        return;
      }
      mode = { kind: "body", level: 7, scope: null };
    }
    if (kind !== "heading" && isChromeLine(r.text)) return;
    if (kind !== "heading" && isLinkLine(r, base, pageHost)) return;
    if (kind === "paragraph" && !res.source && r.text.length < 300 && REGEXPS.sourceLine.test(r.text)) {
      res.source = { el, kind, reading: r };
      return;
    }
    if (kind === "paragraph" && r.text.length < 60 && REGEXPS.keyPointsHeading.test(r.text)) {
      keyListNext = true;
      return;
    }
    if (kind === "paragraph" && BRACKET_ENTRY.test(r.text)) refsSeen = true;
    keyListNext = false;
    if (res.blocks.length >= LIMITS.blocks) {
      res.truncated = true;
      return;
    }
    res.blocks.push({ el, kind, reading: r });
  };

  const addEntries = (list: Element[], kind: "footnote" | "list"): void => {
    refsSeen = true;
    for (const el of list) {
      if (res.entries.length >= LIMITS.references) {
        res.truncated = true;
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

  /** Returns true when `el` is, or holds, something block-like (so its parent is no leaf). */
  const visit = (el: Element, inList: boolean, inQuote: boolean, depth: number): boolean => {
    if (depth > 200 || res.truncated) return true;
    if (isSkippedElement(el)) return false;
    const tag = el.localName;
    const container = referenceContainerKind(el);
    if (container && mode.kind !== "ignore") {
      addEntries(containerEntries(el), container);
      return true;
    }
    if (isChrome(el)) return BLOCK_TAGS.has(tag) || CHROME_TAGS.has(tag);
    const h = HEADING.exec(tag);
    if (h) {
      onHeading(el, Number(h[1]));
      return true;
    }
    if (tag === "p" && isBoldHeading(el)) {
      onHeading(el, 7);
      return true;
    }
    if (mode.kind === "ignore") return visitChildren(el, inList, inQuote, depth) || BLOCK_TAGS.has(tag);
    if (mode.kind === "refs") return visitRefs(el, inList, inQuote, depth);
    if (tag === "ul" || tag === "ol") {
      if (mode.kind === "body" && (keyListNext || classTokens(el).some((t) => KEYPOINTS_CLASS.test(t)) || (refsSeen && isClaimList(el)))) {
        const saved = mode;
        mode = { kind: "keypoints", level: 7, scope: null };
        visitChildren(el, true, inQuote, depth);
        mode = saved;
        keyListNext = false;
        return true;
      }
      if (mode.kind === "body" && isLinkList(el)) return true;
      visitChildren(el, true, inQuote, depth);
      return true;
    }
    if (tag === "p") {
      emit(el, kindFor("paragraph", inList, inQuote));
      return true;
    }
    if (tag === "li") {
      const blocky = hasBlockChild(el, true);
      if (!blocky) emit(el, inQuote ? "quote" : "list-item");
      if (blocky) visitChildren(el, true, inQuote, depth);
      else for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (c.localName === "ul" || c.localName === "ol") visit(c, true, inQuote, depth + 1);
      return true;
    }
    if (tag === "blockquote") {
      if (hasBlockChild(el, false)) visitChildren(el, inList, true, depth);
      else emit(el, "quote");
      return true;
    }
    const hasBlock = visitChildren(el, inList, inQuote, depth);
    if (!hasBlock && BLOCK_TAGS.has(tag) || (!hasBlock && (tag === "td" || tag === "th"))) {
      const cell = tag === "td" || tag === "th";
      if (!cell || (el.textContent ?? "").length >= 80) emit(el, kindFor("paragraph", inList, inQuote)); // data cells are not prose
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
  return res;
}

function kindFor(kind: SnapshotBlock["kind"], inList: boolean, inQuote: boolean): SnapshotBlock["kind"] {
  if (inQuote) return "quote";
  return inList ? "list-item" : kind;
}

/** The element a heading's section lives in: its parent, skipping wrappers that hold only the heading. */
function sectionScope(heading: Element, root: Element): Element {
  let child = heading;
  let s = heading.parentElement;
  while (s && s !== root) {
    let other = false;
    for (let c = s.firstElementChild; c; c = c.nextElementSibling) if (c !== child && BLOCK_TAGS.has(c.localName)) other = true;
    if (other) return s;
    child = s;
    s = s.parentElement;
  }
  return root;
}

function hasBlockChild(el: Element, ignoreLists: boolean): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const t = c.localName;
    if (ignoreLists && (t === "ul" || t === "ol")) continue;
    if (BLOCK_TAGS.has(t)) return true;
  }
  return false;
}

/** A paragraph that is only bold text, used as a heading ("**Sources:**"). */
function isBoldHeading(p: Element): boolean {
  const first = p.firstElementChild;
  if (!first || first !== p.lastElementChild || !/^(?:strong|b)$/.test(first.localName)) return false;
  const text = (p.textContent ?? "").trim();
  return text.length < 60 && text === (first.textContent ?? "").trim();
}

/** List items of `list` that are not nested in another item of it. */
function topItems(list: Element): Element[] {
  const out: Element[] = [];
  for (let c = list.firstElementChild; c; c = c.nextElementSibling) if (c.localName === "li") out.push(c);
  return out;
}

/** Entries of a footnote/reference container: its top-level list items, else its paragraphs. */
function containerEntries(el: Element): Element[] {
  if (el.localName === "ol" || el.localName === "ul") return topItems(el);
  const items: Element[] = [];
  forEachElement(el, (l) => {
    if (l.localName !== "ol" && l.localName !== "ul") return;
    items.push(...topItems(l));
    return "skip";
  });
  if (items.length) return items;
  const out: Element[] = [];
  forEachElement(el, (p) => {
    if (!ENTRY_TAGS.has(p.localName) || (p.localName === "div" && hasBlockChild(p, false))) return;
    if ((p.textContent ?? "").trim().length > 0) out.push(p);
    return "skip";
  });
  return out;
}

/** "3" for the third item of an <ol> (honouring start/value), null elsewhere. */
function listPosition(el: Element): string | null {
  const list = el.parentElement;
  if (el.localName !== "li" || !list || list.localName !== "ol") return null;
  const value = Number(el.getAttribute("value"));
  if (value) return String(value);
  let n = Number(list.getAttribute("start")) || 1;
  for (let c = list.firstElementChild; c && c !== el; c = c.nextElementSibling) if (c.localName === "li") n++;
  return String(n);
}

/** A list whose every item is just one link (teasers, blogrolls, tag lists). */
function isLinkList(list: Element): boolean {
  const items = topItems(list);
  if (items.length < 2) return false;
  return items.every((li) => {
    const text = (li.textContent ?? "").replace(/\s+/g, " ").trim();
    let linked = 0;
    for (const a of elementsByTag(li, A_TAG)) linked += (a.textContent ?? "").replace(/\s+/g, " ").trim().length;
    return text.length === 0 || linked >= text.length * 0.8;
  });
}

/** A numbered list of long, sentence-like items (a trailing list of the page's key points). */
function isClaimList(list: Element): boolean {
  const items = topItems(list);
  if (items.length < 2 || items.length > 12) return false;
  return items.every((li) => {
    const text = (li.textContent ?? "").replace(/\s+/g, " ").trim();
    return text.length >= 60 && /[.!?]["'”’)]?$/.test(text) && elementsByTag(li, A_TAG, 1).length === 0;
  });
}

/** A short block that is all non-citing links (a "Topics:" row, a lone "Subscribe" link). */
function isLinkLine(r: TextReading, base: string, pageHost: string): boolean {
  if (r.text.length >= 120 || r.anchors.length === 0) return false;
  const linked = r.anchors.reduce((n, a) => n + (a.end - a.start), 0);
  if (linked < r.text.length * 0.8) return false;
  return r.anchors.every((a) => {
    const href = absoluteUrl(a.el.getAttribute("href"), base);
    return !href || !isCitationLink(a.el, href, pageHost);
  });
}
