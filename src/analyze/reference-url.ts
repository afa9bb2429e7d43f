/**
 * Which of an entry's links is the cited work's own address. A Wikipedia cs1 entry links
 * its authors, its publisher, its ISBN, its DOI and an archive copy as well as the work;
 * taking the first or any external link makes the reference point at "Auckland University
 * Press" or at an author's biography, and every check on the URL then cries wolf.
 *
 * The rule: the title's link (the quoted title, else an italic one), else the one link left
 * once identifiers, links to the wiki's own pages and archive copies are set aside, else
 * the DOI's resolver (it leads to the work; an ISBN, a PMID or an author's page does not),
 * else (off a wiki) a Wikipedia article the note points to, else a URL written in the text. An archive copy is kept apart as `archiveUrl`, and the
 * original it copies is the URL.
 */
import { PATTERNS } from "./patterns";
import { readLoose } from "../url/loose-url";

type Link = { href: string; text: string };

/** Where the entry was found: the page's address, and whether the page is a wiki (its own pages are never sources). */
export interface EntryContext {
  pageUrl?: string | null;
  wiki?: boolean;
}

/** The cited work's link and, when the entry also links an archived copy, that copy. */
export interface WorkLink {
  url: string | null;
  archiveUrl: string | null;
}

/** Heuristics for reading an entry's links; each says what habit of citation writing it encodes. */
const LINKS = {
  /** Hosts that resolve identifiers (DOI, ISBN, PubMed …) rather than publish the work under its own address. */
  identifierHost:
    /(?:^|\.)(?:doi\.org|worldcat\.org|pubmed\.ncbi\.nlm\.nih\.gov|handle\.net|adsabs\.harvard\.edu|api\.semanticscholar\.org|zbmath\.org|lccn\.loc\.gov|osti\.gov|search\.worldcat\.org)$/i,
  /** DOI resolvers. */
  doiHost: /^(?:dx\.)?doi\.org$/i,
  /** Paths that resolve identifiers on general hosts (PubMed's listing, MathSciNet, MediaWiki's book sources and identifier articles). */
  identifierPath:
    /^\/(?:pubmed\/\d+|mathscinet-getitem|wiki\/Special:BookSources\/|wiki\/[^/]*_\(identifier\)$|wiki\/International_Standard_(?:Book|Serial)_Number$|wiki\/Digital_object_identifier$|wiki\/PubMed)/i,
  /** An identifier's label right before its link ("doi:10.1/x", "ISBN 978-…", "PMC 123"). */
  labelBefore: /\b(?:doi|isbn|issn|eissn|pmid|pmc|oclc|s2cid|jstor|arxiv|bibcode|hdl|lccn|zbl|osti|ssrn|citeseerx)\s*:?\s*$/i,
  /** Hosts of archived copies ("web.archive.org/web/2015…/http://…", archive.today, WebCite). */
  archiveHost: /(?:^|\.)(?:web\.archive\.org|wayback\.archive-it\.org|archive\.(?:today|ph|is|li|vn|fo|md)|webcitation\.org|ghostarchive\.org|webarchive\.(?:org\.uk|nla\.gov\.au|loc\.gov)|arquivo\.pt)$/i,
  /** The original URL inside an archive's address ("/web/20150124193521/http://…"). */
  archivedOriginal: /^\/(?:web\/)?(?:\d{4,14}[a-z_]*\/|\d{4}\.\d\d\.\d\d-\d{6}\/|\*\/)?(https?:\/\/?.+|[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+\/.*)$/i,
  /** The link text cs1 gives the original beside an archived copy. */
  originalText: /^(?:the\s+)?original(?:\s+(?:url|page|article))?$/i,
  /** Hosts of the Wikimedia projects: a link there names a topic, not a work, unless it is the entry's title. */
  wikiHost: /(?:^|\.)(?:wikipedia|wiktionary|wikimedia|wikidata|wikiquote|wikisource|wikibooks|wikinews|wikiversity|wikivoyage)\.org$/i,
  /** A link text that is itself an address ("example.org/report", "https://…"). */
  urlText: /^(?:https?:\/\/|www\.)\S+$|^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/\S*$/i,
} as const;

const parse = (href: string): Readonly<URL> | null => readLoose(href);

/** Whether `href` is an archived copy of some page. */
export function isArchiveUrl(href: string): boolean {
  const u = parse(href);
  return Boolean(u && LINKS.archiveHost.test(u.hostname));
}

/** The original address an archive URL copies, when its path names it. */
export function archivedOriginal(href: string): string | null {
  const u = parse(href);
  if (!u || !LINKS.archiveHost.test(u.hostname)) return null;
  const m = LINKS.archivedOriginal.exec(u.pathname + u.search);
  if (!m) return null;
  // Archives keep what the citer typed: "http:/x" (a slash lost) or no scheme at all.
  const inner = m[1]!.replace(/^(https?:)\/(?!\/)/i, "$1//");
  const absolute = /^https?:\/\//i.test(inner) ? inner : `http://${inner}`;
  return parse(absolute) ? absolute : null;
}

function isIdentifier(l: Link, raw: string): boolean {
  const text = l.text.trim();
  if (PATTERNS.identifierLabel.test(text)) return true;
  const u = parse(l.href);
  if (u && (LINKS.identifierHost.test(u.hostname) || LINKS.identifierPath.test(u.pathname))) return !LINKS.urlText.test(text);
  const at = text ? raw.indexOf(text) : -1;
  return at > 0 && LINKS.labelBefore.test(raw.slice(Math.max(0, at - 14), at));
}

/**
 * Whether `l` is a link to a topic page of a wiki: of the page's own wiki always (a wiki is
 * not its own source), of Wikipedia and its sisters unless `asTitle` (another page may cite
 * a Wikipedia article by its title).
 */
function isWikiTopic(l: Link, ctx: EntryContext, asTitle = false): boolean {
  if (LINKS.urlText.test(l.text.trim())) return false;
  const u = parse(l.href);
  if (!u) return false;
  if (!asTitle && LINKS.wikiHost.test(u.hostname)) return true;
  if (!ctx.wiki || !ctx.pageUrl) return false;
  const page = parse(ctx.pageUrl);
  return Boolean(page && page.protocol === u.protocol && page.hostname === u.hostname);
}

/** Whether `l` is the entry's title: its text is quoted in the entry, or (when nothing is quoted) one of its italic spans. */
function isTitleLink(l: Link, raw: string, italic: readonly string[]): boolean {
  const text = l.text.replace(/\s+/g, " ").trim().replace(/^["“«]\s*|\s*["”»]$/g, "");
  if (text.length < 2) return false;
  const quoted = PATTERNS.quoted.exec(raw);
  if (quoted) {
    const inner = (quoted[1] ?? quoted[2] ?? quoted[3] ?? "").trim();
    return inner === text || (inner.startsWith(text) && text.length >= inner.length * 0.6);
  }
  return italic.some((i) => i.replace(/\s+/g, " ").trim() === text);
}

/**
 * The cited work's link among `links` (see the module comment); `written` is a URL typed in
 * the entry's text, used when no link qualifies.
 */
export function citedWorkLink(links: readonly Link[], raw: string, italic: readonly string[], ctx: EntryContext = {}, written: string | null = null): WorkLink {
  const linked = links.filter((l) => l.href && !l.href.startsWith("#"));
  // The title's link wins whatever it leads to (cs1 links a free article's title to its DOI or PMC copy).
  const title = linked.find((l) => isTitleLink(l, raw, italic) && !PATTERNS.identifierLabel.test(l.text.trim()) && !isWikiTopic(l, ctx, true));
  const usable = linked.filter((l) => l === title || !isIdentifier(l, raw));
  const archives = usable.filter((l) => isArchiveUrl(l.href) || PATTERNS.archiveLink.test(l.text.trim()));
  const originals = usable.filter((l) => LINKS.originalText.test(l.text.trim()) && !isArchiveUrl(l.href));
  const rest = usable.filter((l) => !archives.includes(l) && !originals.includes(l) && !isWikiTopic(l, ctx));
  // A DOI resolver leads to the work too: the link of last resort for a paper cited by its DOI alone.
  const doi = linked.find((l) => LINKS.doiHost.test(parse(l.href)?.hostname ?? ""));
  // Off a wiki, a note whose only link is a Wikipedia article points the reader there.
  const topic = ctx.wiki ? undefined : usable.find((l) => isWikiTopic(l, ctx));
  const chosen = title ?? (rest.length === 1 ? rest[0] : rest.find((l) => LINKS.urlText.test(l.text.trim())) ?? rest[0]) ?? originals[0] ?? archives[0] ?? doi ?? topic ?? null;
  if (!chosen) return { url: written, archiveUrl: null };
  if (isArchiveUrl(chosen.href)) {
    const original = originals[0]?.href ?? archivedOriginal(chosen.href) ?? written;
    return { url: original ?? chosen.href, archiveUrl: original ? chosen.href : null };
  }
  const copy = archives.find((l) => l !== chosen);
  return { url: chosen.href, archiveUrl: copy?.href ?? null };
}
