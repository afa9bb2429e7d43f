/** Export: copy the summary as Markdown, download the JSON report, BibTeX or CSL-JSON. */
import { useState } from "preact/hooks";
import type { Report } from "../../report";
import { t, type MessageKey } from "../../platform/i18n";
import { copyText, downloadFile, loadExportFile, type ExportFile, type ExportFormat } from "../export/files";

export interface ExportBarProps {
  report: Report;
  /** Defaults to the clipboard and a Blob download; tests pass fakes. */
  copy?: (text: string) => Promise<boolean>;
  save?: (file: ExportFile) => void;
}

const DOWNLOADS: [ExportFormat, MessageKey][] = [
  ["json", "downloadJson"],
  ["bibtex", "downloadBibtex"],
  ["csl", "downloadCsl"],
];

/** Export section. */
export function ExportBar({ report, copy = copyText, save = downloadFile }: ExportBarProps) {
  const [status, setStatus] = useState("");
  const onCopy = () => {
    void loadExportFile(report, "markdown")
      .then((file) => copy(file.text))
      .then((done) => setStatus(t(done ? "copied" : "copyFailed")));
  };
  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">{t("exportHeading")}</h2>
      <div class="export">
        <button type="button" onClick={onCopy}>
          {t("copyMarkdown")}
        </button>
        {DOWNLOADS.map(([format, key]) => (
          <button key={format} type="button" aria-label={t("downloadLabel", t(key))} onClick={() => void loadExportFile(report, format).then(save)}>
            ⤓ {t(key)}
          </button>
        ))}
      </div>
      <p class="small muted" role="status">
        {status}
      </p>
    </section>
  );
}
