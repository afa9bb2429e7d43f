/** Article title, site, date and the three counts (sources, sourced claims, warnings). */
import type { Check, Report } from "../../report";
import { t } from "../../platform/i18n";
import { displayDomain } from "../safe-url";
import { citedReferences } from "./SourceList";

const plural = (n: number, one: Parameters<typeof t>[0], many: Parameters<typeof t>[0]) => (n === 1 ? t(one) : t(many, n));

/** Counts warnings and errors across the report. */
export function countWarnings(report: Report): number {
  const n = (checks: Check[]) => checks.filter((c) => c.severity !== "info").length;
  return (
    n(report.checks) +
    n(report.article.source?.checks ?? []) +
    report.references.reduce((s, r) => s + n(r.checks), 0) +
    report.claims.reduce((s, c) => s + n(c.checks), 0)
  );
}

/** The report's header. */
export function ReportHeader({ report }: { report: Report }) {
  const a = report.article;
  const site = a.siteName ?? displayDomain(report.url);
  const sourced = report.claims.filter((c) => c.sources.length > 0).length;
  const warnings = countWarnings(report);
  return (
    <header class="header">
      <h1 class="title">{a.title ?? t("untitled")}</h1>
      <p class="meta">{[site, a.byline, a.published].filter(Boolean).join(" · ")}</p>
      <ul class="counts">
        <li>{plural(citedReferences(report).length, "countSourcesOne", "countSourcesMany")}</li>
        <li>{plural(sourced, "countClaimsOne", "countClaimsMany")}</li>
        <li class={warnings > 0 ? "warn" : undefined}>{plural(warnings, "countWarningsOne", "countWarningsMany")}</li>
      </ul>
    </header>
  );
}
