/**
 * Which claims the popup's claim list shows: all, the unsourced ones, the ones with a warning,
 * or the ones citing one source. Pure, so the filter is tested apart from the view.
 */
import type { Report, ReportClaim } from "../report";

export type ClaimFilter = { kind: "all" } | { kind: "unsourced" } | { kind: "warnings" } | { kind: "source"; ref: string };

/** Claims worth listing: sentences and the article's own points (headings are not claims a reader checks). */
export function listedClaims(report: Report): ReportClaim[] {
  return report.claims.filter((c) => c.kind !== "heading");
}

const hasWarning = (c: ReportClaim) => c.checks.some((k) => k.severity !== "info");

/** The claims `filter` keeps, in page order. */
export function filterClaims(report: Report, filter: ClaimFilter): ReportClaim[] {
  const claims = listedClaims(report);
  switch (filter.kind) {
    case "all":
      return claims;
    case "unsourced":
      return claims.filter((c) => c.sources.length === 0);
    case "warnings":
      return claims.filter(hasWarning);
    case "source":
      return claims.filter((c) => c.sources.some((s) => s.ref === filter.ref));
  }
}

/** How many claims each of the fixed filters keeps (shown on the filter buttons). */
export function filterCounts(report: Report): { all: number; unsourced: number; warnings: number } {
  const claims = listedClaims(report);
  return { all: claims.length, unsourced: claims.filter((c) => c.sources.length === 0).length, warnings: claims.filter(hasWarning).length };
}
