/** The export formats (loaded on first use, see files.ts): Markdown, the JSON report, BibTeX, CSL-JSON. */
import { formatMarkdown } from "../../format/markdown";
import type { Report } from "../../report";
import { formatBibtex } from "./bibtex";
import { formatCslJson, formatJsonReport } from "./csl-json";
import type { ExportFile, ExportFormat } from "./files";

/** A file name from the article's title: lower-case ASCII words joined by dashes. */
export function fileStem(report: Report): string {
  const base = (report.article.title ?? "article").normalize("NFKD").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return `sourcelight-${base.slice(0, 60).replace(/-+$/, "") || "article"}`;
}

/** The file of `format` for `report`. */
export function exportFile(report: Report, format: ExportFormat): ExportFile {
  const stem = fileStem(report);
  switch (format) {
    case "markdown":
      return { name: `${stem}.md`, type: "text/markdown", text: formatMarkdown(report) };
    case "json":
      return { name: `${stem}.json`, type: "application/json", text: formatJsonReport(report) };
    case "bibtex":
      return { name: `${stem}.bib`, type: "application/x-bibtex", text: formatBibtex(report) };
    case "csl":
      return { name: `${stem}.csl.json`, type: "application/vnd.citationstyles.csl+json", text: formatCslJson(report) };
  }
}
