/**
 * What the background does for each popup request. Each handler resolves to a typed reply;
 * the router has already checked the sender and the arguments' shape.
 */
import { analyze as analyzeSnapshot } from "../analyze/index";
import { fail, isDrawResult, ok, type DrawResult, type TabState } from "../messages";
import { pageReportOf } from "../page-report";
import { browserApi, type BrowserApi } from "../platform/browser-api";
import { waitForOrigins } from "../platform/grants";
import { changeSettings, drawOptionsOf, normalizeHost, sitePattern } from "../platform/settings";
import { annotateTab, runningStage, settingsFor, type AnnotateDeps } from "./annotate";
import { cancelCheck, checkTab, PERMISSION_WAIT_MS } from "./check-sources";
import { askContent } from "./content-client";
import type { ReportStore } from "./report-store";
import type { PopupHandlers } from "./router";
import { readHtml } from "./off-page";
import { warmUpOnce } from "./warm-up";

/**
 * The practice page read as a page is first read (off-page.ts): in Chrome one quick reading in
 * the offscreen document (which creates the document), never the second step, so a real run's
 * page kept there meanwhile is not replaced; in Firefox one reading in the event page.
 */
async function readPractice(html: string, url: string): Promise<void> {
  await readHtml(html, url).quick;
}

const isObject = (x: unknown) => typeof x === "object" && x !== null;

/** Builds the handlers over a report store (and, in tests, a fake API and analyzer). */
export function popupHandlers(
  store: ReportStore,
  api: BrowserApi = browserApi(),
  analyze?: AnnotateDeps["analyze"],
  settings?: AnnotateDeps["settings"],
  permissionWaitMs = PERMISSION_WAIT_MS,
): PopupHandlers {
  const deps: AnnotateDeps = { store, api, ...(analyze ? { analyze } : {}), ...(settings ? { settings } : {}) };
  return {
    async getState({ tabId }) {
      const working = runningStage(tabId);
      if (working) return ok<TabState>({ status: "working", ...working });
      const stored = await store.get(tabId);
      if (!stored) {
        // The reader is likely to ask for this page next: analyze a practice page meanwhile (warm-up.ts).
        warmUpOnce({ analyze: analyze ?? analyzeSnapshot, read: readPractice });
        return ok<TabState>({ status: "none" });
      }
      // The page may have changed since the drawing: ask what is placed now (claims re-anchored
      // or lost). A page that does not answer keeps the stored figure.
      if (stored.drawn) {
        const live = await askContent(tabId, "status", {}, (v) => v === null || isDrawResult(v), api.tabs);
        if (live.ok && live.value) stored.drawn = live.value;
      }
      return ok<TabState>({ status: "done", ...stored });
    },
    annotate: ({ tabId }) => annotateTab(tabId, deps),
    focusClaim: ({ tabId, claim }) =>
      askContent(tabId, "focusClaim", { claim }, (v) => isObject(v) && typeof (v as { found?: unknown }).found === "boolean", api.tabs),
    clear: ({ tabId }) =>
      askContent(tabId, "clear", {}, (v) => isObject(v) && typeof (v as { cleared?: unknown }).cleared === "boolean", api.tabs),
    async showUnsourced({ tabId, on }) {
      const stored = await store.get(tabId);
      if (!stored) return fail("no-content-script", "This page has not been annotated yet.");
      const s = await settingsFor({ ...deps, api });
      const painted = await askContent(tabId, "draw", { report: pageReportOf(stored.report), options: drawOptionsOf(s, on) }, isDrawResult, api.tabs);
      if (!painted.ok) return painted;
      const drawn: DrawResult = painted.value;
      await store.set(tabId, { report: stored.report, drawn });
      return ok({ drawn });
    },
    checkSources: ({ tabId }) => checkTab(tabId, { store, api }),
    cancelCheck: async ({ tabId }) => ok(cancelCheck(tabId)),
    async alwaysAnnotate({ tabId }) {
      const url = (await store.get(tabId))?.report.url ?? "";
      const pattern = sitePattern(url);
      const host = normalizeHost(url);
      if (!pattern || !host) return fail("no-content-script", "This page has not been annotated yet.");
      // Listed only once granted: a refusal (or no answer) leaves the settings as they were.
      if (!(await waitForOrigins(api, [pattern], permissionWaitMs))) return fail("no-permission", "Sourcelight did not get the permission; nothing changed.");
      await changeSettings(api, (s) => (s.alwaysSites.includes(host) ? s : { ...s, alwaysSites: [...s.alwaysSites, host] }));
      return ok({ host });
    },
  };
}
