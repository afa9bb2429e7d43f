/**
 * What the background does for each popup request. Each handler resolves to a typed reply;
 * the router has already checked the sender and the arguments' shape.
 */
import { ok, type TabState } from "../messages";
import { browserApi, type BrowserApi } from "../platform/browser-api";
import { annotateTab, runningStage, type AnnotateDeps } from "./annotate";
import { askContent } from "./content-client";
import type { ReportStore } from "./report-store";
import type { PopupHandlers } from "./router";

const isObject = (x: unknown) => typeof x === "object" && x !== null;

/** Builds the handlers over a report store (and, in tests, a fake API and analyzer). */
export function popupHandlers(store: ReportStore, api: BrowserApi = browserApi(), analyze?: AnnotateDeps["analyze"]): PopupHandlers {
  const deps: AnnotateDeps = { store, api, ...(analyze ? { analyze } : {}) };
  return {
    async getState({ tabId }) {
      const stage = runningStage(tabId);
      if (stage) return ok<TabState>({ status: "working", stage });
      const stored = await store.get(tabId);
      return ok<TabState>(stored ? { status: "done", ...stored } : { status: "none" });
    },
    annotate: ({ tabId }) => annotateTab(tabId, deps),
    focusClaim: ({ tabId, claim }) =>
      askContent(tabId, "focusClaim", { claim }, (v) => isObject(v) && typeof (v as { found?: unknown }).found === "boolean", api.tabs),
    clear: ({ tabId }) =>
      askContent(tabId, "clear", {}, (v) => isObject(v) && typeof (v as { cleared?: unknown }).cleared === "boolean", api.tabs),
  };
}
