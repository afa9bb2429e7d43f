/**
 * "Always annotate on this site": when a tab finishes loading a page of a site the reader
 * chose (listed in the settings by the popup's button, which also asks for the site's
 * permission), annotate it without a click. Both are needed: the list says what the reader
 * chose, the permission lets it run (a grant for any site, asked for by automatic checking,
 * chooses nothing). The options page lists the sites and gives their permissions back.
 */
import type { BrowserApi } from "../platform/browser-api";
import { originsGranted } from "../platform/grants";
import { loadSettings, siteListed, sitePattern } from "../platform/settings";
import { annotateTab, type AnnotateDeps } from "./annotate";

/** Annotates the reader's chosen sites on load. */
export function watchAutoAnnotate(deps: AnnotateDeps & { api: BrowserApi }): void {
  const { api } = deps;
  api.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== "complete") return;
    const url = tab?.url ?? "";
    const pattern = sitePattern(url);
    if (!pattern || !api.permissions) return;
    void (async () => {
      const settings = await (deps.settings ?? (() => loadSettings(api)))();
      if (!siteListed(settings.alwaysSites, url) || !(await originsGranted(api, [pattern]))) return;
      const r = await annotateTab(tabId, deps);
      if (!r.ok) console.warn(`[sourcelight] auto-annotate: ${r.error.code}: ${r.error.message}`);
    })();
  });
}
