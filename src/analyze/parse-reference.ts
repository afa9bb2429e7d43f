/**
 * Reads one reference entry, as the page shows it, into fields: title, outlet, authors,
 * publication date, URL (as written, or the link's href when the entry links) and DOI.
 * Handles the ways people write citations rather than one style: quoted titles with
 * " - Outlet - Date", Ghost-style "Outlet, “Title”, Date – link", Chicago notes, cs1
 * (Wikipedia), book imprints, bare links. Access and archive dates are never taken for
 * the publication date.
 */
import type { ReportReference, SnapshotReference } from "../report";
import { PATTERNS } from "./patterns";
import { publicationDate } from "./dates";
import { outletForHost, bareHost } from "./outlets";
import { cleanField, looksLikeOrganisation, looksLikePeople, outletField, splitAuthors, takeImprint } from "./parse-names";
import { hostOf, safeDecode, slugTitle } from "./urls";
import { parseAuthorYear } from "./parse-author-year";
import { shortCiteCitations, type InTextCitation } from "./author-year";
import { citedWorkLink, type EntryContext } from "./reference-url";
import { linkTitle } from "./link-title";

/**
 * The fields of a parsed entry. `note`: a remark such as a disclosure, not a citation.
 * `shortCite`: the citations of an entry that is only a short cite ("King 2003, p. 41"), which
 * names another entry; empty for every other entry.
 */
export type ParsedReference = Pick<ReportReference, "title" | "outlet" | "authors" | "date" | "url" | "doi" | "titleFrom"> & { note: boolean; shortCite: InTextCitation[]; archiveUrl?: string | null };

type Link = SnapshotReference["links"][number];

/** A URL written in the entry's text (with or without a scheme), trailing punctuation cut off. */
export function urlWrittenIn(text: string): { url: string; index: number } | null {
  const m = PATTERNS.urlInText.exec(text) ?? PATTERNS.bareUrlInText.exec(text);
  if (!m) return null;
  let url = m[0];
  while (PATTERNS.urlTrailingPunct.test(url) && !url.endsWith("/")) url = url.replace(/[)\].,;:!?'"”’]$/, "");
  return { url, index: m.index };
}

/** The DOI named by the entry's URL or text, if any. */
export function findDoi(url: string | null, text: string): string | null {
  for (const source of [url ? safeDecode(url) : "", text]) {
    const m = PATTERNS.doi.exec(source);
    if (m) return m[0].replace(/[).,;:\]]+$/, "");
  }
  return null;
}

/** What `stripLocators` removes (global patterns, used only with `replace`). */
const LOCATORS = {
  url: new RegExp(PATTERNS.urlInText.source, "gi"),
  bareUrl: new RegExp(PATTERNS.bareUrlInText.source, "gi"),
  identifier: /\b(?:doi|bibcode|isbn|issn|pmid|pmc|oclc|s2cid|jstor|arxiv|hdl)\b\s*:?\s*\S*/gi,
  domain: /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|int|co|io|news|info)(?:\.[a-z]{2})?\b/gi,
};

/** Removes URLs, URL-like link texts and identifiers so they are not read as title or outlet. */
function stripLocators(text: string, links: Link[]): string {
  let t = text;
  for (const l of links) {
    const lt = l.text.trim();
    if (lt && !/\s/.test(lt) && /[./:]/.test(lt)) t = t.split(lt).join(" ");
  }
  t = t.replace(LOCATORS.url, " ").replace(LOCATORS.bareUrl, " ");
  t = t.replace(LOCATORS.identifier, " ");
  t = t.replace(LOCATORS.domain, " ");
  return t.replace(/[↩︎⤴^]+\s*$/u, "").replace(/\s+/g, " ").trim();
}

/** Finds the title: a quoted span, else the first italic text, with its position in `text`. */
function findTitle(text: string, italic: string[]): { title: string; start: number; end: number; italic: boolean } | null {
  const q = PATTERNS.quoted.exec(text);
  if (q) {
    const inner = (q[1] ?? q[2] ?? q[3] ?? "").trim();
    if (inner.split(/\s+/).length >= 1 && /\p{L}{2}/u.test(inner)) return { title: inner, start: q.index, end: q.index + q[0].length, italic: false };
  }
  for (const it of italic) {
    const at = text.indexOf(it.trim());
    if (at >= 0 && it.trim().length >= 3) return { title: it.trim(), start: at, end: at + it.trim().length, italic: true };
  }
  return null;
}

