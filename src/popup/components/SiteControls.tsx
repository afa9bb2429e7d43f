/** Per-page and per-site controls: which highlights the page chose, unsourced highlights, "always annotate on this site", settings. */
import { useState } from "preact/hooks";
import type { DrawResult } from "../../messages";
import { t } from "../../platform/i18n";
import type { PopupActions, SiteInfo } from "../use-popup";

export interface SiteControlsProps {
  site: SiteInfo | null;
  drawn: DrawResult | null;
  actions: PopupActions;
}

/** The controls under the report. */
export function SiteControls({ site, drawn, actions }: SiteControlsProps) {
  const [unsourced, setUnsourced] = useState((drawn?.unsourced ?? 0) > 0);
  return (
    <div class="site-controls">
      {site?.disabled && <p class="note">{t("siteOff")}</p>}
      {drawn?.adapted && !site?.disabled && <p class="small muted">{t(drawn.view === "exceptions" ? "viewExceptions" : "viewAll")}</p>}
      {actions.showUnsourced && !site?.disabled && (
        <label class="toggle">
          <input
            type="checkbox"
            checked={unsourced}
            onChange={(e) => {
              const on = (e.currentTarget as HTMLInputElement).checked;
              setUnsourced(on);
              actions.showUnsourced?.(on);
            }}
          />
          {t("showUnsourcedToggle")}
        </label>
      )}
      {site && !site.granted && actions.alwaysAnnotate && (
        <button type="button" onClick={actions.alwaysAnnotate}>
          {t("alwaysAnnotate", site.host)}
        </button>
      )}
      {site?.granted && <p class="small muted">{t("alwaysAnnotating", site.host)}</p>}
      {site?.refused && <p class="small muted" role="status">{t("permissionRefused")}</p>}
    </div>
  );
}
