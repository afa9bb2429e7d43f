/**
 * Is the page an article? Readability finds the best text block on any page, so a home
 * page, a section front, search results, a product's landing page or a form still hand
 * the walk some blocks. This module looks at what the walk kept and says, in a sentence
 * a reader understands, why a page is not an article, or null when it is one. It reads
 * the blocks the walk already made (and the page's form fields only for pages already
 * found too short), so it costs nothing on articles.
 */
import { elementsByTag } from "./dom";
import { LIMITS, REGEXPS } from "./patterns";
import { linkedChars, readSections, type PageSections } from "./sections";
import type { FoundBlock } from "./walk";

export const NOT_ARTICLE = {
  links: "This page looks like a list of links, not an article.",
  stories: "This page looks like a list of stories (a home page or a section front), not an article.",
  posts: "This page looks like a list of stories or posts, each with its own date, byline or link to the rest (a home page, a section front or a blog's archive), not an article.",
  search: "This page looks like search results, not an article.",
  cards: "This page has headings with only a line or two of text under each (a landing or index page), not an article.",
  form: "This page is a form to fill in, not an article.",
  feed: "This page is a news feed (RSS or Atom), not an article.",
  short: "This page has too little text to be an article.",
  empty: "This page has no readable text.",
} as const;

/** What the verdict needs besides the blocks. */
export interface VerdictFacts {
  /** Readability ran and found nothing. */
  readabilityFailed: boolean;
  /** Some body marker leads to one of the page's own notes. */
  cited: boolean;
  /** The publisher dates or credits the page in its metadata (JSON-LD, OpenGraph, citation_*, <meta>), not only in visible text. */
  declared: boolean;
  /** The page names an author or a date anywhere (metadata or visible text). */
  credited: boolean;
  /** The page's address and the base its links resolve against. */
  url: string;
  base: string;
}

/** Pages with fewer headings are never judged by their headings. */
const INDEX_HEADINGS = 6;
/** Headings that link elsewhere: at least this many, and at least half of all headings, make a list of stories. */
const LINKED_HEADINGS = 4;
/** A list of stories has less than this much text per heading (a summary and a byline). */
const STORY_CHARS = 300;
/** A landing or index page has less than this much text per heading (one sentence or two). */
const CARD_CHARS = 130;
/** Readability's measure of running prose (Σ √(length − 140) over long blocks) below which a page has none to speak of. */
const PROSE_SCORE = 20;
/** Search results are snippets: at a search address, a page with no block longer than this is results. */
const SNIPPET_CHARS = 400;
/** A page too short to be an article is a form when it has at least this many fields to fill in. */
const FORM_FIELDS = 3;
/** A roundup's intro: at least this much text of its own (not link text) before its first linked heading. */
const INTRO_CHARS = 120;
/** A roundup's headline has at least this many words (a section front's title is a word or two: "Science"). */
const HEADLINE_WORDS = 4;
/** A list of posts has at least this many linked headings, most with a teaser's marks, holding this share of the text. */
const POSTS = 3;
const POSTS_SHARE = 2 / 3;
/** Text of its own before the first linked heading past which a page is an article with teasers after it, not a list. */
const OPENING_PROSE = 400;

/** Why the page is not an article, or null when it is one. */
export function notAnArticle(blocks: FoundBlock[], doc: Document, facts: VerdictFacts): string | null {
  let chars = 0;
  let linked = 0;
  for (const b of blocks) {
    if (b.kind === "heading") continue;
    chars += b.reading.text.length;
    // A data table's linked cells (team names in a fixtures list) are data, not a list of links.
    if (b.kind !== "table-row") linked += linkedChars(b);
  }
  if (chars > 0 && linked / chars > 0.5) return NOT_ARTICLE.links;
  if (facts.cited && chars >= LIMITS.minCitedArticleChars) return null; // a short text with working footnotes is still an article
  if (facts.readabilityFailed || chars < LIMITS.minArticleChars) {
    if (pageLinkShare(doc) > 0.4) return NOT_ARTICLE.links;
    return formFields(doc) >= FORM_FIELDS ? NOT_ARTICLE.form : NOT_ARTICLE.short;
  }
  return facts.declared ? null : indexPage(blocks, facts);
}

/** Why a page where no text was found at all is not an article: a form, or nothing to read. */
export function emptyPage(doc: Document): string {
  return formFields(doc) >= FORM_FIELDS ? NOT_ARTICLE.form : NOT_ARTICLE.empty;
}

/**
 * A page whose text is headings with a line or two under each: a list of stories when
 * most headings link to other pages, a landing or index page when there is no running
 * prose at all; at a search address, snippets alone are search results. A list of posts
 * when most of its text sits under linked headings whose cards carry their own date,
 * byline or "Continue reading" link, however long the excerpts. A roundup (one headline,
 * an intro, sections that quote or cite what they link to) is none of these. Only asked
 * of pages that neither date nor credit themselves in their metadata.
 */
