/** The report: header with counts, lost claims, article checks, summary, sources, claims, export. */
import { useState } from "preact/hooks";
import type { DrawResult } from "../../messages";
import type { Report } from "../../report";
import { t } from "../../platform/i18n";
import type { ClaimFilter } from "../claim-filter";
import type { PopupActions, SiteInfo } from "../use-popup";
import { CheckList } from "./CheckList";
import { CheckSources } from "./CheckSources";
import { ClaimList } from "./ClaimList";
import { ExportBar, type ExportBarProps } from "./ExportBar";
import { NotPlacedList } from "./NotPlacedList";
import { ReportHeader } from "./ReportHeader";
import { SiteControls } from "./SiteControls";
import { SourceList } from "./SourceList";
import { SummaryList } from "./SummaryList";
import { WhoSays } from "./WhoSays";

export interface ReportViewProps {
  report: Report;
  drawn: DrawResult | null;
  /** Storage could not hold the report: it lives only in the background's memory. */
  unsaved?: boolean;
  actions: PopupActions;
  site?: SiteInfo | null;
  /** Test seam for the export buttons. */
  exporter?: Pick<ExportBarProps, "copy" | "save">;
}

/** Everything the popup says about an analysed article. */
export function ReportView({ report, drawn, unsaved = false, actions, site = null, exporter = {} }: ReportViewProps) {
  const [filter, setFilter] = useState<ClaimFilter>({ kind: "all" });
  const articleChecks = [...report.checks, ...(report.article.source?.checks ?? [])];
  const showClaimsOf = (ref: string) => {
    setFilter({ kind: "source", ref });
    document.getElementById("claims-heading")?.scrollIntoView?.({ block: "start" });
  };
  return (
    <div class="report">
      <ReportHeader report={report} />
      {unsaved && (
        <p class="note" role="status">
          {t("reportUnsaved")}
        </p>
      )}
      {report.article.truncated && (
        <p class="note" role="status">
          {t("reportTruncated")}
        </p>
      )}
      <NotPlacedList report={report} missing={drawn?.missing ?? []} />
      {articleChecks.length > 0 && (
        <section aria-labelledby="article-checks">
          <h2 id="article-checks">{t("articleChecksHeading")}</h2>
          <CheckList checks={articleChecks} />
        </section>
      )}
      <SummaryList report={report} onFocusClaim={actions.focusClaim} />
      <CheckSources report={report} />
      <SourceList report={report} onFocusClaim={actions.focusClaim} onShowClaims={showClaimsOf} />
      <WhoSays report={report} onFocusClaim={actions.focusClaim} />
      <ClaimList report={report} filter={filter} onFilter={setFilter} onFocusClaim={actions.focusClaim} />
      <ExportBar report={report} {...exporter} />
      <SiteControls site={site} drawn={drawn} actions={actions} />
      <div class="actions">
        <button type="button" onClick={actions.annotate}>
          {t("annotateAgain")}
        </button>
        <button type="button" onClick={actions.clear}>
          {t("clearButton")}
        </button>
        {actions.openOptions && (
          <button type="button" onClick={actions.openOptions}>
            {t("openSettings")}
          </button>
        )}
      </div>
    </div>
  );
}
