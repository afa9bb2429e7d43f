/** The two site lists of the options page: sites with annotations off, sites always annotated. */
import { useEffect, useState } from "preact/hooks";
import { t } from "../../platform/i18n";
import { normalizeHost, patternHost } from "../../platform/settings";
import type { OptionsStore } from "../options-store";

export interface SiteListsProps {
  store: OptionsStore;
  disabled: string[];
  onDisabled: (sites: string[]) => void;
}

/** Both lists. */
export function SiteLists({ store, disabled, onDisabled }: SiteListsProps) {
  const [draft, setDraft] = useState("");
  const [invalid, setInvalid] = useState(false);
  const [granted, setGranted] = useState<string[]>([]);
  useEffect(() => {
    void store.grantedSites().then(setGranted);
  }, [store]);

  const add = (e: Event) => {
    e.preventDefault();
    const host = normalizeHost(draft);
    setInvalid(host === "");
    if (!host) return;
    if (!disabled.includes(host)) onDisabled([...disabled, host]);
    setDraft("");
  };
  const revoke = async (pattern: string) => {
    await store.revoke(pattern);
    setGranted(await store.grantedSites());
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
        <form class="row" onSubmit={add}>
          <label for="site-input" class="small">
            {t("siteInputLabel")}
          </label>
          <input id="site-input" type="text" value={draft} aria-invalid={invalid} aria-describedby={invalid ? "site-error" : undefined} onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)} />
          <button type="submit">{t("addSite")}</button>
        </form>
        {invalid && (
          <p id="site-error" class="error small" role="alert">
            {t("siteInvalid")}
          </p>
        )}
      </fieldset>
      <fieldset>
        <legend>{t("alwaysLegend")}</legend>
        {granted.length === 0 && <p class="muted small">{t("alwaysNone")}</p>}
        <ul class="sites">
          {granted.map((pattern) => {
            const host = patternHost(pattern) ?? pattern;
            return (
              <li key={pattern}>
                <span>{pattern}</span>
                <button type="button" onClick={() => void revoke(pattern)}>
                  {t("revokeSite", host)}
                </button>
              </li>
            );
          })}
        </ul>
      </fieldset>
    </>
  );
}