function indexPage(blocks: FoundBlock[], facts: VerdictFacts): string | null {
  const s = readSections(blocks, facts.url, facts.base);
  let text = 0;
  let prose = 0;
  let longest = 0;
  /** Under each heading, the text that is not a link ("Learn more about …" is no prose). */
  const sections: number[] = [];
  for (const b of blocks) {
    const n = b.reading.text.length;
    longest = Math.max(longest, n);
    if (b.kind === "heading") {
      sections.push(0);
      continue;
    }
    text += n;
    if (n > 140) prose += Math.sqrt(n - 140);
    if (sections.length) sections[sections.length - 1]! += n - linkedChars(b);
  }
  const search = REGEXPS.searchUrl.test(facts.url);
  if (search && longest < SNIPPET_CHARS) return NOT_ARTICLE.search;
  if (s.linked.length >= LINKED_HEADINGS && isRoundup(s, facts.credited)) return null;
  const perHeading = text / Math.max(1, s.headings);
  if (s.linked.length >= LINKED_HEADINGS && s.linked.length * 2 >= s.headings && perHeading < STORY_CHARS) {
    return search ? NOT_ARTICLE.search : NOT_ARTICLE.stories;
  }
  if (isPostList(s)) return search ? NOT_ARTICLE.search : NOT_ARTICLE.posts;
  if (s.headings < LINKED_HEADINGS) return null;
  // Cards: most headings have a line or two under them (the median, so one longer note is no article).
  if (s.headings >= INDEX_HEADINGS && median(sections) < CARD_CHARS && prose < PROSE_SCORE) return NOT_ARTICLE.cards;
  return null;
}

/**
 * A roundup or a link-heavy explainer: one headline, then sections that quote, cite or
 * summarise the pages they link to, and few of them with a date of their own (a story
 * card's mark). Sections that quote or cite need an intro, or a byline or date for the
 * page; sections that only summarise need an intro and no card marks at all (a section
 * front's teasers carry a byline or a date).
 */
function isRoundup(s: PageSections, credited: boolean): boolean {
  if (!s.opening.some((b) => b.kind === "heading" && b.reading.text.split(/\s+/).length >= HEADLINE_WORDS)) return false;
  let intro = 0;
  for (const b of s.opening) if (b.kind !== "heading") intro += b.reading.text.length - linkedChars(b);
  const n = s.linked.length;
  if (s.linked.filter((x) => x.dated).length * 2 >= n) return false;
  if (s.linked.filter((x) => x.cites).length * 2 >= n) return intro >= INTRO_CHARS || credited;
  return intro >= INTRO_CHARS && !s.linked.some((x) => x.dated || x.credited);
}

/**
 * A blog's home page or archive, a topic page: at least POSTS headings linking to different
 * pages of the site itself, most of them in a card with its own date, byline or second link
 * to the post, the text under them most of the page's, and little text before them (an
 * article with teasers after it has its own text there).
 */
function isPostList(s: PageSections): boolean {
  const n = s.linked.length;
  if (n < POSTS || new Set(s.linked.map((x) => x.href)).size < POSTS) return false;
  if (s.linked.filter((x) => x.offsite).length * 2 >= n) return false;
  if (s.linked.filter((x) => x.dated || x.credited || x.moreLink).length < n * POSTS_SHARE) return false;
  let opening = 0;
  for (const b of s.opening) if (b.kind !== "heading") opening += b.reading.text.length - linkedChars(b);
  if (opening >= OPENING_PROSE) return false;
  let under = 0;
  for (const x of s.linked) for (const b of x.blocks) under += b.reading.text.length;
  return under >= s.chars * POSTS_SHARE;
}

/** The middle value (the mean of the two middle ones for an even count); 0 for none. */
function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Share of the page's visible text that is link text (high on home pages and indexes). */
function pageLinkShare(doc: Document): number {
  const body = doc.body;
  const total = (body?.textContent ?? "").replace(/\s+/g, " ").length;
  if (!body || total === 0) return 0;
  let linked = 0;
  for (const a of elementsByTag(body, new Set(["a"]), 5000)) linked += (a.textContent ?? "").replace(/\s+/g, " ").trim().length;
  return linked / total;
}

const FIELD_TAGS = new Set(["input", "select", "textarea"]);
/** Input types that are not fields a reader fills in. */
const NOT_FIELDS = new Set(["hidden", "submit", "button", "reset", "image", "search"]);

/** Fields to fill in inside the page's forms (a search box in the header is not one). */
function formFields(doc: Document): number {
  let n = 0;
  for (const form of elementsByTag(doc.body ?? doc.documentElement, new Set(["form"]), 20)) {
    if (form.getAttribute("role") === "search") continue;
    for (const f of elementsByTag(form, FIELD_TAGS, 100)) if (!NOT_FIELDS.has((f.getAttribute("type") ?? "").toLowerCase())) n++;
  }
  return n;
}

/** Whether the document is an RSS or Atom feed (as an XML document, or parsed as HTML). */
export function isFeed(doc: Document): boolean {
  const root = doc.documentElement;
  if (!root) return false;
  if (FEED_ROOTS.has(root.localName.toLowerCase())) return true;
  const first = doc.body?.firstElementChild;
  return Boolean(first && FEED_ROOTS.has(first.localName));
}

const FEED_ROOTS = new Set(["rss", "feed", "rdf:rdf", "rdf"]);
