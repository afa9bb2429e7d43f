/**
 * The report as the page needs it. The content script draws highlights and hover cards, and
 * for that reads only each claim's place and sources and each reference's card lines; the
 * rest of a Report (the article's text, summary, authors, the claim → reference scores) stays
 * in the background. On wikipedia-2 this is 40% of the Report's JSON, and every byte of the
 * `draw` message is parsed on the page's main thread before our first slice can yield.
 * A full Report is also a PageReport (same field names and types), so tests and the CLI's
 * formatters need no conversion. Pure: imports only the data contracts.
 */
import type { ClaimSource, ClaimVia, Quote, Report, ReportClaim, ReportReference, SupportPart } from "./report";

/** The longest `raw` the page gets: the hover card shows the entry's start when it has no title. */
export const PAGE_RAW_MAX = 140;

/** A reference's hover-card lines, its marker keys (label, anchor) and its checks; `live` after "Check sources". */
export type PageReference = Pick<ReportReference, "id" | "label" | "title" | "outlet" | "date" | "url" | "raw" | "checks" | "anchor" | "live" | "titleFrom">;

/** The most parts of one verdict the page gets, and their lengths: the hover card shows a few, briefly. */
export const PAGE_PARTS_MAX = 8;
export const PAGE_PART_TEXT_MAX = 120;
export const PAGE_PART_PASSAGE_MAX = 240;

/** A claim's link to a reference: which one, and, after "Check sources", the verdict, passage and parts. */
export type PageClaimSource = Pick<ClaimSource, "ref" | "support" | "passage" | "parts">;

const cut = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

/** A verdict's parts as the page gets them: the first few, each cut short. */
function pageParts(parts: readonly SupportPart[]): SupportPart[] {
  return parts.slice(0, PAGE_PARTS_MAX).map((p) => ({ text: cut(p.text, PAGE_PART_TEXT_MAX), found: p.found, passage: p.passage === null ? null : cut(p.passage, PAGE_PART_PASSAGE_MAX) }));
}

/** A sourced key point restating a claim: the point's index and its source (the card says "backed through key point N → source"). */
export type PageClaimVia = Pick<ClaimVia, "point" | "ref">;
/** Who says the words a claim quotes or reports, for its hover card (the source is among the claim's sources). */
export type PageSaid = Pick<Quote, "speaker" | "role" | "speakerKind">;

/** Where a claim sits (block and offsets, its text to find it again), its kind and checks (density), its sources. */
export interface PageClaim extends Pick<ReportClaim, "id" | "text" | "kind" | "checks" | "block" | "start" | "end"> {
  sources: PageClaimSource[];
  via?: PageClaimVia[];
  /** Who says so, when the claim holds a statement with a speaker (at most `PAGE_SAID_MAX`). */
  said?: PageSaid[];
}

/** The most speakers a claim's card names, and the longest role it quotes. */
export const PAGE_SAID_MAX = 3;
export const PAGE_ROLE_MAX = 80;

/** The speakers of each claim's statements (a claim with none is left out). */
function saidByClaim(quotes: readonly Quote[] | undefined): Map<string, PageSaid[]> {
  const out = new Map<string, PageSaid[]>();
  for (const q of quotes ?? []) {
    if (q.speaker === null) continue;
    const list = out.get(q.claim) ?? [];
    if (list.length >= PAGE_SAID_MAX || list.some((x) => x.speaker === q.speaker)) continue;
    list.push({ speaker: q.speaker, role: q.role === null ? null : q.role.slice(0, PAGE_ROLE_MAX), speakerKind: q.speakerKind });
    out.set(q.claim, list);
  }
  return out;
}

export interface PageReport {
  url: string;
  references: PageReference[];
  claims: PageClaim[];
}

/** The parts of `report` the page draws from. */
export function pageReportOf(report: Report): PageReport {
  const said = saidByClaim(report.quotes);
  return {
    url: report.url,
    references: report.references.map((r) => ({
      id: r.id,
      label: r.label,
      title: r.title,
      outlet: r.outlet,
      date: r.date,
      url: r.url,
      // Shown only in place of a missing title.
      raw: r.title === null ? r.raw.slice(0, PAGE_RAW_MAX) : "",
      checks: r.checks,
      ...(r.anchor !== undefined ? { anchor: r.anchor } : {}),
      ...(r.live !== undefined ? { live: r.live } : {}),
      ...(r.titleFrom === "url" ? { titleFrom: r.titleFrom } : {}),
    })),
    claims: report.claims.map((c) => ({
      id: c.id,
      text: c.text,
      kind: c.kind,
      checks: c.checks,
      block: c.block,
      start: c.start,
      end: c.end,
      sources: c.sources.map((s) => ({
        ref: s.ref,
        ...(s.support !== undefined ? { support: s.support } : {}),
        ...(s.passage !== undefined ? { passage: s.passage } : {}),
        ...(s.parts !== undefined ? { parts: pageParts(s.parts) } : {}),
      })),
      ...(c.via?.length ? { via: c.via.map((v) => ({ point: v.point, ref: v.ref })) } : {}),
      ...(said.has(c.id) ? { said: said.get(c.id) } : {}),
    })),
  };
}

/** The element paths the page resolves for `report`: those of blocks and key points that hold a claim. */
export function pathsFor(report: PageReport, paths: Record<string, number[]>): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const c of report.claims) if (Object.hasOwn(paths, c.block)) out[c.block] = paths[c.block] as number[];
  return out;
}
