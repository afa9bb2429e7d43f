/**
 * "Check sources": visits every cited http(s) link of a report (when the reader asks, and
 * only then) and returns a new report where each reference carries `live` (what the link
 * leads to now) and its live checks, and each claim → source link carries `support`
 * (whether the source's text backs the claim) with the passage that shows it. DOM-free:
 * the caller passes `fetch` and `parse` (jsdom + extract in the CLI, an off-page parser in
 * the extension), so it runs in Node, a service worker and an event page alike.
 */
import type { LiveCheck, PageSnapshot, Report, ReportReference } from "../report";
import { validIso } from "../analyze/dates";
import { bareHost, outletForHost } from "../analyze/outlets";
import { type CheckCache, type LinkResult, isCacheable, isFresh } from "./cache";
import { archiveUrl, classify, isBroken } from "./classify";
import { LIVE_CODES, liveChecks } from "./compare";
import { type FetchFn, checkableUrl, fetchLink, runLimited } from "./fetcher";
import { pageTextLines } from "./page-text";
import { type SourceIndex, indexSource, judgeSupport } from "./support";

export { MemoryCache, CACHE_TTL_MS, type CheckCache, type LinkResult } from "./cache";
export { checkableUrl, type FetchFn } from "./fetcher";

/** Turns fetched HTML into a snapshot (jsdom + extract, or the extension's off-page parser). */
export type ParseFn = (html: string, url: string) => PageSnapshot | Promise<PageSnapshot>;

export interface CheckProgress {
  done: number;
  total: number;
}

export interface CheckOptions {
  fetch: FetchFn;
  parse: ParseFn;
  /** Cancels the run: no further link is visited, those in flight are dropped, the promise rejects. */
  signal?: AbortSignal;
  onProgress?: (progress: CheckProgress) => void;
  cache?: CheckCache;
  /** The clock (ms since the epoch), for cache freshness and `checkedAt`. */
  now?: () => number;
  /** Links visited at once (at most MAX_CONCURRENCY). */
  concurrency?: number;
  timeoutMs?: number;
  maxBytes?: number;
}

/** Never more than this many requests at once, whatever the caller asks. */
export const MAX_CONCURRENCY = 4;
export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
/** Characters of a page's text kept for support verdicts (and in the cache). */
const MAX_TEXT_CHARS = 200_000;

/**
 * The text a support verdict reads: the article's blocks after its title and description
 * (a page's own summary of itself), or, when the extractor found no article on a page
 * that answered, the page's visible lines (a short statement, a data page, a list).
 */
export function readableBlocks(snapshot: PageSnapshot | null, html: string | null, answered: boolean): string[] {
  const out: string[] = [];
  let size = 0;
  const push = (text: string | null | undefined): boolean => {
    const t = text?.trim();
    if (!t) return true;
    if (size + t.length > MAX_TEXT_CHARS) return false;
    out.push(t);
    size += t.length;
    return true;
  };
  if (snapshot?.found && snapshot.blocks.length) {
    const first = snapshot.blocks[0]!.text.trim();
    if (snapshot.title && snapshot.title.trim() !== first) push(snapshot.title);
    if (snapshot.description && !snapshot.blocks.some((b) => b.text.includes(snapshot.description!.trim()))) push(snapshot.description);
    for (const b of snapshot.blocks) if (!push(b.text)) break;
    return out;
  }
  return answered && html ? pageTextLines(html, MAX_TEXT_CHARS) : [];
}

function siteOf(snapshot: PageSnapshot | null, finalUrl: string): string | null {
  if (snapshot?.siteName) return snapshot.siteName;
  try {
    const host = new URL(finalUrl).hostname;
    return outletForHost(host)?.name ?? bareHost(host);
  } catch {
    return null;
  }
}

