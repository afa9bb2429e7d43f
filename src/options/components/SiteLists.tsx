/** The two site lists of the options page: sites with annotations off, sites always annotated. */
import { t } from "../../platform/i18n";
import { hostPatterns } from "../../platform/settings";
import type { OptionsStore } from "../options-store";
import { HostForm } from "./HostForm";
import { SiteList } from "./SiteList";

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
        <SiteList sites={disabled} none="disabledNone" remove="removeSite" onRemove={(host) => onDisabled(disabled.filter((h) => h !== host))} />
        <HostForm id="site-input" label="siteInputLabel" onAdd={(host) => !disabled.includes(host) && onDisabled([...disabled, host])} />
      </fieldset>
      <fieldset>
        <legend>{t("alwaysLegend")}</legend>
        <SiteList sites={always} none="alwaysNone" remove="revokeSite" onRemove={stop} />
      </fieldset>
    </>
  );
}
