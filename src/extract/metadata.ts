/**
 * Page metadata (title, byline, date, site, language, description) and where each value
 * came from. Sources are tried from most to least deliberate: JSON-LD, OpenGraph /
 * article:*, Highwire citation_*, Dublin Core, plain <meta>, visible <time> and byline
 * elements, the URL, the <title>, and finally what Readability guessed.
 */
import type { MetaOrigin, PageSnapshot } from "../report";
import { dateFromUrl, toIsoDate } from "./dates";
import type { PageScan } from "./dom";
import { readJsonLd, type JsonLdArticle } from "./json-ld";
import { isWiki, readModified } from "./modified";
import { compactKey, wordsOf } from "./words";

export type Meta = Pick<PageSnapshot, "title" | "byline" | "published" | "modified" | "wiki" | "siteName" | "lang" | "description" | "metaOrigin">;
type Field = keyof PageSnapshot["metaOrigin"];

/** What Readability reported, reused as the last resort. */
export interface ReadabilityMeta {
  title?: string | null | undefined;
  byline?: string | null | undefined;
  excerpt?: string | null | undefined;
  siteName?: string | null | undefined;
  lang?: string | null | undefined;
  publishedTime?: string | null | undefined;
}

/** " | Site", " - Site", " – Site", "_Site" … at the end of a title. */
const TITLE_SUFFIX = /(?:\s+(?:[|–—·•»]|::|-)\s+|_)((?:(?!\s(?:[|–—·•»]|::|-)\s|_).)+)$/;
/** "Site | " … at the start of a title. */
const TITLE_PREFIX = /^((?:(?!\s(?:[|–—·•»]|::|-)\s).)+?)\s+(?:[|–—·•»]|::|-)\s+/;
/** "[Site]" at the end of a title. */
const BRACKET_SUFFIX = /\s+\[([^\]]{2,40})\]$/;
/** A web address written as a name ("dhammatalks.org", "LWN.net", "Aktuálně.cz"): a part of a title that holds one names the site. */
const WEB_ADDRESS = /(?:^|\s)[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,6}(?:$|\s)/iu;
/** Permalink signs at the end of a heading ("Title¶", "Title #"). */
const PERMALINK = /\s*[¶§#🔗]+$/u;

/** Share of `a`'s words that also occur in `b` (0–1). */
function wordOverlap(a: string, b: string): number {
  const wa = wordsOf(a);
  const wb = new Set(wordsOf(b));
  return wa.length ? wa.filter((w) => wb.has(w)).length / wa.length : 0;
}

/**
 * Reads `<meta name|property=…>` values into a lowercase-keyed map (first value wins; all
 * kept). A space-separated property ("dc:description og:description") sets every key, and
 * Dublin Core is spelled one way ("dc:title", "DC.Title" → "dc.title"; "dcterm(s):…" → "dcterms.…").
 */
function metaMap(metas: Element[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const m of metas) {
    const keys = (m.getAttribute("property") ?? m.getAttribute("name") ?? m.getAttribute("itemprop") ?? "").trim().toLowerCase();
    const value = (m.getAttribute("content") ?? "").trim();
    if (!keys || !value) continue;
    for (const raw of keys.split(/\s+/)) {
      const key = raw.replace(/^dc:/, "dc.").replace(/^dcterms?[:.]/, "dcterms.");
      const list = map.get(key);
      if (list) list.push(value);
      else map.set(key, [value]);
    }
  }
  return map;
}

const clean = (s: string | null | undefined): string | null => {
  const t = (s ?? "").replace(/\s+/g, " ").trim();
  return t ? t : null;
};

/**
 * Removes the site's name from a title: a trailing " | Site", " - Site", "_Site" or
 * " [Site]", or a leading "Site | ", when that part names the site (og:site_name, or what
 * is left once the page's heading is found), or is short beside a long enough title.
 */
export function stripSiteSuffix(title: string, siteName: string | null, heading: string | null): string {
  const b = BRACKET_SUFFIX.exec(title);
  if (b && (!siteName || compactKey(b[1] as string) === compactKey(siteName) || compactKey(title.slice(0, b.index)) === compactKey(heading ?? ""))) return title.slice(0, b.index).trim();
  const p = TITLE_PREFIX.exec(title);
  if (p && siteName && compactKey(p[1] as string) === compactKey(siteName)) return title.slice(p[0].length).trim();
  const m = TITLE_SUFFIX.exec(title);
  if (!m) return title;
  const head = title.slice(0, m.index).trim();
  const last = m[1] as string;
  if (heading && compactKey(heading).length >= 10 && compactKey(head) === compactKey(heading)) return head;
  if (siteName && compactKey(last) === compactKey(siteName)) return head;
  if (head.split(/\s+/).length >= 3 && WEB_ADDRESS.test(last)) return head; // "… | sutta on dhammatalks.org"
  // An unnamed short tail is the site's name only if it is written like a name, not a subtitle ("- an async task framework").
  return head.split(/\s+/).length >= 4 && last.split(/\s+/).length <= 4 && !/^\p{Ll}/u.test(last) ? head : title;
}

function firstOf(
  meta: Map<string, string[]>,
  keys: string[],
): string | null {
  for (const k of keys) {
    const v = meta.get(k)?.[0];
    if (v) return v;
  }
  return null;
}

/** Collects all metadata of `doc`; `root` is the article element (for visible dates and bylines). */
export function readMetadata(doc: Document, url: string, root: Element | null, rb: ReadabilityMeta | null, scan: PageScan): Meta {
  const meta = metaMap(scan.tagged.get("meta") ?? []);
  const ld: JsonLdArticle = readJsonLd(scan.tagged.get("script") ?? []);
  const origin: Meta["metaOrigin"] = {};
  const pick = (field: Field, candidates: [MetaOrigin, string | null | undefined][]): string | null => {
    for (const [o, v] of candidates) {
      const c = clean(v);
      if (c) {
        origin[field] = o;
        return c;
      }
    }
    return null;
  };

  const siteName = pick("siteName", [
    ["json-ld", ld.publisher],
    ["opengraph", firstOf(meta, ["og:site_name"])],
    ["citation", firstOf(meta, ["citation_journal_title", "citation_publisher"])],
    ["dublin-core", firstOf(meta, ["dc.publisher", "dcterms.publisher"])],
    ["meta", firstOf(meta, ["application-name", "apple-mobile-web-app-title"])],
    ["readability", rb?.siteName],
  ]);
  const h1 = firstHeading(scan.tagged.get("h1") ?? [], root);
  const ogTitle = firstOf(meta, ["og:title", "twitter:title"]);
  const rawTitle = pick("title", [
    ["json-ld", jsonLdTitle(ld, doc.title || ogTitle || "")],
    ["dublin-core", firstOf(meta, ["dc.title", "dcterms.title"])],
    ["opengraph", ogTitle],
    ["citation", firstOf(meta, ["citation_title"])],
    ["meta", firstOf(meta, ["parsely-title", "title"])],
    // The <title> before the first <h1>: a page's first <h1> is often the site's logo or section.
    ["title-tag", doc.title],
    ["heading", h1],
    ["readability", rb?.title],
  ]);
  const title = rawTitle ? stripSiteSuffix(rawTitle, siteName, h1) : null;
  let site = siteName;
  const tagTitle = clean(doc.title);
  if (!site && tagTitle && title && tagTitle !== title && tagTitle.startsWith(title)) {
    site = clean(tagTitle.slice(title.length).replace(/^\s*(?:[|–—·•»]|::|-)\s*/, ""));
    if (site) origin.siteName = "title-tag";
  }
  const bylines: [MetaOrigin, string | null | undefined][] = [
    ["json-ld", ld.author],
    ["citation", (meta.get("citation_author") ?? []).slice(0, 6).join("; ")],
    ["dublin-core", firstOf(meta, ["dc.creator", "dcterms.creator"])],
    ["meta", firstOf(meta, ["author", "article:author_name", "parsely-author", "sailthru.author"])],
    ["byline", visibleByline(doc, root, scan)],
    ["readability", rb?.byline],
  ];
  // An account handle ("@jdoe", "CC7567") names the author only when nothing names them better; a date never does.
  const named = bylines.filter(([, v]) => !isDateOnly(v));
  const byline = cleanByline(pick("byline", [...named.filter(([, v]) => !isHandle(v)), ...named.filter(([, v]) => isHandle(v))]));
  if (!byline) delete origin.byline;
  const published = pickDate(origin, [
    ["json-ld", ld.datePublished],
    ["opengraph", firstOf(meta, ["article:published_time", "og:published_time", "og:article:published_time"])],
    ["citation", firstOf(meta, ["citation_publication_date", "citation_date", "citation_online_date"])],
    ["dublin-core", firstOf(meta, ["dc.date", "dcterms.created", "dcterms.issued", "dc.date.issued", "dcterms.date"])],
    ["meta", firstOf(meta, ["date", "pubdate", "publish-date", "publish_date", "parsely-pub-date", "sailthru.date", "article.published"])],
    ["json-ld", ld.dateCreated],
    ["time", visibleTime(doc, root, scan)],
    ["url", dateFromUrl(url)],
    ["readability", rb?.publishedTime],
  ]);
  const htmlLang = doc.documentElement?.getAttribute("lang");
  const lang = pick("lang", [
    ["html-lang", htmlLang],
    ["meta", firstOf(meta, ["content-language", "og:locale", "dc.language"])?.replace("_", "-")],
    ["json-ld", ld.inLanguage],
    ["readability", rb?.lang],
  ]);
  const description = pick("description", [
    ["json-ld", ld.description],
    ["opengraph", firstOf(meta, ["og:description", "twitter:description"])],
    ["meta", firstOf(meta, ["description"])],
    ["dublin-core", firstOf(meta, ["dc.description", "dcterms.abstract"])],
    ["citation", firstOf(meta, ["citation_abstract"])],
    ["readability", rb?.excerpt && rb.excerpt.length >= 80 ? rb.excerpt : null],
  ]);
  const modified = readModified(scan.signs, meta, ld, published);
  const wiki = isWiki(scan.signs, meta, scan.tagged.get("link") ?? []);
  return { title, byline, published, modified, ...(wiki ? { wiki } : {}), siteName: site, lang, description, metaOrigin: origin };
}

/** "By Jane Doe — March 25, 2015" → "Jane Doe": a leading "By" (in a few languages), a trailing date and trailing separators go. */
function cleanByline(s: string | null): string | null {
  const name = s?.replace(/^(?:by|par|von|por|di|door|av)\s*:?\s+/i, "");
  return clean(name && withoutTrailingDate(name).replace(/[\s|,;:–—-]+$/, ""));
}

/** `s` without the date it ends with ("Jane Doe March 25, 2015" → "Jane Doe"); a date alone is left as it is. */
function withoutTrailingDate(s: string): string {
  const words = s.split(/\s+/);
  for (let k = 1; k < words.length; k++) if (isDateOnly(words.slice(k).join(" "))) return words.slice(0, k).join(" ");
  return s;
}

/** A single word with a digit, or one starting with "@": a user name or handle rather than a person's name. */
const HANDLE = /^(?:@\S+|[\p{L}_.-]*\d[\p{L}\p{N}_.-]*)$/u;
const isHandle = (s: string | null | undefined): boolean => HANDLE.test((s ?? "").trim());

/** Words of a written date that are not a name ("Wednesday, 26 February 2025", "May 3rd, 2024 at 6:01 am"). */
const DATE_WORD = /^(?:\d+(?:st|nd|rd|th)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|at|am|pm|last|updated|modified|published|posted|on)$/;

/** Whether `s` is a date and nothing else (what some pages put where a byline goes). */
function isDateOnly(s: string | null | undefined): boolean {
  return Boolean(s && toIsoDate(s) && wordsOf(s).every((w) => DATE_WORD.test(w)));
}

function pickDate(origin: Meta["metaOrigin"], candidates: [MetaOrigin, string | null | undefined][]): string | null {
  for (const [o, v] of candidates) {
    const d = toIsoDate(v);
    if (d) {
      origin.published = o;
      return d;
    }
  }
  return null;
}

/** Text of the page's first <h1> (inside the article when it has one), without a permalink sign. */
function firstHeading(h1s: Element[], root: Element | null): string | null {
  const h = h1s.find((x) => root?.contains(x)) ?? h1s[0];
  return clean(h?.textContent?.replace(PERMALINK, ""));
}

/**
 * JSON-LD's headline, or its `name` when the two differ and only the name matches the
 * page's <title> (Wikipedia puts a description in `headline`, some news sites their own
 * name in `name`).
 */
function jsonLdTitle(ld: JsonLdArticle, pageTitle: string): string | undefined {
  if (!ld.altHeadline || !ld.headline || !pageTitle) return ld.headline;
  const h = wordOverlap(ld.headline, pageTitle);
  const n = wordOverlap(ld.altHeadline, pageTitle);
  return n > h && n >= 0.75 ? ld.altHeadline : ld.headline;
}

/** The first <time datetime> inside the article's neighbourhood, or one marked as published. */
function visibleTime(doc: Document, root: Element | null, scan: PageScan): string | null {
  const scope = scopeOf(doc, root);
  const times = scope ? (scan.tagged.get("time") ?? []).filter((t) => below(scope, t)).slice(0, 50) : [];
  let first: string | null = null;
  for (const t of times) {
    const value = t.getAttribute("datetime") ?? t.textContent;
    if (t.hasAttribute("pubdate") || /publish/i.test(t.getAttribute("itemprop") ?? "")) return value;
    if (first === null && t.getAttribute("datetime")) first = value;
  }
  return first;
}

/** Where a visible date or byline is looked for: the article element around the root, else the root's parent. */
const scopeOf = (doc: Document, root: Element | null): Element | null => root?.closest("article") ?? root?.parentElement ?? doc.body;

/** Whether `el` lies below `scope` (not `scope` itself). */
const below = (scope: Element, el: Element): boolean => el !== scope && scope.contains(el);

/** The visible byline ("By Jane Doe"), from rel=author / itemprop=author / byline classes (the page's scan found them). */
function visibleByline(doc: Document, root: Element | null, scan: PageScan): string | null {
  const scope = scopeOf(doc, root);
  if (!scope) return null;
  // the best mark below the scope, the first in document order among equals
  let found: { el: Element; rank: number } | null = null;
  for (const b of scan.bylines) {
    if ((found && b.rank >= found.rank) || !below(scope, b.el)) continue;
    found = b;
    if (b.rank === 0) break;
  }
  // A schema.org Person (`itemprop="author" itemscope`) names itself in its `itemprop="name"`; the rest is its date, handle, photo.
  const named = found?.el.hasAttribute("itemscope") ? found.el.querySelector('[itemprop~="name"]') : null;
  const text = clean((named ?? found?.el)?.textContent);
  return text && text.length <= 120 ? text : null;
}
