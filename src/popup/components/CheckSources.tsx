/** "Check sources": the button, progress and stop, and what the cited links gave. */
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import { linkHost } from "../../check/permissions";
import { LIVE_STATUSES, type LiveStatus as Status, type Report } from "../../report";
import { LIVE_TEXT } from "../../platform/check-text";
import { t } from "../../platform/i18n";
import type { CheckControls } from "../use-check";

/** The check's state and actions, provided by the popup's root (absent in views that cannot check). */
export const CheckContext = createContext<CheckControls | null>(null);

/** The section; renders nothing without a CheckContext. */
export function CheckSources({ report }: { report: Report }) {
  const check = useContext(CheckContext);
  if (!check) return null;
  const links = report.references.filter((r) => linkHost(r.url) !== null).length;
  const counts = new Map<Status, number>();
  for (const r of report.references) if (r.live) counts.set(r.live.status, (counts.get(r.live.status) ?? 0) + 1);
  const s = check.state;
  return (
    <section aria-labelledby="check-heading" class="check-sources">
      <h2 id="check-heading">{t("checkHeading")}</h2>
      {s.kind === "running" ? (
        <div class="check-progress">
          <p role="status">{s.progress ? t("checkProgress", s.progress.done, s.progress.total) : t("checkStarting")}</p>
          {s.progress && <progress max={s.progress.total} value={s.progress.done} />}
          <button type="button" onClick={check.cancel}>
            {t("checkStop")}
          </button>
        </div>
      ) : (
        <div>
          <p class="small muted">{links ? t("checkHint") : t("checkNoLinks")}</p>
          <button type="button" disabled={links === 0} onClick={check.start}>
            {counts.size ? t("checkAgain") : t("checkButton")}
          </button>
        </div>
      )}
      {check.autoBlocked && s.kind === "idle" && (
        <p class="note small" role="status">
          {t("autoCheckBlocked")}
        </p>
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
    </section>
  );
}
