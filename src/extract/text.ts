/**
 * The one definition of "the text of a block" shared by the extractor and the in-page
 * annotation layer. `extract` stores `readText(el).text` as a block's text and all
 * offsets (markers, links, claims) index into it; the content script calls the same
 * function on the same element and maps an offset back to a (Text node, offset) pair
 * with `locate`, or to a DOM Range with `rangeFor`, to draw a highlight.
 *
 * Rules (deterministic, attribute-based, so jsdom and browsers agree; no layout):
 * - whitespace runs (incl. NBSP) collapse to one " "; no leading/trailing space;
 * - soft hyphens and zero-width characters are dropped;
 * - element boundaries of block-level tags and <br> count as whitespace;
 * - skipped entirely: script/style/svg/… (SKIPPED_TAGS), [hidden], aria-hidden="true",
 *   inline display:none / visibility:hidden, screen-reader-only classes, MediaWiki
 *   "[edit]" links, `sup.noprint` ("[citation needed]"), and citation markers
 *   (`isCitationMarker`), which are reported with their offset instead;
 * - when reading an <li>, nested <ul>/<ol> are skipped (they are blocks of their own).
 *
 * A block's text is `readBlock(el)`: `readText(el)`, except that an element holding text
 * of its own beside block children ("intro<br><br><h2>…</h2>more text") reads only that
 * loose text, because its block children are blocks of their own, and a caption leaves
 * out its photo credit.
 */
import { BLOCK_TAGS, BREAKING_TAGS, REGEXPS, SKIPPED_TAGS } from "./patterns";
import { isCaption, isCredit } from "./captions";
import { elementsByTag } from "./dom";
import { classTokens, isCitationMarker } from "./markers";

/** A run of block text copied verbatim from one Text node. */
export interface TextSegment {
  node: Text;
  /** Offset of the run in the block text. */
  start: number;
  /** Offset of the run in `node.data`. */
  nodeStart: number;
  length: number;
}

/** What `readText` returns. */
export interface TextReading {
  /** The element's visible text, whitespace collapsed, citation markers left out. */
  text: string;
  /** How `text` maps back into the DOM, sorted by `start`; gaps are collapsed whitespace. */
  map: TextSegment[];
  /** Citation marker elements met, with the offset in `text` where each stood. */
  markers: { el: Element; at: number }[];
  /** Hyperlinks met (`<a href>`), with the offsets of their text. */
  anchors: { el: Element; start: number; end: number }[];
  /** True when `maxChars` (or the nesting cap) cut the text short. */
  truncated?: boolean;
}

/** Extra knobs; the content script needs none of them. */
export interface ReadTextOptions {
  /** Also skip these elements (used for back-links inside reference entries). */
  skip?: (el: Element) => boolean;
  /** Stop after this many characters (`text` is never longer; `truncated` says it was cut). */
  maxChars?: number;
}

const MAX_DEPTH = 400;
const COLLAPSE = /[\s\u00a0\u00ad\u200b-\u200d\u2060\ufeff]+/g;
const SPACE = /[\s\u00a0]/;

/** Whether `readText` never reads this element (hidden or not prose). Exported for the walker. */
export function isSkippedElement(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.localName)) return true;
  if (el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return true;
  const style = el.getAttribute("style");
  if (style && REGEXPS.hiddenStyle.test(style)) return true;
  const tokens = classTokens(el);
  if (tokens.some((t) => REGEXPS.srOnly.test(t))) return true;
  return el.localName === "sup" && tokens.includes("noprint");
}

/** Reads `el`'s visible text (see the module comment for the exact rules). */
export function readText(el: Element, options: ReadTextOptions = {}): TextReading {
  const out: TextReading = { text: "", map: [], markers: [], anchors: [] };
  let text = "";
  let pending: { node: Text | null; offset: number } | null = null;
  const max = options.maxChars ?? Infinity;
  const isListRoot = el.localName === "li";

  const push = (node: Text, nodeStart: number, chunk: string): void => {
    const room = max - text.length - (pending && text.length > 0 ? 1 : 0);
    if (chunk.length > room) {
      out.truncated = true;
      // Never end on half a surrogate pair.
      const cut = room > 0 && /[\ud800-\udbff]/.test(chunk.charAt(room - 1)) ? room - 1 : room;
      if (cut <= 0) return;
      chunk = chunk.slice(0, cut);
    }
    if (pending && text.length > 0) {
      if (pending.node) addSegment(pending.node, pending.offset, 1);
      text += " ";
    }
    pending = null;
    addSegment(node, nodeStart, chunk.length);
    text += chunk;
  };
  const addSegment = (node: Text, nodeStart: number, length: number): void => {
    const last = out.map[out.map.length - 1];
    if (last && last.node === node && last.nodeStart + last.length === nodeStart && last.start + last.length === text.length) {
      last.length += length;
    } else {
      out.map.push({ node, start: text.length, nodeStart, length });
    }
  };
  const breakHere = (): void => {
    if (!pending && text.length > 0) pending = { node: null, offset: 0 };
  };

  const visitText = (node: Text): void => {
    const data = node.data;
    COLLAPSE.lastIndex = 0;
    let last = 0;
    for (let m = COLLAPSE.exec(data); m; m = COLLAPSE.exec(data)) {
      if (m.index > last) push(node, last, data.slice(last, m.index));
      if (out.truncated) return;
      if (SPACE.test(m[0]) && !pending && text.length > 0) {
        const ws = m[0].search(SPACE);
        pending = { node, offset: m.index + ws };
      }
      last = m.index + m[0].length;
    }
    if (last < data.length) push(node, last, data.slice(last));
  };

  const visit = (node: Node, depth: number): void => {
    if (text.length >= max || depth > MAX_DEPTH) {
      if (!out.truncated && /\S/.test(node.textContent ?? "")) out.truncated = true;
      return;
    }
    if (node.nodeType === 3) return visitText(node as Text);
    if (node.nodeType !== 1) return;
    const e = node as Element;
    if (depth > 0) {
      if (isSkippedElement(e)) return;
      if (options.skip?.(e)) {
        if (BREAKING_TAGS.has(e.localName)) breakHere(); // a block left out still separates the text around it
        return;
      }
      if (isCitationMarker(e)) {
        out.markers.push({ el: e, at: text.length });
        return;
      }
      if (isListRoot && (e.localName === "ul" || e.localName === "ol")) return;
    }
    const breaking = BREAKING_TAGS.has(e.localName);
    if (breaking && depth > 0) breakHere();
    const anchor = depth > 0 && e.localName === "a" && e.hasAttribute("href");
    const before = text.length;
    for (let c = e.firstChild; c; c = c.nextSibling) visit(c, depth + 1);
    if (anchor && text.length > before) {
      const start = text[before] === " " ? before + 1 : before;
      out.anchors.push({ el: e, start, end: text.length });
    }
    if (breaking && depth > 0) breakHere();
  };

  visit(el, 0);
  out.text = text;
  return out;
}

