/**
 * The popup's export formats as files: name, type and text for each, and the two ways out of
 * the popup (clipboard, download). Nothing is sent anywhere: a download is a local Blob.
 * The formats themselves (formats.ts) load only when the reader first exports: they are a
 * separate chunk of the popup's build, kept out of what every opening of the popup loads.
 */
import type { Report } from "../../report";

export type ExportFormat = "markdown" | "json" | "bibtex" | "csl";

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

/** The file of `format` for `report`, once the formats are loaded. */
export async function loadExportFile(report: Report, format: ExportFormat): Promise<ExportFile> {
  const { exportFile } = await import("./formats");
  return exportFile(report, format);
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
