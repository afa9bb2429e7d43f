/**
 * The article's blocks cut at its headings, for the "no article" rules. A page whose
 * headings link to other pages is a section front, a blog's list of posts, or an article
 * that discusses those pages (a roundup of reviews, a link-heavy explainer). What tells
 * them apart is structure, read here once:
 * - the opening: what comes before the first linked heading (one headline and an intro
 *   paragraph, or nothing);
 * - each linked section: whether it quotes or cites what it links to (a quotation, a link
 *   in its prose, a heading that leads to another site), and whether its card carries
 *   the marks of a teaser (a date or byline of its own, another link to the same page, a
 *   "Continue reading" link).
 * Cards are found in the live DOM (a date line or a byline is site chrome, so the walk
 * left it out of the blocks).
 */
import { elementsByTag } from "./dom";
import { toIsoDate } from "./dates";
import { absoluteUrl, sameSite, siteHost } from "./links";
import { classTokens } from "./markers";
import { REGEXPS } from "./patterns";
import type { FoundBlock } from "./walk";

/** A heading that links to another page, and the blocks under it up to the next heading. */
export interface LinkedSection {
  heading: FoundBlock;
  /** The page the heading links to (absolute, without its #fragment). */
  href: string;
  blocks: FoundBlock[];
  /** Characters of the section's text (heading left out) that are not link text. */
  chars: number;
  /** The heading leads to another site. */
  offsite: boolean;
  /** It quotes, or links from its prose, or its heading leads to another site. */
  cites: boolean;
  /** Its card has a date of its own (a <time>, an element classed as a date, a date line). */
  dated: boolean;
  /** Its card names an author of its own (an element classed as a byline, a "By …" line). */
  credited: boolean;
  /** Its card has another link to the heading's page ("Continue reading", a linked picture). */
  moreLink: boolean;
}

/** The page's headings and what lies before and under them. */
export interface PageSections {
  headings: number;
  /** Blocks before the first linked heading. */
  opening: FoundBlock[];
  linked: LinkedSection[];
  /** Characters of all non-heading text. */
  chars: number;
}

/** A card's elements looked at for its date and byline. */
const CARD_SCAN = 200;
/** A card is looked for at most this many levels above its heading. */
const CARD_LEVELS = 6;
/** A line of a card this short may be its date or its byline. */
const META_LINE = 60;

/** Cuts `blocks` at their headings; `url` is the page's address, `base` what its links resolve against. */
export function readSections(blocks: FoundBlock[], url: string, base: string): PageSections {
  const self = withoutHash(url);
  const pageHost = siteHost(url);
  const out: PageSections = { headings: 0, opening: [], linked: [], chars: 0 };
  let current: LinkedSection | null = null;
  for (const b of blocks) {
    if (b.kind === "heading") {
      out.headings++;
      const href = headingTarget(b, self, base);
      const away = href !== null && offsite(href, pageHost);
      current = href ? { heading: b, href, blocks: [], chars: 0, offsite: away, cites: away, dated: false, credited: false, moreLink: false } : null;
      if (current) out.linked.push(current);
      else if (out.linked.length === 0) out.opening.push(b);
      continue;
    }
    const own = b.reading.text.length - linkedChars(b);
    out.chars += b.reading.text.length;
    if (!current) {
      if (out.linked.length === 0) out.opening.push(b);
      continue;
    }
    current.blocks.push(b);
    current.chars += own;
    if (!current.cites && (isQuotation(b) || citesFromProse(b, current.href, self, base))) current.cites = true;
    // A byline or date line the walk kept (one not classed as chrome) marks the section as a card too.
    const line = metaLine(b.reading.text);
    if (line === "dated") current.dated = true;
    if (line === "credited") current.credited = true;
  }
  const held = headingsHeld(out.linked.map((s) => s.heading.el));
  for (const s of out.linked) {
    const card = cardOf(s.heading.el, held);
    const meta = cardMeta(card, s.heading.el);
    s.dated ||= meta.dated;
    s.credited ||= meta.credited;
    s.moreLink = linksAgain(card, s.heading.el, s.href, base);
  }
  return out;
}

/** Characters of the block's text inside links. */
export function linkedChars(b: FoundBlock): number {
  let n = 0;
  for (const a of b.reading.anchors) n += a.end - a.start;
  return n;
}

