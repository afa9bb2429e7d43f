/**
 * PageSnapshot → Report (format version 1, shared/report-format.md). Pure and DOM-free,
 * so it runs unchanged in Chrome's MV3 service worker, Firefox's event page and Node:
 * parse the reference entries, split the blocks into claims, link claims to references,
 * run the checks, pick the summary points. Each step lives in its own module.
 */
import { SOURCE_ROLES, type AnalyzeOptions, type Check, type PageSnapshot, type Report, type ReportClaim, type ReportReference } from "../report";
import { AuthorYearIndex } from "./author-year";
import { buildClaims } from "./claims";
import { validIso } from "./dates";
import { matchClaims, type MatchReference } from "./match";
import { parseReference } from "./parse-reference";
import { titleOrigin } from "./link-title";
import { duplicateChecks, entryChecks, uncitedCheck } from "./reference-checks";
import { duplicateTextChecks, noReferencesCheck } from "./article-checks";
import { DEFAULT_MIN_SCORE } from "./scoring";
import { linkCovers } from "./covers";
import { summarize } from "./summary";
import { addQuoteChecks } from "./unsourced";
import { memoUrlChecks, type UrlChecker } from "./url-checks";
import { findQuotes } from "./who-says";
import { Tokens } from "./tokens";

export { DEFAULT_MIN_SCORE } from "./scoring";

function articleOf(snapshot: PageSnapshot, checkUrl: UrlChecker): Report["article"] {
  const source = snapshot.source
    ? { url: snapshot.source.url, text: snapshot.source.text, checks: snapshot.source.url ? checkUrl(snapshot.source.url) : [] }
    : null;
  return {
    found: snapshot.found,
    reason: snapshot.reason,
    title: snapshot.title,
    byline: snapshot.byline,
    published: validIso(snapshot.published),
    ...("modified" in snapshot ? { modified: validIso(snapshot.modified ?? null) } : {}),
    siteName: snapshot.siteName,
    lang: snapshot.lang,
    source,
    text: snapshot.blocks.map((b) => b.text).join("\n\n"),
    ...(snapshot.stats?.truncated === true ? { truncated: true } : {}),
  };
}

/**
 * Parses references, splits claims, links them, runs the checks and picks summary points.
 * Never throws: a snapshot that breaks its contract (it comes from a page's renderer) gives
 * a report with `found: false` and a reason, instead of an exception in the worker.
 */
export function analyze(snapshot: PageSnapshot, options: AnalyzeOptions = {}): Report {
  return analyzeStaged(snapshot, options).finish();
}

/** A report in two steps: what the page's highlights are drawn from, then the rest. */
export interface StagedReport {
  /**
   * The report without its summary: `summary` is empty and no claim has `via` (the key points
   * that restate it). Claims, their sources, quotes, references and every check are final.
   */
  first: Report;
  /** The whole report, exactly as `analyze` gives it; worked out on the first call. */
  finish(): Report;
}

/**
 * `analyze` in two steps, so that a caller can draw the claims before the summary is picked
 * (a quarter of the analysis on a long article): the summary can change a drawing only through
 * `via`. Never throws, as `analyze`.
 */
export function analyzeStaged(snapshot: PageSnapshot, options: AnalyzeOptions = {}): StagedReport {
  let staged: { first: Report; rest?: () => Report };
  try {
    staged = analyzeFound(snapshot, options);
  } catch (err) {
    staged = { first: failedReport(snapshot, err) };
  }
  const { first, rest } = staged;
  let whole: Report | null = rest ? null : first;
  return {
    first,
    finish() {
      if (whole) return whole;
      try {
        whole = rest!();
      } catch (err) {
        whole = failedReport(snapshot, err);
      }
      return whole;
    },
  };
}

/** The report of a snapshot that could not be analyzed: no article, and why. */
function failedReport(snapshot: PageSnapshot, err: unknown): Report {
  const why = err instanceof Error ? err.message : String(err);
  const url = typeof snapshot?.url === "string" ? snapshot.url : "";
  const article: Report["article"] = {
    found: false, reason: `Sourcelight could not analyze this page (${why}).`,
    title: null, byline: null, published: null, siteName: null, lang: null, source: null, text: "",
  };
  return { schemaVersion: 1, url, article, references: [], claims: [], summary: [], checks: [] };
}

