/**
 * The toolbar badge: how many sources the page cites, in a warning colour when any check
 * of warning or error severity fired. Per tab, so other tabs keep their own.
 */
import type { BrowserApi } from "../platform/browser-api";
import type { Check, Report } from "../report";

export const BADGE_OK = "#0f766e";
export const BADGE_WARNING = "#b45309";

/** True when the report carries any warning or error, on the article, a source or a claim. */
export function hasWarnings(report: Report): boolean {
  const serious = (checks: Check[]) => checks.some((c) => c.severity !== "info");
  return (
    serious(report.checks) ||
    report.references.some((r) => serious(r.checks)) ||
    report.claims.some((c) => serious(c.checks)) ||
    serious(report.article.source?.checks ?? [])
  );
}

/** Shows the number of sources of `report` on the tab's badge. */
export async function showBadge(tabId: number, report: Report, action: BrowserApi["action"]): Promise<void> {
  // The article's own "source:" line is where it comes from, not a source it cites.
  const cited = report.references.filter((r) => r.kind !== "source-line").length;
  const text = report.article.found ? String(cited) : "–";
  await action.setBadgeBackgroundColor({ tabId, color: hasWarnings(report) ? BADGE_WARNING : BADGE_OK });
  await action.setBadgeText({ tabId, text });
}

/** Removes the tab's badge. */
export async function clearBadge(tabId: number, action: BrowserApi["action"]): Promise<void> {
  await action.setBadgeText({ tabId, text: "" }).catch(() => undefined);
}