/** Visits one link and reads what it leads to. */
async function visit(url: string, o: CheckOptions, now: number): Promise<LinkResult> {
  const fetched = await fetchLink(url, { fetch: o.fetch, timeoutMs: o.timeoutMs ?? DEFAULT_TIMEOUT_MS, maxBytes: o.maxBytes ?? DEFAULT_MAX_BYTES, signal: o.signal });
  if (fetched.kind === "failed") {
    return { status: "unreachable", finalUrl: null, httpStatus: null, title: null, date: null, site: null, blocks: [], truncated: false, error: fetched.reason, fetchedAt: now };
  }
  if (fetched.kind === "moved") {
    const status = classify(url, fetched, null);
    const error = status === "unreachable" ? "it redirects to an address that could not be opened" : null;
    return { status, finalUrl: fetched.location, httpStatus: null, title: null, date: null, site: null, blocks: [], truncated: false, error, fetchedAt: now };
  }
  let snapshot: PageSnapshot | null = null;
  if (fetched.html && fetched.httpStatus < 400) {
    try {
      snapshot = await o.parse(fetched.html, fetched.finalUrl);
    } catch {
      snapshot = null; // an unreadable page still has a status; it just has no title or text
    }
  }
  o.signal?.throwIfAborted();
  const status = classify(url, fetched, snapshot);
  // A page that is not an article still has words to judge a claim by, unless it is a wall or another site.
  const blocks = readableBlocks(snapshot, fetched.html, status === "ok" && fetched.httpStatus < 400);
  return {
    status,
    finalUrl: fetched.finalUrl,
    httpStatus: fetched.httpStatus,
    title: snapshot?.title ?? null,
    date: validIso(snapshot?.published ?? null),
    site: snapshot ? siteOf(snapshot, fetched.finalUrl) : null,
    blocks,
    truncated: fetched.truncated,
    error: null,
    fetchedAt: now,
  };
}

/** The report's `live` for one result. */
export function liveOf(result: LinkResult, requested: string): LiveCheck {
  const live: LiveCheck = {
    status: result.status,
    finalUrl: result.finalUrl,
    httpStatus: result.httpStatus,
    title: result.title,
    date: result.date,
    site: result.site,
    checkedAt: new Date(result.fetchedAt).toISOString(),
  };
  if (isBroken(result.status) || result.status === "redirected") live.archiveUrl = archiveUrl(requested);
  if (result.truncated) live.truncated = true;
  return live;
}

/** The address each reference's link is visited at (references without a usable link are left out). */
export function linkTargets(report: Report): Map<string, string> {
  const out = new Map<string, string>();
  for (const ref of report.references) {
    const url = checkableUrl(ref.url);
    if (url) out.set(ref.id, url);
  }
  return out;
}

/**
 * A new report with the visits' results: `live` and live checks on references, `support`
 * `passage` and `parts` on claim sources. Results of an earlier check are replaced, never doubled.
 */
export function applyResults(report: Report, targets: Map<string, string>, results: Map<string, LinkResult>): Report {
  const resultOf = (ref: string): [string, LinkResult] | null => {
    const url = targets.get(ref);
    const r = url ? results.get(url) : undefined;
    return url && r ? [url, r] : null;
  };
  const references = report.references.map((ref): ReportReference => {
    const { live: _old, ...base } = ref;
    const checks = ref.checks.filter((c) => !LIVE_CODES.has(c.code));
    const found = resultOf(ref.id);
    if (!found) return { ...base, checks };
    const [url, r] = found;
    return { ...base, checks: [...checks, ...liveChecks(ref, r, url)], live: liveOf(r, url) };
  });
  const indexes = new Map<string, SourceIndex>();
  const indexFor = (url: string, r: LinkResult): SourceIndex => {
    let index = indexes.get(url);
    if (!index) indexes.set(url, (index = indexSource(r.blocks)));
    return index;
  };
  const claims = report.claims.map((claim) => ({
    ...claim,
    sources: claim.sources.map((s) => {
      const { support: _s, passage: _p, parts: _parts, ...base } = s;
      const found = resultOf(s.ref);
      if (!found || !found[1].blocks.length) return base;
      const judged = judgeSupport(claim.text, indexFor(found[0], found[1]));
      if (!judged) return base;
      return { ...base, support: judged.verdict, ...(judged.passage ? { passage: judged.passage } : {}), parts: judged.parts };
    }),
  }));
  return { ...report, references, claims };
}

/** Checks every cited link of `report` (see the module header); rejects with the abort reason when cancelled. */
export async function checkSources(report: Report, options: CheckOptions): Promise<Report> {
  const now = options.now ?? Date.now;
  const targets = linkTargets(report);
  const urls = [...new Set(targets.values())];
  const limit = Math.max(1, Math.min(MAX_CONCURRENCY, Math.floor(options.concurrency ?? MAX_CONCURRENCY)));
  let done = 0;
  options.onProgress?.({ done, total: urls.length });
  const results = await runLimited(
    urls,
    limit,
    async (url) => {
      const cached = await options.cache?.get(url);
      const result = cached && isFresh(cached, now()) ? cached : await visit(url, options, now());
      if (result !== cached && isCacheable(result)) await options.cache?.set(url, result);
      options.signal?.throwIfAborted();
      options.onProgress?.({ done: ++done, total: urls.length });
      return result;
    },
    options.signal,
  );
  return applyResults(report, targets, new Map(urls.map((u, i) => [u, results[i]!])));
}
