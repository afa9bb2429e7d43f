/**
 * Finds the article element in the LIVE document. Readability is the judge of what the
 * article is, but it mutates its input and returns a rebuilt copy, so it runs once on a
 * clone; its chosen text blocks are then matched back to live elements by their text,
 * and the live root is the deepest element that holds nearly all matched text. Offsets
 * and ids therefore refer to nodes the in-page layer can see.
 */
import { Readability } from "@mozilla/readability";
import type { ReadabilityMeta } from "./metadata";
import { forEachElement, type PageScan } from "./dom";
import { LIMITS } from "./patterns";
import { wordsOf } from "./words";

/** Readability's verdict plus the live element it corresponds to. */
export interface ArticleGuess {
  root: Element | null;
  meta: ReadabilityMeta | null;
  /** True when Readability was skipped because the page is too big (too many elements). */
  truncated: boolean;
  /** True when Readability was not run (too many elements or too deep); `meta` is then null. */
  skipped: boolean;
}

/** Tags a root never descends into: they are blocks, not containers of the article. */
const TEXT_TAGS = new Set(["p", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dd", "td"]);
/**
 * A child holding at least this share of the matched text becomes the new root. Text a
 * page keeps beside the story's body (its summary, lead image caption, a "pros and cons"
 * box) is often a tenth of it, so the share is high.
 */
const DESCEND_SHARE = 0.9;
/**
 * The share for the children of <body>: a page rendered twice (a hidden app shell beside
 * the visible one) splits the matched text between two of them, and the rest of the
 * descent then measures shares of the chosen one's text.
 */
const DESCEND_SHARE_BODY = 0.85;
/** Words per shingle when matching live text to Readability's text. */
const SHINGLE = 4;
/** Text nodes are matched on at most this many of their shingles (a sample, for speed). */
const SAMPLE = 12;
/** Tags whose text is never article text (and is not in Readability's either). */
const NO_TEXT = new Set(["script", "style", "noscript", "template", "svg", "math", "textarea", "select", "head"]);

/** Text beyond this many characters does not add to a text node's weight. */
const WEIGHT_CAP = 2000;

/**
 * Readability for a reader of its text only. Its last step prepares the article's HTML for
 * display: every link and image address made absolute, wrappers without text removed or
 * unwrapped. Nothing here reads those (the article is matched back to the live page by its
 * words), and on a long page that step is a quarter of `parse` (wikipedia-2: its 5,000 links
 * through `new URL`). Left out, `parse` returns the same choice with the same words.
 */
export class TextReadability extends Readability<Element> {
  _postProcessContent(): void {}
}


/**
 * Runs Readability on a clone of `doc` and maps its choice back onto `doc`. Pages with more
 * than LIMITS.readabilityElements elements, or nested deeper than LIMITS.readabilityDepth
 * (Readability's scoring is quadratic in depth: 600 levels take seconds, 5,000 lose the
 * article), get the cheaper `fallbackRoot` instead.
 */
export function guessArticle(doc: Document, scan: PageScan, onStage?: (stage: "readability-start" | "readability-end") => void): ArticleGuess {
  if (scan.elements > LIMITS.readabilityElements) return { root: fallbackRoot(doc), meta: null, truncated: true, skipped: true };
  if (scan.depth > LIMITS.readabilityDepth) return { root: fallbackRoot(doc), meta: null, truncated: false, skipped: true };
  let parsed: ReturnType<Readability<Element>["parse"]> = null;
  onStage?.("readability-start");
  try {
    const clone = doc.cloneNode(true) as Document;
    // keepClasses: the content is only read for its text, so Readability need not clean it.
    // Readability's default charThreshold (500): a lower one lets a short print footer win
    // its first attempt over the article its retries find.
    parsed = new TextReadability(clone, { serializer: (n) => n as Element, keepClasses: true }).parse();
  } catch {
    parsed = null;
  }
  onStage?.("readability-end");
  const meta: ReadabilityMeta | null = parsed
    ? { title: parsed.title, byline: parsed.byline, excerpt: parsed.excerpt, siteName: parsed.siteName, lang: parsed.lang, publishedTime: parsed.publishedTime }
    : null;
  const content = parsed?.content;
  const root = content ? matchRoot(doc, content) : null;
  return { root: root ? markedArticle(root, scan.tagged.get("article") ?? []) : fallbackRoot(doc), meta, truncated: false, skipped: false };
}

/**
 * Readability's pick inside the page's one <article> holding less than this share of its
 * text is a part of the story. (A news page's <article> often adds a header, byline and
 * author box to the story: Readability's pick then still holds well over a third.)
 */
const PART_SHARE = 1 / 3;

/**
 * Readability sometimes keeps only a part of the story: the first of several blocks that
 * each sit beside their own aside, or a footnote block outside the article. When the page
 * marks one element as its article, a pick inside it with under a third of its text, or a
 * pick beside it with no more than twice its text, gives way to the marked article.
 */
export function markedArticle(root: Element, articles: Element[]): Element {
  const article = articles.length === 1 ? articles[0]! : null;
  if (!article || article === root || root.contains(article)) return root;
  const inside = article.contains(root);
  const mine = visibleLength(root);
  const theirs = visibleLength(article);
  const widen = inside ? mine < theirs * PART_SHARE : theirs * 2 >= mine;
  return widen ? article : root;
}

/** Characters of text under `el`, leaving out scripts, styles and the like. */
function visibleLength(el: Element): number {
  let n = 0;
  forEachText(el, (t) => (n += t.data.trim().length));
  return n;
}

/** Calls `fn` on every text node under `el`, with its parent, leaving out scripts, styles and the like. */
function forEachText(el: Element, fn: (text: Text, parent: Element) => void): void {
  for (let n: Node | null = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) {
      if (!NO_TEXT.has((n as Element).localName)) forEachText(n as Element, fn);
    } else if (n.nodeType === 3) fn(n as Text, el);
  }
}

/**
 * The live element holding (nearly) all the text Readability kept. Matching is by text,
 * not by element: each live text node of a few words or more counts when most of its
 * word 4-grams occur in Readability's text, and adds its length to every ancestor. So
 * text Readability rewrapped (a `<br><br>` run turned into `<p>`, loose text directly
 * in `<body>`, text beside child paragraphs) still finds its live element.
 */
function matchRoot(doc: Document, content: Element): Element | null {
  const kept = new Set<string>();
  const all = wordsOf(content.textContent ?? "");
  for (let i = 0; i + SHINGLE <= all.length; i++) kept.add(all.slice(i, i + SHINGLE).join(" "));
  const body = doc.body;
  if (!body || kept.size === 0) return null;
  const weight = new Map<Element, number>();
  const ancestors: Element[] = [];
  // A walker over text nodes only (in jsdom a quarter faster than visiting every node): the
  // text of script, style and the like is left out by its parent before its words are read,
  // and, when it matches, by any ancestor.
  const walker = doc.createTreeWalker(body, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const parent = text.parentElement;
    // four words take at least seven characters
    if (!parent || text.data.length < 2 * SHINGLE - 1 || NO_TEXT.has(parent.localName)) continue;
    const words = wordsOf(text.data);
    const shingles = words.length - SHINGLE + 1;
    if (shingles < 1) continue;
    const step = Math.max(1, Math.floor(shingles / SAMPLE));
    let hit = 0;
    let tried = 0;
    for (let i = 0; i < shingles; i += step, tried++) if (kept.has(words.slice(i, i + SHINGLE).join(" "))) hit++;
    if (hit * 2 < tried) continue;
    ancestors.length = 0;
    let hidden = false;
    for (let a: Element | null = parent; a; a = a.parentElement) {
      if (a !== body && NO_TEXT.has(a.localName)) hidden = true;
      ancestors.push(a);
    }
    if (hidden) continue;
    const w = Math.min(text.data.length, WEIGHT_CAP);
    for (const a of ancestors) weight.set(a, (weight.get(a) ?? 0) + w);
  }
  return descend(body, weight);
}

function descend(start: Element, weight: Map<Element, number>): Element | null {
  let total = weight.get(start) ?? 0;
  if (total === 0) return null;
  let node = start;
  for (;;) {
    let next: Element | null = null;
    const share = node.localName === "body" ? DESCEND_SHARE_BODY : DESCEND_SHARE;
    for (let c = node.firstElementChild; c; c = c.nextElementSibling) {
      if ((weight.get(c) ?? 0) >= total * share) next = c;
    }
    if (!next || TEXT_TAGS.has(next.localName) || hasKindredText(next, weight, total)) return node;
    // Below <body>, shares are of the text in the chosen child (the other rendering is left out).
    if (node.localName === "body") total = weight.get(next) ?? total;
    node = next;
  }
}

/** Siblings like the chosen child holding this share of the matched text keep the parent as root. */
const KINDRED_SHARE = 0.05;

/**
 * Whether siblings of `child` with its tag and class ("div.section-inner" beside
 * "div.section-inner", one per section of a long post) hold a part of the matched text:
 * the article is then the run of them, not its first part.
 */
function hasKindredText(child: Element, weight: Map<Element, number>, total: number): boolean {
  if (!firstClass(child)) return false;
  let kindred = 0;
  for (let s = child.parentElement?.firstElementChild ?? null; s; s = s.nextElementSibling) {
    if (s !== child && s.localName === child.localName && firstClass(s) === firstClass(child)) kindred += weight.get(s) ?? 0;
  }
  return kindred >= total * KINDRED_SHARE;
}

const firstClass = (el: Element): string => (el.getAttribute("class") ?? "").trim().split(/\s+/)[0] ?? "";

/** Characters of paragraph text (each <p> of 40 or more) under each element, and in each element's own child paragraphs. */
export interface ParagraphText {
  /** Under the element, at any depth. */
  under: Map<Element, number>;
  /** In the <p> elements that are its children. */
  own: Map<Element, number>;
}

/** One pass over the <p> elements of `body` (see ParagraphText), leaving out the subtrees `leaveOut` names. */
export function paragraphText(body: Element, leaveOut: (el: Element) => boolean = () => false): ParagraphText {
  const under = new Map<Element, number>();
  const own = new Map<Element, number>();
  forEachElement(body, (p) => {
    if (p.localName !== "p") return leaveOut(p) ? "skip" : undefined;
    const w = (p.textContent ?? "").length;
    if (w < 40) return "skip";
    if (p.parentElement) own.set(p.parentElement, (own.get(p.parentElement) ?? 0) + w);
    for (let a: Element | null = p.parentElement; a; a = a.parentElement) under.set(a, (under.get(a) ?? 0) + w);
    return "skip";
  });
  return { under, own };
}

/** Without Readability: the element with most paragraph text (cheap, one pass over <p>). */
export function fallbackRoot(doc: Document, text: ParagraphText | null = doc.body ? paragraphText(doc.body) : null): Element | null {
  const body = doc.body;
  if (!body || !text || (text.under.get(body) ?? 0) === 0) return null;
  return descend(body, text.under);
}
