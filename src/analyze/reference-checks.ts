/**
 * Checks on the references themselves: a missing or broken link, a URL whose date or
 * words disagree with the entry, a source dated after the article, two entries for the
 * same work, and entries no claim relies on. These are the citation problems a careful
 * reader would otherwise have to find by hand.
 */
import type { Check } from "../report";
import type { MatchReference } from "./match";
import { compareDates, formatDate, urlDate } from "./dates";
import { parseLoose, slugWords, urlKey } from "./urls";
import { isContentWord, shorten, stem, terms, textKey } from "./text";
import { urlChecks, type UrlChecker } from "./url-checks";
import { titleOrigin } from "./link-title";

/** Fewer than this share of the slug's words found in the title means they disagree. */
const SLUG_COVERAGE_MIN = 0.5;
/** Slugs with fewer content words than this say too little to compare. */
const SLUG_MIN_WORDS = 3;

function stemsMatch(a: string, b: string): boolean {
  return a === b || (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5));
}

/** Share of the URL slug's content words that appear in the title, or null when the slug says too little. */
export function slugTitleCoverage(url: string, title: string): number | null {
  const slug = slugWords(url).filter(isContentWord).map(stem);
  if (slug.length < SLUG_MIN_WORDS) return null;
  const titleStems = terms(title);
  const compact = textKey(title).replace(/\s+/g, "");
  const hit = slug.filter((s) => titleStems.some((t) => stemsMatch(s, t)) || (s.length >= 4 && compact.includes(s))).length;
  return hit / slug.length;
}

/** The checks that depend only on one entry (and the article's date). */
export function entryChecks(r: MatchReference, published: string | null, checkUrl: UrlChecker = urlChecks): Check[] {
  const { parsed, entry } = r;
  const checks: Check[] = [];
  if (!parsed.url) {
    if (!parsed.note && entry.kind !== "link")
      checks.push({ code: "url-missing", severity: "info", message: "This source has no link. Add its URL (or DOI) so readers can check it." });
  } else {
    checks.push(...checkUrl(parsed.url));
    const path = parseLoose(parsed.url)?.pathname ?? "";
    const inUrl = urlDate(path);
    if (inUrl && parsed.date && compareDates(inUrl, parsed.date) !== 0) {
      checks.push({ code: "url-date-mismatch", severity: "warning", message: `The URL says ${inUrl} but the citation says ${formatDate(parsed.date)}. Check which date is right; the link may point at a different article.` });
    }
    // A title guessed from the URL's slug is never compared with that URL.
    const guessed = titleOrigin(parsed.title, parsed.titleFrom) === "url";
    const coverage = parsed.title && !guessed && entry.kind !== "link" && entry.kind !== "source-line" ? slugTitleCoverage(parsed.url, parsed.title) : null;
    if (coverage != null && coverage < SLUG_COVERAGE_MIN) {
      const slug = slugWords(parsed.url).join(" ");
      checks.push({ code: "title-url-mismatch", severity: "warning", message: `The URL's words ("${shorten(slug, 60)}") share almost nothing with the title "${shorten(parsed.title ?? "", 70)}". The link may point at a different article; open it and compare.` });
    }
  }
  if (parsed.date && published && entry.kind !== "source-line" && compareDates(parsed.date, published) > 0) {
    checks.push({ code: "date-after-article", severity: "warning", message: `This source is dated ${formatDate(parsed.date)}, after the article itself (${formatDate(published)}). Check the date, or whether the article was updated later.` });
  }
  return checks;
}

function name(r: MatchReference): string {
  return r.entry.label != null ? `[${r.entry.label}]` : `"${shorten(r.parsed.title ?? r.entry.raw, 40)}"`;
}

/** duplicate-reference: entries with the same DOI, the same URL or the same long title. */
export function duplicateChecks(refs: MatchReference[]): Map<string, Check[]> {
  const groups = new Map<string, MatchReference[]>();
  for (const r of refs) {
    if (r.entry.kind === "link" || r.entry.kind === "source-line" || r.parsed.note) continue;
    const keys = new Set<string>();
    if (r.parsed.doi) keys.add(`doi:${r.parsed.doi.toLowerCase()}`);
    if (r.parsed.url) keys.add(`url:${urlKey(r.parsed.url)}`);
    if (r.parsed.title && terms(r.parsed.title).length >= 4) keys.add(`title:${textKey(r.parsed.title)}|${textKey(r.parsed.outlet ?? "")}`);
    for (const k of keys) groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  const out = new Map<string, Check[]>();
  const seen = new Set<string>();
  for (const group of groups.values()) {
    const ids = [...new Set(group.map((g) => g.entry.id))];
    if (ids.length < 2) continue;
    for (const r of group) {
      const others = group.filter((g) => g.entry.id !== r.entry.id).map(name);
      const tag = `${r.entry.id}|${others.join()}`;
      if (seen.has(tag)) continue;
      seen.add(tag);
      const list = out.get(r.entry.id) ?? [];
      if (!list.length) list.push({ code: "duplicate-reference", severity: "info", message: `This entry and ${[...new Set(others)].join(", ")} point at the same work. Keep one entry and cite it from each place.` });
      out.set(r.entry.id, list);
    }
  }
  return out;
}

/** reference-uncited, for an entry no claim relies on. */
export function uncitedCheck(): Check {
  return { code: "reference-uncited", severity: "info", message: "No sentence in the article relies on this source. It may be background reading, or the claim it supported may have been edited out." };
}
