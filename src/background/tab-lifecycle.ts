/**
 * Keeps the per-tab cache honest: a closed tab's report is dropped, and so is the report of
 * a tab that loads another document (same-document moves such as #anchors keep it).
 */
import type { BrowserApi } from "../platform/browser-api";
import { clearBadge } from "./badge";
import type { ReportStore } from "./report-store";

const withoutHash = (url: string) => url.split("#")[0];

/** Wires tab close/navigation to eviction. */
export function watchTabs(store: ReportStore, api: BrowserApi): void {
  api.tabs.onRemoved.addListener((tabId) => {
    void store.delete(tabId);
  });
  api.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== "loading") return;
    void (async () => {
      const stored = await store.get(tabId);
      if (!stored) return;
      if (change.url && withoutHash(change.url) === withoutHash(stored.report.url)) return;
      await store.delete(tabId);
      await clearBadge(tabId, api.action);
    })();
  });
}
