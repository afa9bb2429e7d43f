/**
 * Footnotes found by their number. Many pages write a marker that links nowhere: a bare
 * `<sup>2</sup>`, a `javascript:` link (Wikidot), a Word `#_ftn2` whose target has no id,
 * a marker inside the article whose note list sits outside it. Their notes still start
 * with the same number (`<p><sup>2</sup> …`, `<p><strong>2</strong> …`, "[2] …"), carry
 * it in their id (`fn2`, `footnote-2`) or are the second item of a notes list. This
 * module indexes such definitions once per page, only when some marker needs it, and
 * pairs a marker with the first definition of its number that follows it.
 */
import { forEachElement } from "./dom";
import { REGEXPS } from "./patterns";
import { listPositions } from "./shapes";

/** Finds the definition a marker with `label` leads to; null when there is none. */
export type LooseNoteFinder = (label: string, marker: Element) => Element | null;

const DEFINITION_TAGS = new Set(["p", "li", "div", "dd", "aside"]);
const LABEL_TAGS = new Set(["sup", "strong", "b", "a", "span", "em"]);
const LABEL = /^\[?(\d{1,3}|[*†‡]{1,3})\]?[.:)]?$/;
const DOCUMENT_POSITION_FOLLOWING = 4;
const HEADING = /^h[1-6]$/;

/** The element holding the number a definition opens with ("<sup>2</sup> …", "<b><sup>2</sup> Note:</b> …"), or null. */
export function leadingLabelElement(el: Element): Element | null {
  let node: Node | null = el.firstChild;
  for (let depth = 0; node && depth < 4; depth++) {
    while (node && (node.nodeType === 8 || (node.nodeType === 3 && !(node.textContent ?? "").trim()))) node = node.nextSibling;
    if (!node || node.nodeType !== 1) return null;
    const e = node as Element;
    if (!LABEL_TAGS.has(e.localName)) return null;
    if (LABEL.test((e.textContent ?? "").trim())) return e;
    node = e.firstChild;
  }
  return null;
}

function leadingLabel(el: Element): string | null {
  const e = leadingLabelElement(el);
  return e ? (LABEL.exec((e.textContent ?? "").trim())?.[1] ?? null) : null;
}

/** The list's heading says "Notes" / "Footnotes" / "References", or the list sits in an aside. */
function isNotesList(list: Element): boolean {
  if (list.localName !== "ol") return false;
  if (list.parentElement?.localName === "aside") return true;
  const prev = list.previousElementSibling;
  return !!prev && HEADING.test(prev.localName) && REGEXPS.referencesHeading.test((prev.textContent ?? "").trim());
}

function definitionLabel(el: Element, listPosition: (el: Element) => string | null): string | null {
  const own = leadingLabel(el);
  if (own) return own;
  const byId = REGEXPS.numberedNoteId.exec(el.id);
  if (byId) return byId[1] ?? null;
  if (el.localName === "li" && el.parentElement && isNotesList(el.parentElement)) return listPosition(el);
  return null;
}

function buildIndex(doc: Document): Map<string, Element[]> {
  const index = new Map<string, Element[]>();
  if (!doc.body) return index;
  const listPosition = listPositions();
  forEachElement(doc.body, (el) => {
    if (!DEFINITION_TAGS.has(el.localName)) return;
    const label = definitionLabel(el, listPosition);
    if (!label || (el.textContent ?? "").trim().length <= label.length + 2) return;
    const list = index.get(label);
    if (list) list.push(el);
    else index.set(label, [el]);
    return "skip";
  });
  return index;
}

/** A finder over `doc`'s numbered definitions; the page is indexed on the first call. */
export function looseNotes(doc: Document): LooseNoteFinder {
  let index: Map<string, Element[]> | null = null;
  return (label, marker) => {
    index ??= buildIndex(doc);
    for (const el of index.get(label) ?? []) {
      if (el.contains(marker)) continue;
      if (marker.compareDocumentPosition(el) & DOCUMENT_POSITION_FOLLOWING) return el;
    }
    return null;
  };
}
