/**
 * Citation markers: the little "[1]", "¹" or "note 3" links in a sentence that point at
 * a reference entry. Each footnote generator writes them differently (Wikipedia, Hugo /
 * Goldmark, pandoc, markdown-it, kramdown, WordPress block footnotes, Google Docs, Word,
 * O'Reilly), so this module knows their shapes and how to follow one to its entry.
 * `readText` uses `isCitationMarker` to keep marker text out of block text.
 */
import { elementsByTag } from "./dom";
import { REGEXPS } from "./patterns";

const A_TAG = new Set(["a"]);

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

function isNoteLink(a: Element): boolean {
  const href = a.getAttribute("href") ?? "";
  if (!href.startsWith("#") || href.length < 2) return false;
  const role = a.getAttribute("role");
  if (role === "doc-noteref") return true;
  if (a.getAttribute("data-type") === "noteref") return true;
  if (hasClass(a, REGEXPS.markerClass)) return true;
  return REGEXPS.noteHref.test(href) || REGEXPS.noteRefId.test(a.id);
}

/**
 * Whether `el` is a citation marker (the whole marker element: a `<sup>` when the
 * generator wraps its link in one, else the `<a>`). Pure test on the element and its
 * few children; the same answer in jsdom and in the browser.
 */
export function isCitationMarker(el: Element): boolean {
  const tag = el.localName;
  if (tag === "sup") {
    if (el.hasAttribute("data-fn")) return true; // WordPress core footnotes
    const a = noteAnchor(el);
    if (!a || !(a.getAttribute("href") ?? "").startsWith("#")) return false;
    const label = (el.textContent ?? "").trim();
    if (!isShortLabel(label)) return false;
    return hasClass(el, REGEXPS.markerClass) || REGEXPS.noteRefId.test(el.id) || isNoteLink(a) || /^\[.*\]$/.test(label) || /^\d{1,3}$/.test(label);
  }
  if (tag === "a") {
    const parent = el.parentElement;
    if (parent && parent.localName === "sup" && isCitationMarker(parent)) return false; // the <sup> is the marker
    const label = (el.textContent ?? "").trim();
    if (!isShortLabel(label)) return false;
    if (isNoteLink(el)) return true;
    // Bracketed number linking into the page: "[3]" written as a plain link.
    return /^\[\d{1,4}\]$/.test(label) && (el.getAttribute("href") ?? "").startsWith("#");
  }
  return false;
}

/** The marker's label as shown, without brackets: "[1]" → "1". */
export function markerLabel(el: Element): string {
  const text = (el.textContent ?? "").replace(/\s+/g, " ").trim();
  const m = REGEXPS.markerLabel.exec(text);
  return m?.[1] ?? text.replace(/^[[(]|[\])]$/g, "");
}

/** The id of the element the marker points at (its footnote), or null. */
export function markerTargetId(el: Element): string | null {
  const dataFn = el.getAttribute("data-fn");
  if (dataFn) return dataFn;
  const a = noteAnchor(el);
  const href = a?.getAttribute("href") ?? "";
  if (!href.startsWith("#") || href.length < 2) return null;
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return href.slice(1);
  }
}

const DOCUMENT_POSITION_PRECEDING = 2;
const ENTRY_TAGS = new Set(["li", "p", "dd", "div", "aside", "section", "td", "tr", "dt", "span"]);

/**
 * The reference entry a marker leads to: the target element, or its nearest list item /
 * paragraph when the target is an inline anchor (Google Docs, Word use `<a id|name>`).
 * `from` is the marker itself (to tell a note's back-link from a citation).
 */
export function findNoteEntry(doc: Document, id: string, from?: Element): Element | null {
  let target: Element | null = doc.getElementById(id);
  if (!target) target = doc.getElementsByName(id).item(0); // Word: <a name="_ftn1">
  if (!target) return null;
  if (/^h[1-6]$/.test(target.localName)) return null;
  // Google Docs and Word notes start with a "[1]" link back to the marker, which looks like a marker
  // itself: a marker pointing at an earlier marker is such a back-link, not a citation.
  if (from && from.compareDocumentPosition(target) & DOCUMENT_POSITION_PRECEDING) {
    for (let e: Element | null = target, i = 0; e && i < 3; e = e.parentElement, i++) if (isCitationMarker(e)) return null;
  }
  if (target.localName === "span" && (target.textContent ?? "").trim().length > 20) return target;
  if (ENTRY_TAGS.has(target.localName) && target.localName !== "span") return target;
  let el: Element | null = target.parentElement;
  while (el && !(ENTRY_TAGS.has(el.localName) && el.localName !== "span")) el = el.parentElement;
  return el && el.localName !== "body" ? el : null;
}
