/**
 * Report → plain text for a terminal: the article, its summary points with their
 * sources, every reference with its problems, and the article-level checks.
 * Pure and DOM-free so the CLI and any future export share it.
 */
import type { Check, Report, ReportReference } from "../report";
import { SUPPORT_WORDS, judgedClaims, liveSummary } from "./live";

/** Said by the text and Markdown formats when the page was cut at the size limits. */
export const TRUNCATED_NOTE = "This page is too large to annotate fully: only its first part was read.";

const MARK: Record<Check["severity"], string> = { error: "✖", warning: "⚠", info: "ℹ" };

/** C0/C1 control characters but tab and newline: from page text they could drive the reader's terminal. */
const CONTROL_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Removes terminal control characters (ESC, BEL …) that a page smuggled into its text. */
export function stripControls(text: string): string {
  return text.replace(CONTROL_CHARS, "");
}

/** One check as a line: severity mark, code, message. */
export function checkLine(c: Check): string {
  return `${MARK[c.severity]} ${c.code}: ${c.message}`;
}

/** The short name a reader knows a reference by: "[1] 38 North" or the title. */
export function refName(r: ReportReference): string {
  const label = r.label ? `[${r.label}] ` : "";
  return label + (r.outlet ?? r.title ?? r.url ?? r.raw.slice(0, 60));
}

/** Renders the whole report as indented plain text. */
export function formatText(report: Report): string {
  const out: string[] = [];
  const a = report.article;
  out.push(`Sourcelight report for ${report.url}`);
  if (!a.found) {
    out.push(`No article found${a.reason ? `: ${a.reason}` : "."}`);
    return stripControls(out.join("\n")) + "\n";
  }
  out.push("", `Article: ${a.title ?? "(untitled)"}`);
  const facts = [a.siteName, a.byline, a.published].filter(Boolean);
  if (facts.length) out.push(`  ${facts.join(" · ")}`);
  if (a.truncated) out.push(`  ${TRUNCATED_NOTE}`);
  if (a.source) {
    out.push(`  Source line: ${a.source.url ?? a.source.text}`);
    for (const c of a.source.checks) out.push(`    ${checkLine(c)}`);
  }
  const refs = new Map(report.references.map((r) => [r.id, r]));
  const claims = new Map(report.claims.map((c) => [c.id, c]));
  const sourced = report.claims.filter((c) => c.sources.length > 0).length;
  out.push(`  ${report.references.length} references · ${sourced} of ${report.claims.length} claims sourced`);

  if (report.summary.length) {
    out.push("", "Summary points:");
    report.summary.forEach((p, i) => {
      out.push(`  ${i + 1}. ${p.text}`);
      for (const s of claims.get(p.claim)?.sources ?? []) {
        const r = refs.get(s.ref);
        const support = s.support ? `; ${SUPPORT_WORDS[s.support]}` : "";
        if (r) out.push(`     ↳ ${refName(r)} (${s.evidence.join(", ")}, score ${s.score.toFixed(2)}${support})`);
      }
    });
  }
  if (report.references.length) {
    out.push("", "References:");
    for (const r of report.references) {
      out.push(`  ${refName(r)}${r.kind === "source-line" ? " (source line)" : ""}`);
      if (r.title) out.push(`     title: ${r.title}`);
      const facts2 = [r.date, r.url].filter(Boolean);
      if (facts2.length) out.push(`     ${facts2.join(" · ")}`);
      if (r.live) out.push(`     link: ${liveSummary(r.live)}`);
      out.push(`     cited by ${r.citedBy.length} claim${r.citedBy.length === 1 ? "" : "s"}`);
      for (const c of r.checks) out.push(`     ${checkLine(c)}`);
    }
  }
  const judged = judgedClaims(report);
  if (judged.length) {
    out.push("", "Do the sources say it?");
    for (const { claim, sources } of judged) {
      out.push(`  “${claim.text}”`);
      for (const s of sources) {
        const r = refs.get(s.ref);
        out.push(`     ↳ ${r ? refName(r) : s.ref}: ${SUPPORT_WORDS[s.support]}${s.passage ? ` — “${s.passage}”` : ""}`);
        for (const p of s.parts ?? []) out.push(`        ${p.found ? "✓" : "✗"} ${p.text}`);
      }
    }
  }
  const flagged = report.claims.filter((c) => c.checks.length > 0);
  if (flagged.length) {
    out.push("", "Claims to check:");
    for (const c of flagged) {
      out.push(`  “${c.text}”`);
      for (const k of c.checks) out.push(`     ${checkLine(k)}`);
    }
  }
  if (report.checks.length) {
    out.push("", "Article checks:");
    for (const c of report.checks) out.push(`  ${checkLine(c)}`);
  }
  return stripControls(out.join("\n")) + "\n";
}
