/** The two site lists of the options page: sites with annotations off, sites always annotated. */
import { useEffect, useState } from "preact/hooks";
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

/**
 * Both lists. A site always annotated needs its host permission; one whose permission is gone
 * (withdrawn in the browser's settings, or with the any-site permission in Chrome) is listed as
 * paused, with a button that asks for it again.
 */
export function SiteLists({ store, disabled, onDisabled, always, onAlways }: SiteListsProps) {
  const [paused, setPaused] = useState<ReadonlySet<string>>(new Set());
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    let live = true;
    void Promise.all(always.map(async (host) => ((await store.granted(hostPatterns(host))) ? null : host))).then((hosts) => {
      if (live) setPaused(new Set(hosts.filter((h): h is string => h !== null)));
    });
    return () => {
      live = false;
    };
  }, [store, always, asked]);

  const stop = (host: string) => {
    onAlways(always.filter((h) => h !== host));
    // The site's permission goes too: nothing of the choice stays behind.
    void store.revoke(hostPatterns(host));
  };
  /** Asks for the site's permission again: the first thing the click does (Firefox grants only inside it). */
  const resume = (host: string) => void store.request(hostPatterns(host)).then(() => setAsked((n) => n + 1));
  const state = (host: string) =>
    paused.has(host) && (
      <>
        <span class="small error">{t("alwaysPaused")}</span>
        <button type="button" onClick={() => resume(host)}>
          {t("alwaysAllow", host)}
        </button>
      </>
    );
  return (
    <>
      <fieldset>
        <legend>{t("disabledLegend")}</legend>
        <SiteList sites={disabled} none="disabledNone" remove="removeSite" onRemove={(host) => onDisabled(disabled.filter((h) => h !== host))} />
        <HostForm id="site-input" label="siteInputLabel" onAdd={(host) => !disabled.includes(host) && onDisabled([...disabled, host])} />
      </fieldset>
      <fieldset>
        <legend>{t("alwaysLegend")}</legend>
        <SiteList sites={always} none="alwaysNone" remove="revokeSite" onRemove={stop} extra={state} />
      </fieldset>
    </>
  );
}
