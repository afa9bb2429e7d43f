/**
 * When the page says it was last updated, and whether it is a wiki. A page's publication
 * date is when it first appeared; a page that is edited afterwards (a wiki, an updated
 * story) may cite sources from any later day, so checks on its sources compare them with the
 * last update. Read from what the publisher declares (JSON-LD `dateModified`,
 * `article:modified_time` and kin, `itemprop="dateModified"`), else from a visible line
 * ("Updated …", "Last modified on …", "This page was last edited on …").
 */
import { toIsoDate } from "./dates";
import type { JsonLdArticle } from "./json-ld";

/** Where pages state their last update, and the signs of a wiki. */
const MODIFIED = {
  /** <meta> keys (lower case) that carry the last update. */
  metaKeys: ["article:modified_time", "og:updated_time", "dcterms.modified", "dc.date.modified", "last-modified", "modified", "revised", "parsely-updated", "sailthru.lastmodified"],
  /** Elements that may hold a visible "updated" line: the footer's last-modified item, dateline and update classes. */
  holderTags: new Set(["footer", "time"]),
  holderClass: /lastmod|last-mod|modified|updated/i,
  holderId: /lastmod|updated/i,
  /** "Updated …", "Last modified on …", "This page was last edited on …", "Last updated: …". */
  line: /\b(?:last\s+(?:edited|modified|updated|revised|reviewed)|updated|modified|revised)\b\s*(?:on|at)?\s*:?\s*(.{6,60})/i,
  /** A wiki engine named in `<meta name="generator">`. */
  wikiGenerator: /\b(?:mediawiki|dokuwiki|tiddlywiki|moinmoin|pmwiki|xwiki|wiki\.js|foswiki|twiki|bookstack|confluence)\b/i,
  /** A wiki's page-history link ("View history": MediaWiki's action=history, Special:History, DokuWiki's revisions). */
  historyHref: /action=history|Special:History\/|do=revisions/,
  /** Words right before a <time> that make it the update ("Updated <time>…"). */
  timeCue: /\b(?:updated|modified|edited|revised)\s*(?:on|at)?\s*:?\s*$/i,
} as const;

/** Visible lines read at most (a page with many <time> elements is not searched to the end). */
const MAX_CANDIDATES = 60;

/** The page's stated last update (ISO), or null; never before `published`. */
export function readModified(signs: PageSigns, meta: Map<string, string[]>, ld: JsonLdArticle, published: string | null): string | null {
  const declared = [ld.dateModified, ...MODIFIED.metaKeys.map((k) => meta.get(k)?.[0])];
  const found = declared.map(toIsoDate).find(Boolean) ?? visibleModified(signs.holders);
  if (!found) return null;
  // An "update" before the first appearance is a template's date, not this page's.
  return published && found.slice(0, published.length) < published.slice(0, found.length) ? null : found;
}

/**
 * What the page's one walk (`scanPage`) finds for both questions: the elements that may hold a
 * visible "updated" line (in document order, the first MAX_CANDIDATES), and whether it links
 * its own revision history. Cheap attribute tests on each element, not selectors: jsdom's
 * engine took seconds on case-insensitive substring selectors over a large page.
 */
export interface PageSigns {
  holders: Element[];
  historyLink: boolean;
}

/** Adds what `el` (of class `cls`, itemprop `itemprop` and id `id`) says to `signs` (called on every element of the page, in document order). */
export function noteSigns(signs: PageSigns, el: Element, cls: string | null, itemprop: string | null, id: string): void {
  if (signs.holders.length < MAX_CANDIDATES && isHolder(el, cls, itemprop, id)) signs.holders.push(el);
  if (!signs.historyLink && el.localName === "a" && MODIFIED.historyHref.test(el.getAttribute("href") ?? "")) signs.historyLink = true;
}

function isHolder(el: Element, cls: string | null, itemprop: string | null, id: string): boolean {
  if (MODIFIED.holderTags.has(el.localName)) return true;
  if (/(?:^|\s)dateModified(?:\s|$)/.test(itemprop ?? "")) return true;
  return MODIFIED.holderClass.test(cls ?? "") || MODIFIED.holderId.test(id);
}

function visibleModified(holders: readonly Element[]): string | null {
  for (const el of holders) {
    const machine = el.getAttribute("datetime") ?? el.getAttribute("content");
    if (machine && /modified/i.test(el.getAttribute("itemprop") ?? "")) {
      const iso = toIsoDate(machine);
      if (iso) return iso;
    }
    if (el.localName === "time") {
      const iso = MODIFIED.timeCue.test(textBefore(el)) ? toIsoDate(machine ?? el.textContent) : null;
      if (iso) return iso;
      continue;
    }
    const m = MODIFIED.line.exec((el.textContent ?? "").replace(/\s+/g, " ").slice(0, 400));
    const iso = m ? toIsoDate(m[1]) : null;
    if (iso) return iso;
  }
  return null;
}

/** The text right before `el` in its parent (at most 40 characters). */
function textBefore(el: Element): string {
  let text = "";
  for (let n = el.previousSibling; n && text.length < 40; n = n.previousSibling) text = (n.textContent ?? "") + text;
  return text.replace(/\s+/g, " ").slice(-40);
}

/** Whether the page is a wiki: a wiki engine generated it, or it links its own revision history or edit form. */
export function isWiki(signs: PageSigns, meta: Map<string, string[]>, links: readonly Element[]): boolean {
  if (MODIFIED.wikiGenerator.test(meta.get("generator")?.[0] ?? "")) return true;
  if (links.some((l) => /(?:^|\s)edit(?:\s|$)/i.test(l.getAttribute("rel") ?? "") || /x-wiki/i.test(l.getAttribute("type") ?? ""))) return true;
  return signs.historyLink;
}
