/**
 * `sourcelight summarize OUT/*.jsonl`: the researcher's answer per site. Reads the JSON lines
 * of `analyze --warc` one at a time (bounded memory whatever the number of pages) and adds up,
 * per host: pages, failures, articles found, references per article, the share of the
 * articles' sentence claims that have a source, check codes, and the domains cited.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Check, Report } from "../report";

export interface SiteSummary {
  site: string;
  pages: number;
  failed: number;
  articles: number;
  /** References of pages with an article. */
  references: number;
  /** Sentence claims of pages with an article, and those with at least one source. */
  claims: number;
  sourcedClaims: number;
  warnings: Map<string, number>;
  domains: Map<string, number>;
}

export interface Summary {
  sites: SiteSummary[];
  total: SiteSummary;
  /** Lines that were not JSON objects of ours. */
  unreadable: number;
}

const emptySite = (site: string): SiteSummary => ({ site, pages: 0, failed: 0, articles: 0, references: 0, claims: 0, sourcedClaims: 0, warnings: new Map(), domains: new Map() });

/** A host without "www.", or "(no address)". */
export function siteOf(url: unknown): string {
  if (typeof url !== "string") return "(no address)";
  try {
    return new URL(url).hostname.replace(/^www\./, "") || "(no address)";
  } catch {
    return "(no address)";
  }
}

const bump = (m: Map<string, number>, key: string, by = 1) => m.set(key, (m.get(key) ?? 0) + by);

/** Adds one output line (a report, or an error line) to `into`. */
export function addLine(into: SiteSummary, line: Partial<Report> & { error?: unknown }): void {
  into.pages++;
  if (typeof line.error === "string" || !line.article) {
    into.failed++;
    return;
  }
  if (!line.article.found) return;
  into.articles++;
  const references = line.references ?? [];
  into.references += references.length;
  for (const claim of line.claims ?? []) {
    if (claim.kind !== "sentence") continue;
    into.claims++;
    if (claim.sources.length) into.sourcedClaims++;
  }
  const checks: Check[] = [...(line.checks ?? []), ...(line.article.source?.checks ?? []), ...references.flatMap((r) => r.checks), ...(line.claims ?? []).flatMap((c) => c.checks)];
  for (const c of checks) bump(into.warnings, c.code);
  for (const r of references) if (r.url && /^https?:/i.test(r.url)) bump(into.domains, siteOf(r.url));
}

function merge(into: SiteSummary, s: SiteSummary): void {
  into.pages += s.pages;
  into.failed += s.failed;
  into.articles += s.articles;
  into.references += s.references;
  into.claims += s.claims;
  into.sourcedClaims += s.sourcedClaims;
  for (const [k, v] of s.warnings) bump(into.warnings, k, v);
  for (const [k, v] of s.domains) bump(into.domains, k, v);
}

/** Reads every file's lines into per-site sums, sites by pages (most first), then name. */
export async function summarizeFiles(files: string[]): Promise<Summary> {
  const sites = new Map<string, SiteSummary>();
  let unreadable = 0;
  for (const file of files) {
    const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
    for await (const text of lines) {
      if (!text.trim()) continue;
      let line: unknown;
      try {
        line = JSON.parse(text);
      } catch {
        line = null;
      }
      if (typeof line !== "object" || line === null || Array.isArray(line)) {
        unreadable++;
        continue;
      }
      const site = siteOf((line as { url?: unknown }).url);
      if (!sites.has(site)) sites.set(site, emptySite(site));
      addLine(sites.get(site)!, line as Partial<Report>);
    }
  }
  const sorted = [...sites.values()].sort((a, b) => b.pages - a.pages || a.site.localeCompare(b.site));
  const total = emptySite("all sites");
  for (const s of sorted) merge(total, s);
  return { sites: sorted, total, unreadable };
}
