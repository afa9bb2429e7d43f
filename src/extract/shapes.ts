/**
 * Shape tests the block walker asks about elements: is this a footnote container, a
 * list of bare links (a teaser list or blogroll), a list of claim-like sentences (the
 * page's own key points), a bold line used as a heading; which items a list or
 * container holds; where a heading's section ends. Pure reads of small subtrees.
 */
import { elementsByTag, forEachElement } from "./dom";
import { absoluteUrl, isCitationLink } from "./links";
import { classTokens, isCitationMarker } from "./markers";
import { BLOCK_TAGS, REGEXPS } from "./patterns";
import type { TextReading } from "./text";

const A_TAG = new Set(["a"]);
const ENTRY_TAGS = new Set(["p", "dd", "div"]);

/** Whether `el` holds reference entries by its markup alone; "footnote" or "list", else null. */
export function referenceContainerKind(el: Element): "footnote" | "list" | null {
  const role = el.getAttribute("role");
  if (role === "doc-endnotes" || role === "doc-footnotes") return "footnote";
  if (role === "doc-bibliography") return "list";
  const names = [...classTokens(el), el.id].filter(Boolean);
  if (names.some((t) => REGEXPS.footnoteContainer.test(t))) return "footnote";
  if (names.some((t) => REGEXPS.referenceContainer.test(t))) return "list";
  return null;
}

/** The element a heading's section lives in: its parent, skipping wrappers that hold only the heading. */
export function sectionScope(heading: Element, root: Element): Element {
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

export function hasBlockChild(el: Element, ignoreLists: boolean): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const t = c.localName;
    if (ignoreLists && (t === "ul" || t === "ol")) continue;
    if (BLOCK_TAGS.has(t)) return true;
  }
  return false;
}

/** A paragraph that is only bold text, used as a heading ("**Sources:**"). */
export function isBoldHeading(p: Element): boolean {
  const first = p.firstElementChild;
  if (!first || first !== p.lastElementChild || !/^(?:strong|b)$/.test(first.localName)) return false;
  const text = (p.textContent ?? "").trim();
  return text.length < 60 && text === (first.textContent ?? "").trim();
}

/** List items of `list` that are not nested in another item of it. */
export function topItems(list: Element): Element[] {
  const out: Element[] = [];
  for (let c = list.firstElementChild; c; c = c.nextElementSibling) if (c.localName === "li") out.push(c);
  return out;
}

/** Entries of a footnote/reference container: its top-level list items, else its paragraphs. */
export function containerEntries(el: Element): Element[] {
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

/**
 * A reader of list positions: "3" for the third item of an <ol>, null elsewhere. It honours
 * `start` and `value` as HTML numbers items (an item after `value="10"` is 11). Each list is
 * numbered once, in one pass, so reading every item of a long list costs the list's length,
 * not its square. Make one per walk: it assumes the lists do not change meanwhile.
 */
export function listPositions(): (el: Element) => string | null {
  const numbered = new WeakMap<Element, Map<Element, string>>();
  return (el) => {
    const list = el.parentElement;
    if (el.localName !== "li" || !list || list.localName !== "ol") return null;
    let items = numbered.get(list);
    if (!items) {
      items = new Map();
      let n = Number(list.getAttribute("start")) || 1;
      for (let c = list.firstElementChild; c; c = c.nextElementSibling) {
        if (c.localName !== "li") continue;
        n = Number(c.getAttribute("value")) || n;
        items.set(c, String(n++));
      }
      numbered.set(list, items);
    }
    return items.get(el) ?? null;
  };
}

/** A list whose every item is just one link (teasers, blogrolls, tag lists). */
export function isLinkList(list: Element): boolean {
  const items = topItems(list);
  if (items.length < 2) return false;
  return items.every((li) => {
    const text = (li.textContent ?? "").replace(/\s+/g, " ").trim();
    let linked = 0;
    for (const a of elementsByTag(li, A_TAG)) linked += (a.textContent ?? "").replace(/\s+/g, " ").trim().length;
    return text.length === 0 || linked >= text.length * 0.8;
  });
}

/**
 * A table of contents: a list whose links all lead to places on the same page
 * (`href="#section"`). Its items are the article's own headings, so it is text.
 */
export function isContentsList(list: Element): boolean {
  let links = 0;
  for (const a of elementsByTag(list, A_TAG, 500)) {
    const href = a.getAttribute("href") ?? "";
    if (href.length < 2 || href[0] !== "#") return false;
    links++;
  }
  return links >= 2;
}

/** A cited cell with less text than this ("X[30]", "1887[3]") says nothing without its row. */
const SHORT_CELL = 20;

/** A table row with a cell too short to be a claim of its own that cites a source: the row is the claim. */
export function isCitedRow(row: Element): boolean {
  for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
    if (c.localName !== "td" && c.localName !== "th") continue;
    if ((c.textContent ?? "").trim().length < SHORT_CELL && !hasBlockChild(c, false) && citesSomething(c)) return true;
  }
  return false;
}

/** A numbered list of long, sentence-like items (a trailing list of the page's key points). */
export function isClaimList(list: Element): boolean {
  const items = topItems(list);
  if (items.length < 2 || items.length > 12) return false;
  return items.every((li) => {
    const text = (li.textContent ?? "").replace(/\s+/g, " ").trim();
    return text.length >= 60 && /[.!?]["'”’)]?$/.test(text) && elementsByTag(li, A_TAG, 1).length === 0;
  });
}

/** A short block that is all non-citing links (a "Topics:" row, a lone "Subscribe" link) and cites no note. */
export function isLinkLine(r: TextReading, base: string, pageHost: string): boolean {
  if (r.text.length >= 120 || r.anchors.length === 0 || r.markers.length > 0) return false;
  const linked = r.anchors.reduce((n, a) => n + (a.end - a.start), 0);
  if (linked < r.text.length * 0.8) return false;
  return r.anchors.every((a) => {
    const href = absoluteUrl(a.el.getAttribute("href"), base);
    return !href || !isCitationLink(a.el, href, pageHost);
  });
}

const BOX_TAGS = new Set(["figure", "figcaption", "caption"]);
const BOX_PART_TAGS = new Set(["tr", "figcaption", "caption"]);

const isBoxPart = (el: Element): boolean => BOX_PART_TAGS.has(el.localName) || classTokens(el).some((t) => REGEXPS.citedBoxPart.test(t));

function citesSomething(el: Element): boolean {
  let found = false;
  forEachElement(el, (c) => {
    if (!isCitationMarker(c)) return;
    found = true;
    return "stop";
  });
  return found;
}

/**
 * The parts of a box the walk leaves out as chrome (an infobox, a figure, a caption) that
 * cite a source: each such table row or caption says something the page backs with a
 * note, so it is a claim. Empty for other chrome and when nothing in the box cites.
 */
export function citedBoxParts(box: Element): Element[] {
  if (isBoxPart(box)) return citesSomething(box) ? [box] : [];
  if (!BOX_TAGS.has(box.localName) && !classTokens(box).some((t) => REGEXPS.citedBox.test(t))) return [];
  const parts: Element[] = [];
  forEachElement(box, (el) => {
    if (!isBoxPart(el)) return;
    if (citesSomething(el)) parts.push(el);
    return "skip";
  });
  return parts;
}
