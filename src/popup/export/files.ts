/**
 * The popup's export formats as files: name, type and text for each, and the two ways out of
 * the popup (clipboard, download). Nothing is sent anywhere: a download is a local Blob.
 */
import { formatMarkdown } from "../../format/markdown";
import type { Report } from "../../report";
import { formatBibtex } from "./bibtex";
import { formatCslJson, formatJsonReport } from "./csl-json";

export type ExportFormat = "markdown" | "json" | "bibtex" | "csl";

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

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

/** Saves `file` through a temporary object URL and a download link (no permission needed). */
export function downloadFile(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const a = doc.createElement("a");
  a.href = url;
  a.download = file.name;
  a.rel = "noopener";
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Copies text; false when the browser refuses. */
export async function copyText(text: string, nav: Pick<Navigator, "clipboard"> = navigator): Promise<boolean> {
  try {
    await nav.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
