/**
 * "Always annotate on this site": when a tab finishes loading a page of a site the reader
 * granted (an optional host permission asked for in the popup), annotate it without a click.
 * The permission is the memory: the options page lists and revokes it.
 */
import type { BrowserApi } from "../platform/browser-api";
import { sitePattern } from "../platform/settings";
import { annotateTab, type AnnotateDeps } from "./annotate";

/** Annotates granted sites on load. */
export function watchAutoAnnotate(deps: AnnotateDeps & { api: BrowserApi }): void {
  const { api } = deps;
  api.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== "complete") return;
    const pattern = sitePattern(tab?.url ?? "");
    if (!pattern || !api.permissions) return;
    void (async () => {
      const granted = await api.permissions?.contains({ origins: [pattern] }).catch(() => false);
      if (!granted) return;
      const r = await annotateTab(tabId, deps);
      if (!r.ok) console.warn(`[sourcelight] auto-annotate: ${r.error.code}: ${r.error.message}`);
    })();
  });
}
