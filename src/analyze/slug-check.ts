/**
 * `title-url-mismatch`: does the link look like it leads to the work the entry names?
 * The words compared are the URL's slug, its last path segment that reads as words
 * ("…/kim-russia-expanded-military-cooperation/"), never a folder ("/nz-identity-heritage/…"
 * is a section), a file name ("5th-ICCPR-report.pdf") or a script ("show_bug.cgi"), with
 * code tokens ("d1", "P001a") left out. They are looked up in the whole entry (title,
 * work, publisher), so a page of an encyclopedia entry ("Tasman's achievement" at
 * "/european-discovery-of-new-zealand/3", in "Te Ara: … of New Zealand") agrees.
 *
 * Headlines and slugs often differ on real news sites ("the-road-by-the-philippine-director"
 * for a review headlined "Crawling backwards in time …"), so words alone never make a
 * warning: a slug that shares few words is a warning only when a date or year the URL
 * states also disagrees with the entry (the link is then most likely another, older or later
 * piece); a slug that shares no word at all, with nothing else against it, is a note.
 */
import type { Check } from "../report";
import { archivedOriginal } from "./reference-url";
import { publicationDateInUrl, urlDateCheck } from "./date-checks";
import { safeDecode } from "./urls";
import { readLoose } from "../url/loose-url";
import { isContentWord, normalizeText, shorten, stem } from "./text";
import { findDates, withoutAccessDates } from "./dates";
import { PATTERNS } from "./patterns";

/** Fewer than this share of the slug's words found in the entry means they disagree. */
const SLUG_COVERAGE_MIN = 0.5;
/** Slugs with fewer distinct content words than this say too little to compare. */
const SLUG_MIN_WORDS = 3;

/** What a slug is and is not. */
const SLUG = {
  /** Files and scripts: their names are not headlines. */
  fileExtension: /\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|rtf|txt|csv|xml|json|zip|ashx|cgi|pl|py|exe|jpe?g|png|gif|svg|mp[34])$/i,
  /** Page extensions, cut before reading the words. */
  pageExtension: /\.(?:html?|php\d?|aspx?|jsp|cfm|shtml|stm)$/i,
  /** Segments that number a page of the work rather than name it ("3", "page-7", "p2", "index"). */
  pageSegment: /^(?:\d+|page-?\d+|p\d+|index|default|full|print|amp|all|latest|whole)$/i,
  /** A year written in a URL or an entry. */
  year: /(?<![\d])(?:19|20)\d\d(?![\d])/g,
} as const;

const fold = (s: string): string => normalizeText(s).normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

/** Splits "HouseholdLabourForceSurvey" into its words. */
const uncamel = (s: string): string => s.replace(/(?<=\p{Ll})(?=\p{Lu})/gu, " ");

/** The URL's slug words: distinct content words of its last naming segment, or [] when it has no slug. */
export function slugOf(url: string): string[] {
  const u = readLoose(archivedOriginal(url) ?? url);
  if (!u) return [];
  const segments = safeDecode(u.pathname).split("/").filter(Boolean);
  while (segments.length && SLUG.pageSegment.test(segments.at(-1)!.replace(SLUG.pageExtension, ""))) segments.pop();
  const leaf = segments.at(-1);
  if (!leaf || SLUG.fileExtension.test(leaf)) return [];
  // Ids ("sYgv4eYH82", "P001a") go before camel case is split, or their pieces would read as words.
  const parts = leaf.replace(SLUG.pageExtension, "").split(/[^\p{L}\p{N}]+/u).filter((t) => !PATTERNS.idLikeToken.test(t));
  const tokens = fold(uncamel(parts.join(" ")))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 1 && !/\d/.test(t) && isContentWord(t));
  return [...new Set(tokens)];
}

/** Share of `slug`'s words found in `text` (a word, its stem, or a word it abbreviates); null when the slug says too little. */
export function slugCoverage(slug: readonly string[], text: string): number | null {
  if (slug.length < SLUG_MIN_WORDS) return null;
  const words = fold(uncamel(text)).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const stems = new Set(words.map(stem));
  const compact = words.join("");
  const hit = slug.filter((s) => {
    const st = stem(s);
    if (stems.has(st) || (st.length >= 5 && [...stems].some((t) => t.length >= 5 && t.slice(0, 5) === st.slice(0, 5)))) return true;
    return s.length >= 4 && compact.includes(s);
  }).length;
  return hit / slug.length;
}

/** Whether a date or year the URL states disagrees with the entry: a publication date that does not match, or a year the entry never names. */
export function urlYearsDisagree(url: string, entryText: string, cited: string | null): boolean {
  if (cited && publicationDateInUrl(url) && urlDateCheck(url, cited)) return true;
  const u = readLoose(archivedOriginal(url) ?? url);
  const inUrl = new Set(safeDecode(u?.pathname ?? "").match(SLUG.year) ?? []);
  if (!inUrl.size) return false;
  // When the citer read or archived the page says nothing about which piece it is.
  const inEntry = new Set(findDates(withoutAccessDates(entryText)).map((d) => d.iso.slice(0, 4)));
  return inEntry.size > 0 && [...inUrl].every((y) => !inEntry.has(y));
}

/** The entry's words without its URLs (a URL's own words would agree with itself). */
function entryWords(title: string | null, raw: string, url: string): string {
  return `${title ?? ""} ${raw.split(url).join(" ").replace(/\b(?:https?:\/\/|www\.)\S+/gi, " ")}`;
}

/** `title-url-mismatch` for an entry, or null when its link fits it (see the module comment). */
export function titleUrlCheck(url: string, title: string | null, raw: string, cited: string | null): Check | null {
  if (!title) return null;
  const slug = slugOf(url);
  const text = entryWords(title, raw, url);
  const coverage = slugCoverage(slug, text);
  if (coverage == null || coverage >= SLUG_COVERAGE_MIN) return null;
  const shown = `The URL's words ("${shorten(slug.join(" "), 60)}") share almost nothing with the title "${shorten(title, 70)}".`;
  if (urlYearsDisagree(url, `${title} ${raw}`, cited)) {
    return { code: "title-url-mismatch", severity: "warning", message: `${shown} Its date disagrees too, so the link probably points at a different article; open it and compare.` };
  }
  if (coverage > 0) return null;
  return { code: "title-url-mismatch", severity: "info", message: `${shown} The headline may have changed since, or the link may point elsewhere; open it and compare.` };
}
