/** The whole popup for one state: picks the view a reader should see. */
import type { PopupActions, SiteInfo } from "../use-popup";
import type { PopupState } from "../state";
import { t } from "../../platform/i18n";
import { ErrorView, IdleView, LoadingView, NoArticleView, WorkingView } from "./StateViews";
import { ReportView } from "./ReportView";

export interface PopupViewProps {
  state: PopupState;
  actions: PopupActions;
  site?: SiteInfo | null;
}

/** Renders `state`; every state has exactly one view. */
export function PopupView({ state, actions, site = null }: PopupViewProps) {
  return (
    <main class="popup" aria-busy={state.kind === "working" || state.kind === "loading"}>
      <div class="brand" aria-hidden="true">
        <img src="icons/icon-32.png" alt="" width={16} height={16} />
        <span>{t("popupTitle")}</span>
      </div>
      <StateSwitch state={state} actions={actions} site={site} />
    </main>
  );
}

function StateSwitch({ state, actions, site }: PopupViewProps) {
  switch (state.kind) {
    case "loading":
      return <LoadingView />;
    case "idle":
      return <IdleView onAnnotate={actions.annotate} />;
    case "working":
      return <WorkingView stage={state.stage} progress={state.progress} />;
    case "no-article":
      return <NoArticleView reason={state.reason} onRetry={actions.annotate} />;
    case "error":
      return <ErrorView error={state.error} onRetry={actions.annotate} />;
    case "report":
      return <ReportView report={state.report} drawn={state.drawn} unsaved={state.unsaved === true} actions={actions} site={site} />;
  }
}
