/**
 * The article without Readability, for a quick first reading (see `ExtractOptions.quick`),
 * and whether it is sure to be the one the full reading (Readability's) will find. The
 * extension draws from a quick reading only when it is sure: a reader must never see
 * highlights appear and then move when the full reading picks another element.
 *
 * The guess is the element with most paragraph text, widened to the page's one <article>
 * as Readability's pick would be. It is sure when Readability's own signals point at the
 * same element: Readability scores each paragraph's parent with the paragraph's whole score
 * (its grandparent with half, and so on), so an element that is itself the parent of most of
 * its paragraph text is Readability's top candidate; and Readability then adds the top
 * candidate's siblings that read as paragraphs, so a guess with such a sibling is not sure.
 * Where the paragraphs sit deeper (the guess is a wrapper of the story and its teasers,
 * comments or author box), Readability often picks a narrower element inside it.
 * On the 170 corpus pages (test/eval/human-quick-reading.mjs) no sure guess draws other
 * claims than the full reading; see docs/performance.md for the figures.
 *
 * The metadata Readability would add where the page states none is read its way here
 * (readability-rules.ts): both readings then agree on the snapshot, and the full reading can
 * answer "same" instead of a second snapshot to analyze.
 */
import { markedArticle, paragraphText, fallbackRoot, type ArticleGuess } from "./article";
import { forEachElement, type PageScan } from "./dom";
import { readabilityLike, setAside } from "./readability-rules";

/** What the sureness of a guess is decided on (kept for measuring the rule, see test/eval/human-quick-reading.mjs). */
export interface Sureness {
  /** The share of the guess's paragraph text in its own child paragraphs. */
  ownShare: number;
  /** A sibling reads as a paragraph Readability would add to its pick. */
  paragraphSibling: boolean;
  /** Readability removes the guess before scoring, or weighs it down (readability-rules.ts). */
  setAside: boolean;
}

/** A quick guess, and whether it is sure (see above). */
export interface QuickGuess extends ArticleGuess {
  sure: boolean;
  sureness: Sureness | null;
}

/**
 * The share of the guess's paragraph text that must sit in its own child paragraphs. On the
 * corpus the guesses split cleanly: wrappers have (nearly) none there, sure guesses most
 * (any share from 0.1 to 0.9 gives the same pages; 5-fold cross-validated in the eval).
 */
export const OWN_SHARE = 0.5;

/** Readability's rule for a sibling it adds to its pick: a paragraph of more than this many characters… */
const SIBLING_CHARS = 80;
/** …whose links are under this share of its text. */
const SIBLING_LINKS = 0.25;

/** The quick guess (no Readability): `root` null when the page has no paragraph text. */
export function quickGuess(doc: Document, scan: PageScan): QuickGuess {
  const body = doc.body;
  const text = body ? paragraphText(body) : null;
  const found = text ? fallbackRoot(doc, text) : null;
  const root = found ? markedArticle(found, scan.tagged.get("article") ?? []) : null;
  const sureness = root && text ? { ownShare: (text.own.get(root) ?? 0) / Math.max(1, text.under.get(root) ?? 0), paragraphSibling: hasParagraphSibling(root), setAside: setAside(root) } : null;
  return { root, meta: root ? readabilityLike(doc, root) : null, truncated: false, skipped: false, sure: sureness !== null && isSure(sureness), sureness };
}

/** The rule (see above): most paragraph text the guess's own, no paragraph sibling, not set aside. */
export function isSure(s: Sureness, ownShare = OWN_SHARE): boolean {
  return s.ownShare >= ownShare && !s.paragraphSibling && !s.setAside;
}

/** Whether a sibling of `root` reads as a paragraph Readability would add to its pick. */
function hasParagraphSibling(root: Element): boolean {
  for (let s = root.parentElement?.firstElementChild ?? null; s; s = s.nextElementSibling) {
    if (s === root || !(s.localName === "p" || (s.localName === "div" && !hasBlockChild(s)))) continue;
    const length = (s.textContent ?? "").trim().length;
    if (length > SIBLING_CHARS && linkShare(s, length) < SIBLING_LINKS) return true;
  }
  return false;
}

/** Tags that keep Readability from reading a <div> as a paragraph (its DIV_TO_P_ELEMS). */
const BLOCKS = new Set(["blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul"]);

function hasBlockChild(el: Element): boolean {
  let found = false;
  forEachElement(el, (c) => {
    if (BLOCKS.has(c.localName)) found = true;
    return found ? "stop" : undefined;
  });
  return found;
}

function linkShare(el: Element, length: number): number {
  let links = 0;
  for (const a of el.getElementsByTagName("a")) links += (a.textContent ?? "").trim().length;
  return links / Math.max(1, length);
}