/** The report's first step and, for an article, the step that adds the summary (see StagedReport). */
function analyzeFound(snapshot: PageSnapshot, options: AnalyzeOptions): { first: Report; rest?: () => Report } {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  // One answer per URL: the source line is checked both as `article.source` and as its reference.
  const checkUrl = memoUrlChecks();
  const article = articleOf(snapshot, checkUrl);
  if (!snapshot.found) {
    return { first: { schemaVersion: 1, url: snapshot.url, article, references: [], claims: [], summary: [], checks: [] } };
  }

  const where = { pageUrl: snapshot.url, wiki: snapshot.wiki === true };
  const refs: MatchReference[] = snapshot.references.map((entry) => ({ entry, parsed: parseReference(entry, where) }));
  const dates = { published: article.published, modified: article.modified ?? null, wiki: where.wiki };
  const drafts = buildClaims(snapshot);
  const authorYear = new AuthorYearIndex(refs);
  // Every module reads the same sentences' words: each text is tokenised once per analysis.
  const tokens = new Tokens();
  const sources = matchClaims(drafts, refs, minScore, authorYear, tokens);

  const claims: ReportClaim[] = drafts.map((d, i) => {
    const checks: Check[] = [];
    return { id: d.id, text: d.text, kind: d.kind, sources: sources[i] ?? [], checks, block: d.block, start: d.start, end: d.end };
  });
  // Who says so: the statements and their speakers, and the checks built on them.
  const quotes = findQuotes(snapshot.blocks, drafts, claims);
  addQuoteChecks(claims, quotes);

  const citedBy = new Map<string, string[]>();
  for (const c of claims) {
    for (const s of c.sources) {
      const ids = citedBy.get(s.ref);
      if (ids) ids.push(c.id);
      else citedBy.set(s.ref, [c.id]);
    }
  }
  const duplicates = duplicateChecks(refs);
  const known = new Set(refs.map((r) => r.entry.id));
  // Entries citing entries: the page's own links (`cites`), and a note written as a short cite
  // ("Okafor & Lind 2019, p. 4") → the list entry it names.
  const citesOf = new Map(
    refs.map(({ entry, parsed }) => {
      const linked = Array.isArray(entry.cites) ? entry.cites.filter((c) => typeof c === "string" && known.has(c)) : [];
      const named = entry.kind === "footnote" ? authorYear.findShortCite(parsed.shortCite) : [];
      return [entry.id, [...new Set([...linked, ...named])].filter((c) => c !== entry.id)];
    }),
  );
  // A bibliography entry that a short-cite note points at is relied on through that note.
  const citedByEntries = new Set([...citesOf.values()].flat());

  const references: ReportReference[] = refs.map(({ entry, parsed }) => {
    const cited = citedBy.get(entry.id) ?? [];
    const cites = citesOf.get(entry.id) ?? [];
    // A note that points at another entry ("King 2003, p. 41") has its link there.
    const own = entryChecks({ entry, parsed }, dates, checkUrl).filter((c) => !(cites.length && c.code === "url-missing"));
    const checks = [...own, ...(duplicates.get(entry.id) ?? [])];
    // A remark in the notes (a disclosure) is not a source, so nothing needs to rely on it.
    if (!cited.length && !citedByEntries.has(entry.id) && entry.kind !== "source-line" && !parsed.note) checks.push(uncitedCheck());
    const out: ReportReference = {
      id: entry.id,
      label: entry.label,
      kind: entry.kind,
      title: parsed.title,
      outlet: parsed.outlet,
      authors: parsed.authors,
      date: parsed.date,
      url: parsed.url,
      doi: parsed.doi,
      raw: entry.raw,
      citedBy: cited,
      checks,
    };
    if (entry.anchor) out.anchor = entry.anchor;
    if (parsed.archiveUrl) out.archiveUrl = parsed.archiveUrl;
    if (cites.length) out.cites = cites;
    if (entry.role && (SOURCE_ROLES as readonly string[]).includes(entry.role)) out.role = entry.role;
    const titleFrom = titleOrigin(parsed.title, parsed.titleFrom);
    if (titleFrom) out.titleFrom = titleFrom;
    return out;
  });

  const checks = duplicateTextChecks(snapshot, drafts, tokens);
  const none = noReferencesCheck(snapshot);
  if (none) checks.push(none);

  const first: Report = { schemaVersion: 1, url: snapshot.url, article, references, claims, summary: [], checks, quotes };
  const rest = (): Report => {
    const notes = new Set(refs.filter((r) => r.parsed.note).map((r) => r.entry.id));
    const points = summarize({ claims, blocks: snapshot.blocks, title: snapshot.title, description: snapshot.description, notes, tokens });
    const { summary, via } = linkCovers(points, claims, notes, undefined, tokens);
    // New claim objects where `via` is added: `first` keeps its claims as they were.
    const withVia = via.size ? claims.map((c) => (via.has(c.id) ? { ...c, via: via.get(c.id)! } : c)) : claims;
    return { ...first, claims: withVia, summary };
  };
  return { first, rest };
}
