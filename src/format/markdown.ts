/**
 * Report → Markdown: the summary points with their sources, then the references with
 * their problems. Used by the CLI (`--format markdown`) and the popup's "Copy as Markdown".
 * Every piece of page text is escaped, since reference text comes from strangers.
 */
import type { Report } from "../report";
import { refName, stripControls, TRUNCATED_NOTE } from "./text";
import { SUPPORT_WORDS, judgedClaims, liveSummary } from "./live";
import { groupSpeakers, KIND_WORDS } from "./speakers";

/** Escapes text so Markdown renders it literally (no links, HTML or emphasis from the page). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~]/g, (ch) => `\\${ch}`).replace(/\s+/g, " ").trim();
}

/** A URL is linked only when it is absolute http(s); anything else is shown as code. */
function mdUrl(url: string): string {
  return /^https?:\/\//i.test(url) && !/[\s<>()]/.test(url) ? `<${url}>` : `\`${url.replace(/`/g, "'")}\``;
}

/** Renders the report as Markdown. */
export function formatMarkdown(report: Report): string {
  const a = report.article;
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(a.title ?? "Untitled page")}`, "");
  if (!a.found) {
    out.push(`No article found${a.reason ? `: ${escapeMarkdown(a.reason)}` : "."}`, "");
    return stripControls(out.join("\n"));
  }
  const facts = [a.siteName, a.byline, a.published].filter((x): x is string => Boolean(x));
  out.push(`${facts.map(escapeMarkdown).join(" · ")}${facts.length ? " · " : ""}${mdUrl(report.url)}`, "");
  if (a.truncated) out.push(`> ${TRUNCATED_NOTE}`, "");
  const refs = new Map(report.references.map((r) => [r.id, r]));
  const claims = new Map(report.claims.map((c) => [c.id, c]));
  if (report.summary.length) {
    out.push("## Summary", "");
    for (const p of report.summary) {
      const names = (claims.get(p.claim)?.sources ?? [])
        .map((s) => refs.get(s.ref))
        .filter((r) => r !== undefined)
        .map((r) => escapeMarkdown(refName(r)));
      out.push(`- ${escapeMarkdown(p.text)}${names.length ? ` — ${names.join("; ")}` : " — *no source*"}`);
    }
    out.push("");
  }
  if (report.references.length) {
    out.push("## Sources", "");
    for (const r of report.references) {
      const bits = [r.title, r.outlet, r.date].filter((x): x is string => Boolean(x)).map(escapeMarkdown);
      out.push(`- ${r.label ? `\\[${escapeMarkdown(r.label)}\\] ` : ""}${bits.join(", ") || escapeMarkdown(r.raw)}${r.url ? ` ${mdUrl(r.url)}` : ""}`);
      if (r.live) out.push(`  - link: ${escapeMarkdown(liveSummary(r.live))}`);
      for (const c of r.checks) out.push(`  - ${c.severity}: ${escapeMarkdown(c.message)}`);
    }
    out.push("");
  }
  if (report.quotes?.length) {
    out.push("## Who says so", "");
    for (const g of groupSpeakers(report.quotes)) {
      const who = `${escapeMarkdown(g.speaker ?? "not named")}${g.role ? `, ${escapeMarkdown(g.role)}` : ""}`;
      out.push(`- **${who}** (${KIND_WORDS[g.kind]}; ${g.quotes.length === 1 ? "1 statement" : `${g.quotes.length} statements`})`);
      for (const q of g.quotes) out.push(`  - ${q.direct ? `“${escapeMarkdown(q.text)}”` : escapeMarkdown(q.text)}${q.cue ? ` — ${escapeMarkdown(q.cue)}` : ""}`);
    }
    out.push("");
  }
  const judged = judgedClaims(report);
  if (judged.length) {
    out.push("## Do the sources say it?", "");
    for (const { claim, sources } of judged) {
      out.push(`- ${escapeMarkdown(claim.text)}`);
      for (const s of sources) {
        const r = refs.get(s.ref);
        const passage = s.passage ? ` — “${escapeMarkdown(s.passage)}”` : "";
        out.push(`  - ${escapeMarkdown(r ? refName(r) : s.ref)}: ${SUPPORT_WORDS[s.support]}${passage}`);
        for (const p of s.parts ?? []) out.push(`    - ${p.found ? "✓" : "✗"} ${escapeMarkdown(p.text)}`);
      }
    }
    out.push("");
  }
  if (report.checks.length) {
    out.push("## Article checks", "");
    for (const c of report.checks) out.push(`- ${c.severity}: ${escapeMarkdown(c.message)}`);
    out.push("");
  }
  return stripControls(out.join("\n"));
}
