/**
 * The two date checks on a reference, written so that they fire only when a careful editor
 * would sign the warning:
 * - `url-date-mismatch` compares the cited date with a date the URL states as the day (or
 *   month) of publication: "/2024/05/13/", "/20240513-slug", "/2025/feb/09/", "/2024/05/slug".
 *   A year alone in a path is an edition ("/en/1966/…"), an act's year ("/act/1986/0114/")
 *   or a report's series, and a date in an uploads folder is when a file was stored; neither
 *   is a publication date. A day apart is the web date beside the print date (or a time
 *   zone), and a month-dated citation (a magazine issue, a report) may sit a month from its
 *   web copy; only a larger gap is a warning.
 * - `date-after-article` compares the cited date with the article's last update when the
 *   page states one, else its publication. A wiki that states no update says nothing by its
 *   creation date: it is never "older" than its sources.
 */
import type { Check } from "../report";
import { formatDate, isoDate } from "./dates";
import { readLoose } from "../url/loose-url";
import { archivedOriginal } from "./reference-url";

/** Dates in URLs and how far apart two dates may be before they disagree. */
const URL_DATES = {
  /** "/2024/05/13/", "/2025/feb/09/" (a day), the day's segment ending the path or followed by a slug. */
  ymd: /\/((?:19|20)\d\d)\/(\d{1,2}|[a-z]{3,9})\/(\d{1,2})(?=\/|$|[-_.])/,
  /** "-2024-10-03-", "/2024-10-03/". */
  dashed: /(?:^|[/_-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?=$|[/_.-])/,
  /** "/20240513-slug", "-20130903-2t1jl.html". */
  compact: /(?:^|[/_-])((?:19|20)\d\d)(\d\d)(\d\d)(?=$|[/_.-])/,
  /** "/2024/05/slug": a month, when a further segment follows (a bare "/2024/05" may be an archive page). */
  ym: /\/((?:19|20)\d\d)\/(\d{1,2}|[a-z]{3,9})\/(?=[^/])/,
  /** Words that put a year in running prose ("projected to rise … in 2025", "by 2030"): a note's subject, not a citation's date. */
  proseBefore: /\b(?:in|by|until|till|to|from|since|before|after|through|of|for|around|about|circa|during|than)\s+$/i,
  /** Folders where files are stored by upload date ("wp-content/uploads/2010/01/", "sites/default/files/2019-05/"). */
  fileStore: /\/(?:uploads?|files|attachments|assets|media|images?|img|static|dam|documents|docs|pdfs?)\/(?=(?:19|20)\d\d)/i,
} as const;

/** Days two day-precise dates may differ by (web vs print date, time zones). */
const DAY_SLACK = 1;
/** Days a month- or year-precise citation may sit outside its stated period (an issue on sale early, a copy online later). */
const PERIOD_SLACK = 31;

const DAY_MS = 86_400_000;

/** The first and last day (as day numbers) an ISO date of any precision covers. */
function span(iso: string): [number, number] {
  const [y, m, d] = iso.split("-").map(Number) as [number, number?, number?];
  if (d) {
    const t = Date.UTC(y, m! - 1, d) / DAY_MS;
    return [t, t];
  }
  if (m) return [Date.UTC(y, m - 1, 1) / DAY_MS, Date.UTC(y, m, 0) / DAY_MS];
  return [Date.UTC(y, 0, 1) / DAY_MS, Date.UTC(y, 11, 31) / DAY_MS];
}

/** Days from the end of `a`'s period to the start of `b`'s (negative or 0 when `b` does not come after `a`). */
export function daysAfter(a: string, b: string): number {
  return span(b)[0] - span(a)[1];
}

/** Days between the periods two dates cover (0 when they overlap). */
export function daysApart(a: string, b: string): number {
  return Math.max(0, daysAfter(a, b), daysAfter(b, a));
}

/** How far a date written at `iso`'s precision may be from another before they disagree. */
const slackFor = (iso: string): number => (iso.length === 10 ? DAY_SLACK : PERIOD_SLACK);

/**
 * The publication date a URL's path states (day or month), or null when it states none:
 * a year alone, or a date in a folder of uploaded files, is not one. An archived copy's
 * address is read through to the original it copies.
 */
export function publicationDateInUrl(url: string): string | null {
  const original = archivedOriginal(url);
  const u = readLoose(original ?? url);
  if (!u) return null;
  const p = u.pathname.toLowerCase();
  if (URL_DATES.fileStore.test(p)) return null;
  for (const re of [URL_DATES.ymd, URL_DATES.dashed, URL_DATES.compact]) {
    const m = re.exec(p);
    const iso = m ? isoDate(m[1]!, m[2], m[3]) : null;
    if (iso) return iso;
  }
  const ym = URL_DATES.ym.exec(p);
  return ym ? isoDate(ym[1]!, ym[2]) : null;
}

/** `url-date-mismatch` for a cited date and URL, or null when they agree or the URL states no date. */
export function urlDateCheck(url: string, cited: string): Check | null {
  const inUrl = publicationDateInUrl(url);
  if (!inUrl || daysApart(inUrl, cited) <= slackFor(cited)) return null;
  return { code: "url-date-mismatch", severity: "warning", message: `The URL says ${inUrl} but the citation says ${formatDate(cited)}. Check which date is right; the link may point at a different article.` };
}

/** The article's dates as analyze knows them. */
export interface ArticleDates {
  published: string | null;
  /** The last update the page states. */
  modified?: string | null;
  /** The page is a wiki (edited continually). */
  wiki?: boolean;
}

/** The date a source must not come after: the stated last update, else the publication (none for a wiki that states no update). */
export function articleAsOf(a: ArticleDates): { date: string; updated: boolean } | null {
  if (a.modified && (!a.published || daysAfter(a.published, a.modified) >= -DAY_SLACK)) return { date: a.modified, updated: true };
  if (a.wiki) return null;
  return a.published ? { date: a.published, updated: false } : null;
}

/**
 * Whether an entry's year is a year its prose talks about rather than the date of a cited
 * work: the entry links nothing and every mention of the year follows a preposition
 * ("… is projected to rise to 5.5 million in 2025.").
 */
export function yearInProse(iso: string, raw: string, url: string | null): boolean {
  if (url || iso.length !== 4) return false;
  const at = [...raw.matchAll(new RegExp(`(?<!\\d)${iso}(?!\\d)`, "g"))].map((m) => m.index);
  return at.length > 0 && at.every((i) => URL_DATES.proseBefore.test(raw.slice(Math.max(0, i - 12), i)));
}

/** `date-after-article` for a cited date, or null when the source could have been cited then. */
export function afterArticleCheck(cited: string, article: ArticleDates): Check | null {
  const asOf = articleAsOf(article);
  if (!asOf || daysAfter(asOf.date, cited) <= (cited.length === 10 && asOf.date.length === 10 ? DAY_SLACK : 0)) return null;
  const message = asOf.updated
    ? `This source is dated ${formatDate(cited)}, after the page's last update (${formatDate(asOf.date)}). Check the source's date.`
    : `This source is dated ${formatDate(cited)}, after the article itself (${formatDate(asOf.date)}). Check the date, or whether the article was updated later.`;
  return { code: "date-after-article", severity: "warning", message };
}