/** The other page a heading links to (most of its text a link there), or null (a permalink to a part of this page is none). */
function headingTarget(b: FoundBlock, self: string, base: string): string | null {
  let covered = 0;
  let target: string | null = null;
  for (const a of b.reading.anchors) {
    const href = absoluteUrl(a.el.getAttribute("href"), base);
    if (!href || !/^(?:https?|file):/i.test(href) || withoutHash(href) === self) continue;
    covered += a.end - a.start;
    target ??= withoutHash(href);
  }
  return target && covered >= 0.8 * b.reading.text.length ? target : null;
}

const withoutHash = (url: string): string => url.split("#")[0] as string;

function offsite(href: string, pageHost: string): boolean {
  const host = siteHost(href);
  return Boolean(host && pageHost && !sameSite(host, pageHost));
}

/** A quotation: a blockquote, or a paragraph that opens with a quotation mark. */
function isQuotation(b: FoundBlock): boolean {
  return b.kind === "quote" || (b.reading.text.length >= 40 && REGEXPS.openingQuote.test(b.reading.text));
}

/** Prose that links to another page than the heading's (a source it cites), not a bare link line. */
function citesFromProse(b: FoundBlock, heading: string, self: string, base: string): boolean {
  if (b.reading.text.length < 80 || linkedChars(b) > 0.6 * b.reading.text.length) return false;
  return b.reading.anchors.some((a) => {
    const href = absoluteUrl(a.el.getAttribute("href"), base);
    return Boolean(href && /^https?:/i.test(href) && withoutHash(href) !== heading && withoutHash(href) !== self);
  });
}

/** For each element up to CARD_LEVELS above a linked heading, how many linked headings it holds. */
function headingsHeld(headings: Element[]): Map<Element, number> {
  const held = new Map<Element, number>();
  for (const h of headings) {
    let up = h.parentElement;
    for (let i = 0; up && i < CARD_LEVELS; i++, up = up.parentElement) held.set(up, (held.get(up) ?? 0) + 1);
  }
  return held;
}

/** The largest element around a heading that holds no other linked heading: its card (the heading itself at worst). */
function cardOf(heading: Element, held: ReadonlyMap<Element, number>): Element {
  let card = heading;
  for (let i = 0; i < CARD_LEVELS; i++) {
    const up = card.parentElement;
    if (!up || up.localName === "body" || up.localName === "html" || (held.get(up) ?? 0) > 1) break;
    card = up;
  }
  return card;
}

const TIME = new Set(["time"]);

/** The card's own date and byline: a <time>, an element classed as one, or a short line that is a date or "By …". */
function cardMeta(card: Element, heading: Element): { dated: boolean; credited: boolean } {
  const found = { dated: false, credited: false };
  if (card === heading) return found;
  if (elementsByTag(card, TIME, 1).length) found.dated = true;
  const walker = card.ownerDocument.createTreeWalker(card, 1 /* elements */);
  for (let n = walker.nextNode() as Element | null, seen = 0; n && seen < CARD_SCAN; n = walker.nextNode() as Element | null, seen++) {
    if (heading.contains(n)) continue;
    const words = classTokens(n).flatMap((t) => t.split(/[-_]+/));
    if (words.some((w) => REGEXPS.cardDateWord.test(w))) found.dated = true;
    if (words.some((w) => REGEXPS.cardBylineWord.test(w))) found.credited = true;
    if (!n.firstElementChild) {
      const line = metaLine((n.textContent ?? "").replace(/\s+/g, " ").trim());
      if (line) found[line] = true;
    }
    if (found.dated && found.credited) break;
  }
  return found;
}

/** Whether a short line is a byline ("By Jane Doe") or a date ("12 March 2025", "2025-03-12"). */
function metaLine(text: string): "dated" | "credited" | null {
  if (!text || text.length >= META_LINE) return null;
  if (REGEXPS.bylineLine.test(text)) return "credited";
  return REGEXPS.dateLine.test(text) && toIsoDate(text) !== null ? "dated" : null;
}

const A = new Set(["a"]);

/** Whether the card links to the heading's page a second time ("Continue reading →", a linked picture). */
function linksAgain(card: Element, heading: Element, href: string, base: string): boolean {
  for (const a of elementsByTag(card, A, 50)) {
    if (heading.contains(a)) continue;
    const h = absoluteUrl(a.getAttribute("href"), base);
    if (h && withoutHash(h) === href) return true;
  }
  return false;
}
