/**
 * Citation markers: the little "[1]", "¹" or "note 3" links in a sentence that point at
 * a reference entry. Each footnote generator writes them differently (Wikipedia, Hugo /
 * Goldmark, pandoc, markdown-it, kramdown, WordPress block footnotes, Google Docs, Word,
 * O'Reilly, Substack, LaTeXML, org-mode and Tufte sidenotes, chatbot source chips, bare
 * `<sup>1</sup>` numbers), so this module knows their shapes and how to follow one to its
 * entry. `readText` uses `isCitationMarker` to keep marker text out of block text, so
 * every test here looks only at the element and its close neighbours (same answer in
 * jsdom and in the browser, before and after extract).
 */
import { elementsByTag, forEachElement } from "./dom";
import { REGEXPS } from "./patterns";

const A_TAG = new Set(["a"]);
const SUP_TAG = new Set(["sup"]);

/** The element's class list as lowercase-insensitive tokens (works for SVG and HTML). */
export function classTokens(el: Element): string[] {
  const c = el.getAttribute("class");
  return c ? c.split(/\s+/).filter(Boolean) : [];
}

function hasClass(el: Element, re: RegExp): boolean {
  return classTokens(el).some((t) => re.test(t));
}

function isShortLabel(text: string): boolean {
  return text.length <= 12 && REGEXPS.markerLabel.test(text);
}

