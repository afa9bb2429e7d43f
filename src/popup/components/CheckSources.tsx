/**
 * "Check sources": the button, and, once a check has run or runs, its progress and results
 * (`CheckStatus`, in the check chunk that loads only then: see ../check-ui.ts).
 */
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import { linkHost } from "../../check/permissions";
import type { Report } from "../../report";
import { t } from "../../platform/i18n";
import type { CheckControls } from "../use-check";
import { CheckPart } from "./CheckPart";

/** The check's state and actions, provided by the popup's root (absent in views that cannot check). */
export const CheckContext = createContext<CheckControls | null>(null);

/** The section; renders nothing without a CheckContext. */
export function CheckSources({ report }: { report: Report }) {
  const check = useContext(CheckContext);
  if (!check) return null;
  const links = report.references.filter((r) => linkHost(r.url) !== null).length;
  const checked = report.references.some((r) => r.live);
  const s = check.state;
  return (
    <section aria-labelledby="check-heading" class="check-sources">
      <h2 id="check-heading">{t("checkHeading")}</h2>
      {s.kind !== "running" && (
        <div>
          <p class="small muted">{links ? t("checkHint") : t("checkNoLinks")}</p>
          <button type="button" disabled={links === 0} onClick={check.start}>
            {checked ? t("checkAgain") : t("checkButton")}
          </button>
        </div>
      )}
      {check.autoBlocked && s.kind === "idle" && (
        <p class="note small" role="status">
          {t("autoCheckBlocked")}
        </p>
      )}
      {(s.kind !== "idle" || checked) && <CheckPart name="CheckStatus" props={{ report, check }} />}
    </section>
  );
}
