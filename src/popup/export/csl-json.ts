/**
 * The article's references as CSL-JSON (the format Zotero, Pandoc and citeproc read). The JSON
 * text is safe to paste into HTML too: `<`, `>` and `&` are written as \u escapes.
 */
import type { Report, ReportReference } from "../../report";
import { safeHttpUrl } from "../safe-url";
import { sourceType, type SourceType } from "../source-type";

const CSL_TYPE: Record<SourceType, string> = {
  news: "article-newspaper",
  journal: "article-journal",
  book: "book",
  report: "report",
  government: "report",
  wiki: "entry-encyclopedia",
  web: "webpage",
};

export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: { literal: string }[];
  "container-title"?: string;
  publisher?: string;
  issued?: { "date-parts": number[][] };
  URL?: string;
  DOI?: string;
  note?: string;
}

/** "2025-01-15" → [[2025, 1, 15]]; null for anything else. */
export function dateParts(date: string | null): number[][] | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date ?? "");
  if (!m) return null;
  return [[m[1], m[2], m[3]].filter((x): x is string => x !== undefined).map(Number)];
}

/** One reference as a CSL item. */
export function cslItem(ref: ReportReference): CslItem {
  const type = sourceType(ref);
  const item: CslItem = { id: ref.id, type: CSL_TYPE[type], title: ref.title ?? ref.raw.slice(0, 300) };
  if (ref.authors.length) item.author = ref.authors.map((literal) => ({ literal }));
  if (ref.outlet) {
    if (type === "book" || type === "report" || type === "government") item.publisher = ref.outlet;
    else item["container-title"] = ref.outlet;
  }
  const issued = dateParts(ref.date);
  if (issued) item.issued = { "date-parts": issued };
  const url = safeHttpUrl(ref.url);
  if (url) item.URL = url;
  if (ref.doi) item.DOI = ref.doi;
  if (!ref.title) item.note = ref.raw;
  return item;
}

/** JSON text with `<`, `>` and `&` escaped, so it can never be read as markup. */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Every cited reference of the report as a CSL-JSON array. */
export function formatCslJson(report: Report): string {
  return safeJson(report.references.filter((r) => r.kind !== "source-line").map(cslItem)) + "\n";
}

/** The whole report as JSON (docs/report-format.md), markup-safe. */
export function formatJsonReport(report: Report): string {
  return safeJson(report) + "\n";
}