function cleanTitle(title: string): string {
  return title.replace(/\s+/g, " ").replace(/[,;:]+$/, "").replace(/(?<=\p{Ll}{2})\.$/u, "").trim();
}

/** Parses a `link` reference (an inline hyperlink): an honest title (./link-title.ts), outlet from the domain. */
function parseLinkReference(ref: SnapshotReference): ParsedReference {
  const link = ref.links[0];
  const url = link?.href ?? urlWrittenIn(ref.raw)?.url ?? null;
  const host = hostOf(url);
  const { title, titleFrom } = linkTitle(ref, url);
  const outlet = outletForHost(host)?.name ?? (host ? bareHost(host) : null);
  return { title, titleFrom, outlet, authors: [], date: null, url, doi: findDoi(url, ref.raw), note: false, shortCite: [] };
}

/** Parses one reference entry into its fields; `ctx` says where the page is (its own wiki pages are never the work's link). */
export function parseReference(ref: SnapshotReference, ctx: EntryContext = {}): ParsedReference {
  if (ref.kind === "link") return parseLinkReference(ref);
  const raw = ref.raw.replace(/\s+/g, " ").replace(PATTERNS.entryLabel, "").replace(/^source\s*:\s*/i, "").trim();
  const { url, archiveUrl } = citedWorkLink(ref.links, raw, ref.hints.italic, ctx, urlWrittenIn(raw)?.url ?? null);
  const host = hostOf(url);
  const work = stripLocators(raw, ref.links);
  // A short cite ("Okafor & Lind 2019, p. 4") names a list entry; it has no title or outlet of its own.
  const shortCite = shortCiteCitations(raw);
  const short = shortCite[0];
  if (short) return { title: null, outlet: null, authors: short.names, date: short.year, url, archiveUrl, doi: findDoi(url, raw), note: false, shortCite };
  const authorYear = parseAuthorYear(work);
  if (authorYear) {
    const { authors, year, title, outlet } = authorYear;
    return { title, outlet: outlet ?? outletForHost(host)?.name ?? null, authors, date: year, url, archiveUrl, doi: findDoi(url, raw), note: false, shortCite };
  }
  const italic = ref.hints.italic.map((s) => s.replace(/\s+/g, " ").trim()).filter((s) => s.length >= 3);
  const found = findTitle(work, italic);

  const prefix = found ? work.slice(0, found.start) : "";
  const suffix = found ? work.slice(found.end) : work;
  const date = publicationDate(found ? `${prefix} , ${suffix}` : work);
  const title = found ? cleanTitle(found.title) : null;

  const imprint = takeImprint(suffix);
  const italicOutlet = italic.find((s) => s !== found?.title && !(found?.title ?? "").includes(s));
  const fieldOutlet = outletField(imprint.rest);
  let outlet = italicOutlet ? cleanField(italicOutlet) : (fieldOutlet ?? imprint.publisher);

  const who = cleanField(prefix.replace(/\([^()]*\)/g, " "));
  let authors: string[] = [];
  if (who && found) {
    const person = looksLikePeople(who) && !looksLikeOrganisation(who.replace(/\s(?:and|&)\s/g, " "), host);
    if (person) authors = splitAuthors(who);
    else if (outlet) authors = [who];
    else outlet = who;
  }
  if (!outlet) outlet = outletForHost(host)?.name ?? null;

  const note = !url && !found && !date && raw.split(/\s+/).length > 8;
  if (note) outlet = null;
  const fallback = title || note ? null : fallbackTitle(work, url);
  const titleFrom = fallback?.fromUrl ? ({ titleFrom: "url" } as const) : {};
  return { title: title ?? fallback?.title ?? null, ...titleFrom, outlet, authors, date, url, archiveUrl, doi: findDoi(url, raw), note, shortCite };
}

/** Without quotes or italics: the first field of a few words, else the URL's slug (a guess, `fromUrl`). */
function fallbackTitle(work: string, url: string | null): { title: string; fromUrl: boolean } | null {
  const field = work
    .split(/\s+[-–—|]\s+|\.\s+/)
    .map(cleanField)
    .find((f) => f.split(/\s+/).length >= 3 && /\p{L}{3}/u.test(f));
  if (field) return { title: field, fromUrl: false };
  const slug = url ? slugTitle(url) : null;
  return slug ? { title: slug, fromUrl: true } : null;
}
