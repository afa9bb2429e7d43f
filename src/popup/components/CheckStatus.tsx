/** What a "Check sources" run is doing or gave: progress and stop, a refusal or error, the counts per link status. */
import { LIVE_STATUSES, type LiveStatus as Status, type Report } from "../../report";
import { LIVE_TEXT } from "../../platform/check-text";
import { t } from "../../platform/i18n";
import type { CheckControls } from "../use-check";

export interface CheckStatusProps {
  report: Report;
  check: CheckControls;
}

/** The part of the "Check sources" section below its button (part of the check chunk). */
export function CheckStatus({ report, check }: CheckStatusProps) {
  const counts = new Map<Status, number>();
  for (const r of report.references) if (r.live) counts.set(r.live.status, (counts.get(r.live.status) ?? 0) + 1);
  const s = check.state;
  return (
    <>
      {s.kind === "running" && (
        <div class="check-progress">
          <p role="status">{s.progress ? t("checkProgress", s.progress.done, s.progress.total) : t("checkStarting")}</p>
          {s.progress && <progress max={s.progress.total} value={s.progress.done} />}
          <button type="button" onClick={check.cancel}>
            {t("checkStop")}
          </button>
        </div>
      )}
      {s.kind === "refused" && (
        <p class="small muted" role="status">
          {t("checkRefused")}
        </p>
      )}
      {s.kind === "error" && (
        <p class="small" role="alert">
          {s.error.message}
        </p>
      )}
      {counts.size > 0 && (
        <ul class="live-counts" aria-label={t("checkResults")}>
          {LIVE_STATUSES.filter((k) => counts.has(k)).map((k) => (
            <li key={k} class={`live live-${k}`}>
              {t(LIVE_TEXT[k])}: {counts.get(k)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
