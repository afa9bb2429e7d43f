/**
 * "Sources checked automatically": the sites where "Check sources" runs right after a page is
 * annotated, and the permission to visit any site those checks need (asked for in the click
 * that adds a site; the cited links can be anywhere). Removing a site stops its checks; the
 * permission stays until the reader withdraws it here.
 */
import { useEffect, useState } from "preact/hooks";
import { ANY_SITE } from "../../platform/grants";
import { t } from "../../platform/i18n";
import type { OptionsStore } from "../options-store";
import { HostForm } from "./HostForm";
import { SiteList } from "./SiteList";

export interface AutoCheckSitesProps {
  store: OptionsStore;
  sites: string[];
  onSites: (sites: string[]) => void;
}

/** The section. */
export function AutoCheckSites({ store, sites, onSites }: AutoCheckSitesProps) {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    void store.granted(ANY_SITE).then(setGranted);
  }, [store]);

  /** Asks for any site; the first thing the click does (Firefox grants only inside it). Answers at once when already granted. */
  const ask = (then?: () => void) => {
    void store.request(ANY_SITE).then((yes) => {
      setGranted(yes);
      setRefused(!yes);
      if (yes) then?.();
    });
  };
  const add = (host: string) => ask(() => !sites.includes(host) && onSites([...sites, host]));
  const withdraw = () => void store.revoke(ANY_SITE).then(() => store.granted(ANY_SITE)).then(setGranted);

  return (
    <fieldset aria-describedby="auto-check-hint">
      <legend>{t("autoCheckLegend")}</legend>
      <p id="auto-check-hint" class="muted small">
        {t("autoCheckHint")}
      </p>
      <SiteList sites={sites} none="autoCheckNone" remove="autoCheckRemove" onRemove={(host) => onSites(sites.filter((h) => h !== host))} />
      <HostForm id="auto-check-input" label="autoCheckInputLabel" onAdd={add} />
      <div aria-live="polite">
        {refused && <p class="small">{t("permissionRefused")}</p>}
        {granted === false && sites.length > 0 && <p class="small error">{t("autoCheckPaused")}</p>}
      </div>
      {granted === false && sites.length > 0 && (
        <button type="button" onClick={() => ask()}>
          {t("autoCheckAllow")}
        </button>
      )}
      {granted === true && (
        <div class="row">
          <p class="small muted">{t("autoCheckGranted")}</p>
          <button type="button" onClick={withdraw}>
            {t("autoCheckWithdraw")}
          </button>
        </div>
      )}
    </fieldset>
  );
}
