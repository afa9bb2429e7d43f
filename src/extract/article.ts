/**
 * Finds the article element in the LIVE document. Readability is the judge of what the
 * article is, but it mutates its input and returns a rebuilt copy, so it runs once on a
 * clone; its chosen text blocks are then matched back to live elements by their text,
 * and the live root is the deepest element that holds nearly all matched text. Offsets
 * and ids therefore refer to nodes the in-page layer can see.
 */
import { Readability } from "@mozilla/readability";
import type { ReadabilityMeta } from "./metadata";
import { forEachElement } from "./dom";
import { LIMITS } from "./patterns";

/** Readability's verdict plus the live element it corresponds to. */
export interface ArticleGuess {
  root: Element | null;
  meta: ReadabilityMeta | null;
  /** True when Readability was skipped because the page is too big (too many elements). */
  truncated: boolean;
  /** True when Readability was not run (too many elements or too deep); `meta` is then null. */
  skipped: boolean;
}

const TEXT_TAGS = new Set(["p", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dd", "td", "div"]);
const KEY_MIN = 25;
const KEY_LEN = 80;
/** A child holding at least this share of the matched text becomes the new root. */
const DESCEND_SHARE = 0.85;

/** Text beyond this many characters changes neither a block's key nor its weight. */
const WEIGHT_CAP = 2000;

const keyOf = (s: string): string => s.replace(/\s+/g, " ").trim().slice(0, KEY_LEN);

/**
 * The key (first KEY_LEN characters, whitespace collapsed) and weight (length, capped) of
 * `el`'s text, equal to those of `el.textContent` but reading only its first few thousand
 * characters: textContent of every nested block made this quadratic in the nesting depth.
 */
function lead(el: Element): { key: string; weight: number } {
  let text = "";
  let next = WEIGHT_CAP;
  for (let n: Node | null = el.firstChild; n; ) {
    if (n.nodeType === 3) {
      text += (n as Text).data;
      if (text.length >= next) {
        const key = keyOf(text);
        // The key is final once more than KEY_LEN characters survive collapsing.
        if (key.length === KEY_LEN && text.replace(/\s+/g, " ").trim().length > KEY_LEN) return { key, weight: WEIGHT_CAP };
        next = text.length * 2;
      }
    }
    if (n.firstChild && n.nodeType === 1) n = n.firstChild;
    else {
      while (n && n !== el && !n.nextSibling) n = n.parentNode;
      n = n && n !== el ? n.nextSibling : null;
    }
  }
  return { key: keyOf(text), weight: Math.min(text.length, WEIGHT_CAP) };
}

function hasElementChildOfText(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (TEXT_TAGS.has(c.localName) || c.localName === "ul" || c.localName === "ol") return true;
  return false;
}

/**
 * Runs Readability on a clone of `doc` and maps its choice back onto `doc`. Pages with more
 * than LIMITS.readabilityElements elements, or nested deeper than LIMITS.readabilityDepth
 * (Readability's scoring is quadratic in depth: 600 levels take seconds, 5,000 lose the
 * article), get the cheaper `fallbackRoot` instead.
 */
export function guessArticle(doc: Document, scan: { elements: number; depth: number }): ArticleGuess {
  if (scan.elements > LIMITS.readabilityElements) return { root: fallbackRoot(doc), meta: null, truncated: true, skipped: true };
  if (scan.depth > LIMITS.readabilityDepth) return { root: fallbackRoot(doc), meta: null, truncated: false, skipped: true };
  let parsed: ReturnType<Readability<Element>["parse"]> = null;
  try {
    const clone = doc.cloneNode(true) as Document;
    // keepClasses: the content is only read for its text, so Readability need not clean it.
    parsed = new Readability<Element>(clone, { serializer: (n) => n as Element, charThreshold: 300, keepClasses: true }).parse();
  } catch {
    parsed = null;
  }
  const meta: ReadabilityMeta | null = parsed
    ? { title: parsed.title, byline: parsed.byline, excerpt: parsed.excerpt, siteName: parsed.siteName, lang: parsed.lang, publishedTime: parsed.publishedTime }
    : null;
  const content = parsed?.content;
  const root = content ? matchRoot(doc, content) : null;
  return { root: root ?? fallbackRoot(doc), meta, truncated: false, skipped: false };
}

/** The live element holding (nearly) all text blocks Readability kept. */
function matchRoot(doc: Document, content: Element): Element | null {
  const keys = new Set<string>();
  forEachElement(content, (el) => {
    if (!TEXT_TAGS.has(el.localName) || (el.localName === "div" && hasElementChildOfText(el))) return;
    const k = lead(el).key;
    if (k.length >= KEY_MIN) keys.add(k);
  });
  const body = doc.body;
  if (!body || keys.size === 0) return null;
  const weight = new Map<Element, number>();
  forEachElement(body, (el) => {
    if (!TEXT_TAGS.has(el.localName) || (el.localName === "div" && hasElementChildOfText(el))) return;
    const { key: k, weight: w } = lead(el);
    if (k.length < KEY_MIN || !keys.has(k)) return;
    for (let a: Element | null = el; a; a = a.parentElement) weight.set(a, (weight.get(a) ?? 0) + w);
  });
  return descend(body, weight);
}

function descend(start: Element, weight: Map<Element, number>): Element | null {
  const total = weight.get(start) ?? 0;
  if (total === 0) return null;
  let node = start;
  for (;;) {
    let next: Element | null = null;
    for (let c = node.firstElementChild; c; c = c.nextElementSibling) {
      if ((weight.get(c) ?? 0) >= total * DESCEND_SHARE) next = c;
    }
    if (!next || TEXT_TAGS.has(next.localName) && next.localName !== "div") return node;
    node = next;
  }
}

/** Without Readability: the element with most paragraph text (cheap, one pass over <p>). */
export function fallbackRoot(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const weight = new Map<Element, number>();
  forEachElement(body, (p) => {
    if (p.localName !== "p") return;
    const w = (p.textContent ?? "").length;
    if (w < 40) return "skip";
    for (let a: Element | null = p.parentElement; a; a = a.parentElement) weight.set(a, (weight.get(a) ?? 0) + w);
    return "skip";
  });
  if ((weight.get(body) ?? 0) === 0) return null;
  return descend(body, weight);
}