function noteAnchor(el: Element): Element | null {
  if (el.localName === "a") return el;
  const anchors = elementsByTag(el, A_TAG, 2);
  return anchors.length === 1 ? (anchors[0] ?? null) : null;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * The in-page id a link leads to: "#fn1" → "fn1"; an absolute or relative href whose
 * fragment names an element of this document ("https://site/page#cite_note-3",
 * "ch02.html#fn1", Substack's "…#footnote-1") counts too. Null for other links.
 */
export function hrefFragment(a: Element): string | null {
  const href = a.getAttribute("href") ?? "";
  const i = href.indexOf("#");
  if (i < 0 || i === href.length - 1 || REGEXPS.nonNoteHref.test(href)) return null;
  const id = decode(href.slice(i + 1));
  if (i === 0) return id;
  return a.ownerDocument.getElementById(id) ? id : null;
}

function isNoteLink(a: Element): boolean {
  const id = hrefFragment(a);
  if (!id) return false;
  if (a.getAttribute("role") === "doc-noteref" || a.getAttribute("data-type") === "noteref") return true;
  if (hasClass(a, REGEXPS.markerClass)) return true;
  return REGEXPS.noteHref.test(`#${id}`) || REGEXPS.noteRefId.test(a.id);
}

/** A bare superscript number ("…as shown.<sup>2</sup>") rather than an exponent ("km<sup>2</sup>"). */
function isBareNoteNumber(sup: Element, label: string): boolean {
  if (!/^(?:\d{1,3}|[*†‡§]{1,3})$/.test(label)) return false;
  const a = noteAnchor(sup);
  if (a && !REGEXPS.nonNoteHref.test(a.getAttribute("href") ?? "")) return false;
  if (hasClass(sup, REGEXPS.markerClass) || !/\d/.test(label)) return true;
  const prev = sup.previousSibling;
  if (!prev) return true;
  const before = (prev.textContent ?? "").trimEnd();
  if (!before || /\d$/.test(before)) return !before;
  return !/\p{L}$/u.test(before) || /\p{L}{3,}$/u.test(before);
}

/** An inline note that carries its own text: a sidenote, a hidden inline footnote. */
function isSelfNote(el: Element): boolean {
  return (el.localName === "span" || el.localName === "small" || el.localName === "aside") && hasClass(el, REGEXPS.selfNoteClass);
}

function isPill(el: Element): boolean {
  return REGEXPS.citationPill.test(el.getAttribute("data-testid") ?? "") && noteAnchor(el) !== null;
}

/**
 * Whether `el` is a citation marker (the whole marker element: a `<sup>` or `<span>`
 * when the generator wraps its link in one, else the `<a>`). Pure test on the element
 * and its few children and neighbours.
 */
export function isCitationMarker(el: Element): boolean {
  const tag = el.localName;
  if (tag === "sup") {
    if (el.hasAttribute("data-fn")) return true; // WordPress core footnotes
    const label = (el.textContent ?? "").trim();
    if (!isShortLabel(label)) return false;
    const a = noteAnchor(el);
    if (!a || !hrefFragment(a)) return isBareNoteNumber(el, label);
    return hasClass(el, REGEXPS.markerClass) || REGEXPS.noteRefId.test(el.id) || isNoteLink(a) || /^\[.*\]$/.test(label) || /^\d{1,3}$/.test(label);
  }
  if (tag === "a") {
    const parent = el.parentElement;
    if (parent && (parent.localName === "sup" || parent.localName === "span") && isCitationMarker(parent)) return false;
    const label = (el.textContent ?? "").trim();
    if (!isShortLabel(label)) return false;
    if (isNoteLink(el)) return true;
    // A bare or bracketed number linking into the page: "[3]", "3".
    return /^\[?\d{1,4}\]?$/.test(label) && hrefFragment(el) !== null;
  }
  if (tag === "span" || tag === "small" || tag === "aside") {
    if (isSelfNote(el) || isPill(el)) return true;
    const label = (el.textContent ?? "").trim();
    if (!isShortLabel(label)) return false;
    if (el.hasAttribute("data-definition")) return true;
    if (!hasClass(el, REGEXPS.markerClass)) return false;
    const a = noteAnchor(el);
    return a ? hrefFragment(a) !== null : elementsByTag(el, SUP_TAG, 1).length > 0;
  }
  return tag === "label" && hasClass(el, REGEXPS.noteToggleClass);
}

/** The marker's label as shown, without brackets: "[1]" → "1"; "*" for a sidenote without one. */
export function markerLabel(el: Element): string {
  if (isSelfNote(el)) {
    const num = el.querySelector("sup, label, .sidenote-number");
    const text = (num?.textContent ?? "").trim();
    const own = el.firstChild?.nodeType === 3 ? (el.firstChild.textContent ?? "").trim() : "";
    return text || (isShortLabel(own) ? own : "") || "*";
  }
  if (isPill(el)) return (noteAnchor(el)?.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 40) || "*";
  const text = (el.textContent ?? "").replace(/\s+/g, " ").trim();
  const m = REGEXPS.markerLabel.exec(text);
  return m?.[1] ?? text.replace(/^[[(]|[\])]$/g, "");
}

/** The id of the element the marker points at (its footnote), or null. */
export function markerTargetId(el: Element): string | null {
  const direct = el.getAttribute("data-fn") ?? el.getAttribute("data-definition");
  if (direct) return direct;
  const a = noteAnchor(el);
  return a ? hrefFragment(a) : null;
}

/** The element inside a self-contained note (sidenote, inline footnote, source chip) that is its entry. */
export function selfNoteEntry(el: Element): Element | null {
  if (isPill(el)) return el;
  if (!isSelfNote(el)) return null;
  let body: Element | null = null;
  forEachElement(el, (c) => {
    if (body || !hasClass(c, REGEXPS.noteBodyClass)) return;
    body = c;
    return "stop";
  });
  return body ?? el;
}

const DOCUMENT_POSITION_PRECEDING = 2;
const ENTRY_TAGS = new Set(["li", "p", "dd", "div", "aside", "section", "td", "tr", "dt", "span"]);
const NOT_ENTRY = /^(?:h[1-6]|article|main|body|html|input)$/;

/**
 * The reference entry a marker leads to: the target element, or its nearest list item /
 * paragraph when the target is an inline anchor (Google Docs, Word use `<a id|name>`).
 * `from` is the marker itself (to tell a note's back-link from a citation).
 */
export function findNoteEntry(doc: Document, id: string, from?: Element): Element | null {
  let target: Element | null = doc.getElementById(id);
  if (!target || target.localName === "input") target = doc.getElementsByName(id).item(0); // Word: <a name="_ftn1">
  if (!target || NOT_ENTRY.test(target.localName)) return null;
  // A section that opens with a heading is a part of the text, not a note ("see section 3").
  if (target.localName === "section" && /^h[1-6]$/.test(target.firstElementChild?.localName ?? "")) return null;
  // Google Docs and Word notes start with a "[1]" link back to the marker, which looks like a marker
  // itself: a marker pointing at an earlier marker is such a back-link, not a citation.
  if (from && from.compareDocumentPosition(target) & DOCUMENT_POSITION_PRECEDING) {
    for (let e: Element | null = target, i = 0; e && i < 3; e = e.parentElement, i++) if (isCitationMarker(e)) return null;
  }
  // texinfo: the note's number is a heading (<h5><a id="FOOT1">(1)</a></h5>) and its text the paragraph after it.
  const heading = target.parentElement && /^h[1-6]$/.test(target.parentElement.localName) ? target.parentElement : null;
  if (heading) return heading.nextElementSibling && !/^h[1-6]$/.test(heading.nextElementSibling.localName) ? heading.nextElementSibling : null;
  if (target.localName === "span" && (target.textContent ?? "").trim().length > 20) return target;
  if (ENTRY_TAGS.has(target.localName) && target.localName !== "span") return target;
  let el: Element | null = target.parentElement;
  while (el && !(ENTRY_TAGS.has(el.localName) && el.localName !== "span")) el = el.parentElement;
  return el && el.localName !== "body" ? el : null;
}
