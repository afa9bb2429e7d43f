/** The summary points, each with the sources behind it and the body it covers; a point scrolls the page to itself. */
import type { Report } from "../../report";
import { t } from "../../platform/i18n";
import { CoversPart } from "./CoversPart";
import { SourceChips } from "./SourceChips";

export interface SummaryListProps {
  report: Report;
  onFocusClaim: (claimId: string) => void;
}

/** Summary section. */
export function SummaryList({ report, onFocusClaim }: SummaryListProps) {
  const claims = new Map(report.claims.map((c) => [c.id, c]));
  const refs = new Map(report.references.map((r) => [r.id, r]));
  const origin = report.summary[0]?.origin;
  return (
    <section aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t("summaryHeading")}</h2>
      {origin && <p class="muted small">{t(origin === "article" ? "summaryFromArticle" : "summaryExtracted")}</p>}
      {report.summary.length === 0 && <p class="muted">{t("summaryEmpty")}</p>}
      <ol class="points">
        {report.summary.map((point, i) => (
          <li key={`${point.claim}-${i}`} class="point">
            <button type="button" class="linklike" title={t("showInPage")} onClick={() => onFocusClaim(point.claim)}>
              {point.text}
            </button>
            <SourceChips sources={claims.get(point.claim)?.sources ?? []} refs={refs} emptyLabel="unsourcedPoint" tipPrefix={`tip-p${i}`} />
            {point.covers?.length ? <CoversPart name="CoveredSentences" props={{ report, index: i, onFocusClaim }} /> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