/**
 * Maps an offset in `reading.text` to a position in the DOM. `bias` picks the side at a
 * boundary: "start" (a range starts here) prefers the following character's node, "end"
 * the preceding one. Returns null only for an empty reading.
 */
export function locate(reading: TextReading, offset: number, bias: "start" | "end" = "start"): { node: Text; offset: number } | null {
  const map = reading.map;
  if (map.length === 0) return null;
  let lo = 0;
  let hi = map.length - 1;
  const probe = bias === "end" ? offset - 1 : offset;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((map[mid] as TextSegment).start <= probe) lo = mid;
    else hi = mid - 1;
  }
  const seg = map[lo] as TextSegment;
  const within = Math.max(0, Math.min(offset - seg.start, seg.length));
  return { node: seg.node, offset: seg.nodeStart + within };
}

/** A DOM Range over `[start, end)` of `reading.text`, or null when it cannot be built. */
export function rangeFor(reading: TextReading, start: number, end: number): Range | null {
  const a = locate(reading, start, "start");
  const b = locate(reading, end, "end");
  const doc = a?.node.ownerDocument;
  if (!a || !b || !doc) return null;
  try {
    const range = doc.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    return range;
  } catch {
    return null;
  }
}

/** Loose text of at least this many characters makes a container a block of its own. */
const LOOSE_MIN = 25;
/** The same for a list item: its own text is the item ("Log it.<p></p>"), short or not. */
const LOOSE_MIN_ITEM = 3;

/** Block-level tags for loose text: BLOCK_TAGS and the parts of tables and lists. */
const LAYOUT_TAGS = new Set([...BLOCK_TAGS, "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "figcaption", "summary", "menu"]);
/** Containers whose own text is never prose of their own (the text belongs to their parts). */
const STRUCTURE_TAGS = new Set(["table", "tbody", "thead", "tfoot", "tr", "ul", "ol", "dl", "menu"]);

/** Characters of `el`'s text outside its block-level descendants (stops counting at `enough`). */
function looseChars(el: Element, enough: number): number {
  let n = 0;
  for (let c: Node | null = el.firstChild; c && n < enough; c = c.nextSibling) {
    if (c.nodeType === 3) n += (c as Text).data.trim().length;
    else if (c.nodeType === 1 && !LAYOUT_TAGS.has((c as Element).localName) && !isSkippedElement(c as Element)) n += looseChars(c as Element, enough - n);
  }
  return n;
}

/** Whether `el` holds text of its own (text nodes, inline elements) beside block-level descendants. */
export function hasLooseText(el: Element): boolean {
  if (STRUCTURE_TAGS.has(el.localName)) return false;
  let blocks = false;
  for (let c = el.firstElementChild; c && !blocks; c = c.nextElementSibling) blocks = LAYOUT_TAGS.has(c.localName) || elementsByTag(c, LAYOUT_TAGS, 1).length > 0;
  const min = el.localName === "li" ? LOOSE_MIN_ITEM : LOOSE_MIN;
  return blocks && looseChars(el, min) >= min;
}

const isBlock = (e: Element): boolean => LAYOUT_TAGS.has(e.localName);

/** The loose text of an element that `hasLooseText` vouched for: its block children left out. */
export function readLoose(el: Element, options: ReadTextOptions = {}): TextReading {
  const skip = options.skip;
  return readText(el, { ...options, skip: skip ? (e) => isBlock(e) || skip(e) : isBlock });
}

/** The text of `el` read as one block of the snapshot (see the module comment). */
export function readBlock(el: Element, options: ReadTextOptions = {}): TextReading {
  const skip = options.skip;
  // A caption's photo credit ("Credit: Agency") is not part of what the caption says.
  const opts = isCaption(el) ? { ...options, skip: skip ? (e: Element) => isCredit(e) || skip(e) : isCredit } : options;
  return hasLooseText(el) ? readLoose(el, opts) : readText(el, opts);
}
