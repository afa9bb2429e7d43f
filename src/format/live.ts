/**
 * Words for what "Check sources" found, shared by the text and Markdown formats: a
 * link's live status and whether a source backs a claim. Pure and DOM-free.
 */
import type { ClaimSource, LiveCheck, LiveStatus, Report, ReportClaim, SupportVerdict } from "../report";

export const LIVE_WORDS: Record<LiveStatus, string> = {
  ok: "opens",
  redirected: "leads to another site",
  "not-found": "not found",
  gone: "removed",
  unreachable: "could not be reached",
  paywalled: "behind a sign-in or paywall",
};

export const SUPPORT_WORDS: Record<SupportVerdict, string> = {
  found: "the source says this",
  partial: "the source says part of this",
  "not-found": "not found in the source",
};

/** "not found (HTTP 404) · saved copies: …" or "opens · “Live title” · 2025-01-15 · Site". */
export function liveSummary(live: LiveCheck, quote: (s: string) => string = (s) => `“${s}”`): string {
  const bits = [LIVE_WORDS[live.status] + (live.httpStatus && live.status !== "ok" ? ` (HTTP ${live.httpStatus})` : "")];
  if (live.status === "redirected" && live.finalUrl) bits.push(`now ${live.finalUrl}`);
  if (live.title) bits.push(quote(live.title));
  if (live.date) bits.push(live.date);
  if (live.site) bits.push(live.site);
  if (live.truncated) bits.push("only the start of the page was read");
  if (live.archiveUrl) bits.push(`saved copies: ${live.archiveUrl}`);
  return bits.join(" · ");
}

/** The claims with at least one support verdict, and their judged sources. */
export function judgedClaims(report: Report): { claim: ReportClaim; sources: (ClaimSource & { support: SupportVerdict })[] }[] {
  return report.claims
    .map((claim) => ({ claim, sources: claim.sources.filter((s): s is ClaimSource & { support: SupportVerdict } => s.support !== undefined) }))
    .filter((c) => c.sources.length > 0);
}
