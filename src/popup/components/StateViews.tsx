/** The popup's non-report states: loading, not analysed, working, no article, error. */
import type { ErrorCode, Progress, ProtocolError, Stage } from "../../messages";
import { t, type MessageKey } from "../../platform/i18n";

/** While the popup asks the background about the tab. */
export function LoadingView() {
  return <p class="state muted">{t("loading")}</p>;
}

/** Not analysed yet: what Sourcelight does, and the button. */
export function IdleView({ onAnnotate }: { onAnnotate: () => void }) {
  return (
    <section class="state" aria-labelledby="idle-title">
      <h1 id="idle-title">{t("idleTitle")}</h1>
      <p>{t("idleBody")}</p>
      <button type="button" class="primary" onClick={onAnnotate} autofocus>
        {t("annotateButton")}
      </button>
    </section>
  );
}

const STAGE_TEXT: Record<Stage, MessageKey> = {
  injecting: "stageInjecting",
  reading: "stageReading",
  analyzing: "stageAnalyzing",
  drawing: "stageDrawing",
};
const STAGES: Stage[] = ["injecting", "reading", "analyzing", "drawing"];

/** Working: which step the run is on, and how far a long step has come (claims drawn on a large page). */
export function WorkingView({ stage, progress }: { stage: Stage; progress?: Progress | undefined }) {
  const within = progress && progress.total > 0 ? progress.done / progress.total : 0;
  return (
    <section class="state" aria-labelledby="working-title">
      <h1 id="working-title">{t("workingTitle")}</h1>
      <progress max={STAGES.length} value={STAGES.indexOf(stage) + within} aria-describedby="working-stage" />
      <p id="working-stage" role="status">
        {t(STAGE_TEXT[stage])}
      </p>
      {progress && progress.total > 0 && (
        <p class="muted">{t("stageProgress", progress.done, progress.total)}</p>
      )}
    </section>
  );
}

/** No article: the snapshot's reason and what to do instead. */
export function NoArticleView({ reason, onRetry }: { reason: string | null; onRetry: () => void }) {
  return (
    <section class="state" aria-labelledby="none-title">
      <h1 id="none-title">{t("noArticleTitle")}</h1>
      {reason && <p class="reason">{reason}</p>}
      <p>{t("noArticleHint")}</p>
      <button type="button" onClick={onRetry}>
        {t("annotateAgain")}
      </button>
    </section>
  );
}

const NEXT_STEP: Record<ErrorCode, MessageKey> = {
  "restricted-page": "errRestricted",
  "no-permission": "errNoPermission",
  "no-content-script": "errNoContent",
  "page-too-large": "errTooLarge",
  "extract-failed": "errExtract",
  "analyze-failed": "errAnalyze",
  "no-tab": "errNoTab",
  cancelled: "errCancelled",
  "malformed-message": "errInternal",
  "unknown-message": "errInternal",
  "forbidden-sender": "errInternal",
  internal: "errInternal",
};

/** Error: what went wrong in words, what to do next, and a retry. */
export function ErrorView({ error, onRetry }: { error: ProtocolError; onRetry: () => void }) {
  return (
    <section class="state error" role="alert" aria-labelledby="error-title">
      <h1 id="error-title">{t("errorTitle")}</h1>
      <p>{t(NEXT_STEP[error.code] ?? "errInternal")}</p>
      <details>
        <summary>{error.code}</summary>
        <p class="detail">{error.message}</p>
      </details>
      {error.code !== "no-tab" && (
        <button type="button" onClick={onRetry}>
          {t("errorRetry")}
        </button>
      )}
    </section>
  );
}
