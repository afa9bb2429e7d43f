/**
 * Readability's rules, applied without running it (it rewrites a clone of the whole page, which
 * is what a quick reading saves): which elements it removes or weighs down before it scores
 * paragraphs, and the metadata it adds to the page's own (its byline and its excerpt). Its
 * patterns are read from the installed library, so they stay its own.
 */
import { Readability } from "@mozilla/readability";
import { forEachElement } from "./dom";
import type { ReadabilityMeta } from "./metadata";

/** Readability's own patterns (version-matched: read from the installed library). */
interface ReadabilityPatterns {
  REGEXPS: { byline: RegExp; unlikelyCandidates: RegExp; okMaybeItsACandidate: RegExp; negative: RegExp };
  UNLIKELY_ROLES: string[];
}
const PATTERNS = Readability.prototype as unknown as ReadabilityPatterns;

/**
 * What Readability adds to a page's own metadata, read without running it: the byline it
 * takes from the page's elements and its excerpt, the first paragraph of the article. Its
 * title, site name, date and language come from the page's metadata, which we read first.
 */
export function readabilityLike(doc: Document, root: Element): ReadabilityMeta {
  return { byline: markedByline(doc), excerpt: firstParagraph(root), lang: doc.documentElement?.getAttribute("lang") ?? null };
}

/** The text of the first paragraph Readability would keep: one with text or an embedded image. */
function firstParagraph(root: Element): string | null {
  for (const p of root.getElementsByTagName("p")) {
    const text = (p.textContent ?? "").trim();
    if (text || p.querySelector("img, embed, object, iframe")) return text;
  }
  return null;
}

/**
 * Readability's byline: the first visible element, in document order, marked as one (rel
 * author, an author itemprop, a class or id such as "byline"), with under 100 characters of
 * text; its [itemprop=name] descendant's text when it has one. Hidden elements, dialogs and
 * the unlikely candidates Readability removes are skipped with their contents.
 */
function markedByline(doc: Document): string | null {
  const html = doc.documentElement;
  if (!html) return null;
  const { REGEXPS } = PATTERNS;
  let byline: string | null = null;
  forEachElement(html, (el) => {
    if (dropped(el)) return "skip";
    if (el.getAttribute("rel") === "author" || el.getAttribute("itemprop")?.includes("author") || REGEXPS.byline.test(matchOf(el))) {
      const text = (el.textContent ?? "").trim();
      if (text.length > 0 && text.length < 100) {
        byline = (el.querySelector("[itemprop*=name]")?.textContent ?? text).trim();
        return "stop";
      }
    }
    return unlikely(el) ? "skip" : undefined;
  });
  return byline;
}

/** Readability's "match string" of an element: its class and id. */
const matchOf = (el: Element): string => `${typeof el.className === "string" ? el.className : ""} ${el.id}`;

/** Whether Readability removes `el` as an unlikely candidate (by its class, id or role) before scoring. */
function unlikely(el: Element): boolean {
  const { REGEXPS, UNLIKELY_ROLES } = PATTERNS;
  const match = matchOf(el);
  if (REGEXPS.unlikelyCandidates.test(match) && !REGEXPS.okMaybeItsACandidate.test(match) && el.localName !== "body" && el.localName !== "a" && !el.closest("table, code")) return true;
  return UNLIKELY_ROLES.includes(el.getAttribute("role") ?? "");
}

/** Whether Readability removes `el` before anything else: a script or style sheet, hidden, a dialog. */
function dropped(el: Element): boolean {
  return REMOVED.has(el.localName) || !visible(el) || (el.getAttribute("aria-modal") === "true" && el.getAttribute("role") === "dialog");
}

/** Whether Readability removes `el` before it scores paragraphs: dropped, or an unlikely candidate. */
function removed(el: Element): boolean {
  return dropped(el) || unlikely(el);
}

/**
 * Whether Readability sets `root` aside: removes it before scoring (hidden, a dialog, an
 * unlikely candidate such as a comment thread) or weighs it down for its class or id. (Its
 * ancestors are not asked: Readability retries without removing unlikely candidates when
 * too little text is left, and stories inside a "comment-on-selection" wrapper are common.)
 */
export function setAside(root: Element): boolean {
  return removed(root) || negative(root);
}

/** Whether Readability weighs `el` down for its class or id ("comment", "sidebar", …). */
function negative(el: Element): boolean {
  const { REGEXPS } = PATTERNS;
  return Boolean((typeof el.className === "string" && el.className && REGEXPS.negative.test(el.className)) || (el.id && REGEXPS.negative.test(el.id)));
}

/** Elements Readability removes before it looks for a byline. */
const REMOVED = new Set(["script", "noscript", "style"]);

/** Readability's visibility test: no display:none or visibility:hidden style, no hidden attribute, not aria-hidden. */
function visible(el: Element): boolean {
  // Only an element with a style attribute has a style to read (reading `style` builds an object).
  const style = el.hasAttribute("style") ? ((el as HTMLElement).style as CSSStyleDeclaration | undefined) : undefined;
  if (style && (style.display === "none" || style.visibility === "hidden")) return false;
  if (el.hasAttribute("hidden")) return false;
  return el.getAttribute("aria-hidden") !== "true" || (typeof el.className === "string" && el.className.includes("fallback-image"));
}
