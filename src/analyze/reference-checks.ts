/**
 * Checks on the references themselves: a missing or broken link, a URL whose date or
 * words disagree with the entry, a source dated after the article, two entries for the
 * same work, and entries no claim relies on. These are the citation problems a careful
 * reader would otherwise have to find by hand.
 */
import type { Check } from "../report";
import type { MatchReference } from "./match";
import { afterArticleCheck, urlDateCheck, yearInProse, type ArticleDates } from "./date-checks";
import { titleUrlCheck } from "./slug-check";
import { urlKey } from "./urls";
import { PATTERNS } from "./patterns";
import { shorten, terms, textKey } from "./text";
import { urlChecks, type UrlChecker } from "./url-checks";
import { titleOrigin } from "./link-title";

/** The checks that depend only on one entry (and the article's dates). */
export function entryChecks(r: MatchReference, article: ArticleDates, checkUrl: UrlChecker = urlChecks): Check[] {
  const { parsed, entry } = r;
  const checks: Check[] = [];
  if (!parsed.url) {
    // A book is found by its ISBN and a paper by its DOI: neither needs a link.
    if (!parsed.note && entry.kind !== "link" && !parsed.doi && !PATTERNS.isbn.test(entry.raw))
      checks.push({ code: "url-missing", severity: "info", message: "This source has no link. Add its URL (or DOI) so readers can check it." });
  } else {
    checks.push(...checkUrl(parsed.url));
    const dated = parsed.date ? urlDateCheck(parsed.url, parsed.date) : null;
    if (dated) checks.push(dated);
    // A title guessed from the URL's slug is never compared with that URL.
    const guessed = titleOrigin(parsed.title, parsed.titleFrom) === "url";
    const mismatch = !guessed && entry.kind !== "link" && entry.kind !== "source-line" ? titleUrlCheck(parsed.url, parsed.title, entry.raw, parsed.date) : null;
    if (mismatch) checks.push(mismatch);
  }
  const late = parsed.date && entry.kind !== "source-line" && !yearInProse(parsed.date, entry.raw, parsed.url) ? afterArticleCheck(parsed.date, article) : null;
  if (late) checks.push(late);
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
