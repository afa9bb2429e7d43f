/**
 * Reads reference entries written author–year first, as APA and Harvard lists do:
 * "Tanaka, H., Mori, K., & Ito, S. (2021). Transit pricing in Osaka. Journal of Urban
 * Economics, 12(3), 45–60." The generic reader would take the author list for a title,
 * so entries of this shape are read here first. Pure, no DOM.
 */

export interface AuthorYearFields {
  authors: string[];
  /** The year as written (a trailing letter, as in "2021a", dropped). */
  year: string;
  title: string;
  outlet: string | null;
}

const AUTHOR_YEAR = {
  /** "Names (2021)." or "Names (2021, March 3)." at the start of the entry. */
  head: /^(?<who>[^()"“”]{2,400}?)\s*\((?<year>(?:1[5-9]|20)\d\d)[a-z]?(?:,\s*[^)]{1,30})?\)\.?\s+(?<rest>\S[\s\S]*)$/u,
  /** One "Surname, I. J." author, or "Surname, Given" before an ampersand. */
  author: /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*),\s*((?:\p{Lu}[\p{Ll}]*\.?\s?-?)+)/gu,
  /** Where the title ends: a period, question or exclamation mark before a capital or a digit. */
  titleEnd: /(?<=\p{L}{2}|\))[.?!](?=\s+[\p{Lu}\d])/u,
  /** Where the journal name ends: before ", 12(3)", ", 45–60", ", vol." or the end of a sentence. */
  outletEnd: /,\s*(?:\d|vol\.|no\.|pp?\.)|\.\s|\.$/iu,
};

/** The fields of an author–year entry, or null when the entry is not of that shape. */
export function parseAuthorYear(text: string): AuthorYearFields | null {
  const m = AUTHOR_YEAR.head.exec(text.trim());
  if (!m?.groups) return null;
  const who = m.groups.who!.trim();
  const authors = [...who.matchAll(AUTHOR_YEAR.author)].map((a) => `${a[2]!.trim()} ${a[1]!}`.replace(/\s+/g, " "));
  const etAl = /\bet al\b/.test(who);
  if (authors.length === 0 && !etAl) return null;
  const rest = m.groups.rest!;
  if (/^["“«']/.test(rest)) return null; // a quoted title (Wikipedia's cs1): the generic reader knows that shape
  const end = AUTHOR_YEAR.titleEnd.exec(rest);
  const title = (end ? rest.slice(0, end.index + 1) : rest).replace(/[.]$/, "").trim();
  if (title.split(/\s+/).length < 2) return null;
  const after = end ? rest.slice(end.index + 1).trim() : "";
  const outletStop = AUTHOR_YEAR.outletEnd.exec(after);
  const outlet = (outletStop ? after.slice(0, outletStop.index) : after).trim();
  const usable = outlet && /\p{L}{3}/u.test(outlet) && !/^(?:https?:|doi\b|retrieved\b)/i.test(outlet);
  return { authors: authors.length ? authors : [who.replace(/,?\s*et al\.?/, "").trim()], year: m.groups.year!, title, outlet: usable ? outlet : null };
}
