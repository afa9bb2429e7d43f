/**
 * Tiny DOM traversal helpers. They walk with firstElementChild / nextElementSibling
 * instead of live HTMLCollections: in jsdom every indexed or `.length` access on a
 * collection is a proxy trap that scans the whole collection, which made a 250 KB
 * Wikipedia page take seconds; sibling pointers are cheap everywhere.
 */
import { bylineRank } from "./byline-marks";
import { noteSigns, type PageSigns } from "./modified";

/**
 * Calls `visit` on every element under `root` (not `root` itself) in document order, with its
 * depth below `root` (1 for a child); return "skip" to skip a subtree, "stop" to end.
 */
export function forEachElement(root: Element, visit: (el: Element, depth: number) => void | "skip" | "stop"): void {
  let el: Element | null = root.firstElementChild;
  let depth = 1;
  while (el) {
    const r = visit(el, depth);
    if (r === "stop") return;
    if (r !== "skip" && el.firstElementChild) {
      el = el.firstElementChild;
      depth++;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) {
      el = el.parentElement;
      depth--;
    }
    if (!el || el === root) return;
    el = el.nextElementSibling;
  }
}

/** Elements under `root` whose tag (localName) is in `tags`, in document order. */
export function elementsByTag(root: Element, tags: ReadonlySet<string>, limit = Infinity): Element[] {
  const out: Element[] = [];
  forEachElement(root, (el) => {
    if (tags.has(el.localName)) out.push(el);
    return out.length >= limit ? "stop" : undefined;
  });
  return out;
}

/** What one pass over the whole document collects for metadata and the title heading. */
export interface PageScan {
  /** Number of elements in the document. */
  elements: number;
  /** Deepest nesting: elements on the longest path from <html> (which counts 1) to a leaf. */
  depth: number;
  /** The <meta>, <script>, <link>, <h1>, <article> and <time> elements, by tag, in document order. */
  tagged: Map<string, Element[]>;
  /** Where the page may state its last update, and whether it links its revision history. */
  signs: PageSigns;
  /** Elements marked as a byline, in document order, with the rank of their best mark (byline-marks.ts). */
  bylines: { el: Element; rank: number }[];
}

const SCANNED = new Set(["meta", "script", "link", "h1", "article", "time"]);

/** Counts the document's elements and its depth, and collects what metadata needs, in one pass. */
export function scanPage(doc: Document): PageScan {
  const tagged = new Map<string, Element[]>();
  const signs: PageSigns = { holders: [], historyLink: false };
  const bylines: PageScan["bylines"] = [];
  const html = doc.documentElement;
  if (!html) return { elements: 0, depth: 0, tagged, signs, bylines };
  let n = 1;
  let deepest = 1;
  forEachElement(html, (el, depth) => {
    n++;
    // most elements have no attributes, and in jsdom asking for one costs more than the step
    const attributed = el.hasAttributes();
    const cls = attributed ? el.getAttribute("class") : null;
    const itemprop = attributed ? el.getAttribute("itemprop") : null;
    noteSigns(signs, el, cls, itemprop, attributed ? el.id : "");
    const rank = attributed ? bylineRank(el.getAttribute("rel"), itemprop, cls) : -1;
    if (rank >= 0) bylines.push({ el, rank });
    if (depth + 1 > deepest) deepest = depth + 1; // <html> itself is level 1
    if (SCANNED.has(el.localName)) {
      const list = tagged.get(el.localName);
      if (list) list.push(el);
      else tagged.set(el.localName, [el]);
    }
  });
  return { elements: n, depth: deepest, tagged, signs, bylines };
}
