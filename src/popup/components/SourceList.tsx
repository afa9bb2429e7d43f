/** The article's sources, grouped by what they are to it (studies, documents, news …) once that chunk arrives, each group in page order. */
import type { Report, ReportReference } from "../../report";
import { t } from "../../platform/i18n";
import { useModule } from "../lazy";
import { groupedSources } from "../source-groups-chunk";
import { SourceItem } from "./SourceItem";

/** The references the article cites; its own "source:" line is shown apart. */
export function citedReferences(report: Report): ReportReference[] {
  return report.references.filter((r) => r.kind !== "source-line");
}

/** Sources section (or the "nothing cited" note), then the article's own source line. */
export function SourceList({ report, onFocusClaim, onShowClaims }: { report: Report; onFocusClaim: (claimId: string) => void; onShowClaims?: (refId: string) => void }) {
  const claims = new Map(report.claims.map((c) => [c.id, c]));
  const item = (r: ReportReference) => (
    <SourceItem key={r.id} reference={r} citing={r.citedBy.map((id) => claims.get(id)).filter((c) => c !== undefined)} onFocusClaim={onFocusClaim} onShowClaims={onShowClaims} />
  );
  const cited = citedReferences(report);
  const grouped = useModule(groupedSources);
  const origin = report.references.filter((r) => r.kind === "source-line");
  return (
    <>
      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">{t("sourcesHeading")}</h2>
        {cited.length === 0 && <p class="muted">{t("nothingCited")}</p>}
        {grouped ? <grouped.GroupedSources references={cited} item={item} /> : <ol class="sources">{cited.map(item)}</ol>}
      </section>
      {origin.length > 0 && (
        <section aria-labelledby="origin-heading">
          <h2 id="origin-heading">{t("originalSourceHeading")}</h2>
          <ul class="sources">{origin.map(item)}</ul>
        </section>
      )}
    </>
  );
}
