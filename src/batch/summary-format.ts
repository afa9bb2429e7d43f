/**
 * The per-site summary as a Markdown table (to read, paste into a report) or CSV (to load
 * into a spreadsheet or R/pandas). Same columns in both; counts are kept next to shares.
 */
import type { Summary, SiteSummary } from "./summarize";

const top = (m: Map<string, number>, n: number) => [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n);
const perArticle = (s: SiteSummary) => (s.articles ? (s.references / s.articles).toFixed(1) : "");
const share = (s: SiteSummary) => (s.claims ? `${((100 * s.sourcedClaims) / s.claims).toFixed(0)}%` : "");

/** A Markdown table, one row per site and a total row. */
export function summaryMarkdown(summary: Summary, n: number): string {
  const cell = (v: string | number) => String(v).replace(/\|/g, "\\|");
  const row = (s: SiteSummary, bold = false) => {
    const name = bold ? `**${s.site}**` : s.site;
    const claims = s.claims ? `${share(s)} (${s.sourcedClaims}/${s.claims})` : "–";
    const warnings = top(s.warnings, n).map(([k, v]) => `${k} ${v}`).join(", ") || "–";
    const domains = top(s.domains, n).map(([k, v]) => `${k} ${v}`).join(", ") || "–";
    return `| ${[name, s.pages, s.failed, s.articles, perArticle(s) || "–", claims, warnings, domains].map(cell).join(" | ")} |`;
  };
  const lines = [
    "| Site | Pages | Failed | Articles | References per article | Claims sourced | Warnings | Most cited domains |",
    "| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |",
    ...summary.sites.map((s) => row(s)),
    row(summary.total, true),
  ];
  if (summary.unreadable) lines.push("", `${summary.unreadable} line(s) were not Sourcelight JSON and were left out.`);
  return lines.join("\n") + "\n";
}

/** CSV with a header row; warnings and domains as `name:count` joined by `;`. */
export function summaryCsv(summary: Summary, n: number): string {
  const field = (v: string | number) => (/[",\n\r]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  const pairs = (m: Map<string, number>) => top(m, n).map(([k, v]) => `${k}:${v}`).join(";");
  const header = ["site", "pages", "failed", "articles", "references", "references_per_article", "claims", "claims_sourced", "share_sourced", "warnings", "top_domains"];
  const row = (s: SiteSummary) =>
    [s.site, s.pages, s.failed, s.articles, s.references, perArticle(s), s.claims, s.sourcedClaims, s.claims ? (s.sourcedClaims / s.claims).toFixed(3) : "", pairs(s.warnings), pairs(s.domains)].map(field).join(",");
  return [header.join(","), ...summary.sites.map(row), row(summary.total)].join("\n") + "\n";
}
