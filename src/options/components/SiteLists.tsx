/** The two site lists of the options page: sites with annotations off, sites always annotated. */
import { t } from "../../platform/i18n";
import { hostPatterns } from "../../platform/settings";
import type { OptionsStore } from "../options-store";
import { HostForm } from "./HostForm";

export interface SiteListsProps {
  store: OptionsStore;
  disabled: string[];
  onDisabled: (sites: string[]) => void;
  /** Sites annotated as soon as a page loads (added from the popup, which asks for the permission). */
  always: string[];
  onAlways: (sites: string[]) => void;
}

/** Both lists. */
export function SiteLists({ store, disabled, onDisabled, always, onAlways }: SiteListsProps) {
  const stop = (host: string) => {
    onAlways(always.filter((h) => h !== host));
    // The site's permission goes too: nothing of the choice stays behind.
    void store.revoke(hostPatterns(host));
  };
  return (
    <>
      <fieldset>
        <legend>{t("disabledLegend")}</legend>
        {disabled.length === 0 && <p class="muted small">{t("disabledNone")}</p>}
        <ul class="sites">
          {disabled.map((host) => (
            <li key={host}>
              <span>{host}</span>
              <button type="button" onClick={() => onDisabled(disabled.filter((h) => h !== host))}>
                {t("removeSite", host)}
              </button>
            </li>
          ))}
        </ul>
        <HostForm id="site-input" label="siteInputLabel" onAdd={(host) => !disabled.includes(host) && onDisabled([...disabled, host])} />
      </fieldset>
      <fieldset>
        <legend>{t("alwaysLegend")}</legend>
        {always.length === 0 && <p class="muted small">{t("alwaysNone")}</p>}
        <ul class="sites">
          {always.map((host) => (
            <li key={host}>
              <span>{host}</span>
              <button type="button" onClick={() => stop(host)}>
                {t("revokeSite", host)}
              </button>
            </li>
          ))}
        </ul>
      </fieldset>
    </>
  );
}
