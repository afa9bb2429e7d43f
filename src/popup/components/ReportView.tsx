/** The report: header with counts, article checks, summary points, sources. */
import type { DrawResult } from "../../messages";
import type { Report } from "../../report";
import { t } from "../../platform/i18n";
import type { PopupActions } from "../use-popup";
import { CheckList } from "./CheckList";
import { ReportHeader } from "./ReportHeader";
import { SourceList } from "./SourceList";
import { SummaryList } from "./SummaryList";

export interface ReportViewProps {
  report: Report;
  drawn: DrawResult | null;
  actions: PopupActions;
}

/** Everything the popup says about an analysed article. */
export function ReportView({ report, drawn, actions }: ReportViewProps) {
  const articleChecks = [...report.checks, ...(report.article.source?.checks ?? [])];
  return (
    <div class="report">
      <ReportHeader report={report} />
      {drawn && drawn.missing.length > 0 && <p class="note">{t("claimsNotPlaced", drawn.missing.length)}</p>}
      {articleChecks.length > 0 && (
        <section aria-labelledby="article-checks">
          <h2 id="article-checks">{t("articleChecksHeading")}</h2>
          <CheckList checks={articleChecks} />
        </section>
      )}
      <SummaryList report={report} onFocusClaim={actions.focusClaim} />
      <SourceList report={report} onFocusClaim={actions.focusClaim} />
      <div class="actions">
        <button type="button" onClick={actions.annotate}>
          {t("annotateAgain")}
        </button>
        <button type="button" onClick={actions.clear}>
          {t("clearButton")}
        </button>
      </div>
    </div>
  );
}
