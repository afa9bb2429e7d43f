/**
 * "Check sources" for one tab, on the reader's request from the popup: the tab's cached
 * report goes through `checkSources` (src/check/) with the browser's fetch, pages read by
 * the off-page parser, results cached in `storage.local` for a day; the checked report
 * replaces the cached one. One run per tab; progress goes to an open popup; `cancelCheck`
 * stops it. The popup asks for the links' host permissions in the click and sends the request
 * at once: Chrome closes a popup when its permission prompt opens, so the run waits here for
 * the reader's answer instead of in the popup. A page that shows the report is then drawn
 * again with the checked one (`update`), so its hover cards quote the verdicts.
 */
import { checkSources, type CheckOptions } from "../check/index";
import { originPatterns } from "../check/permissions";
import { envelope, fail, isDrawResult, ok, type BackgroundToPopup, type Reply } from "../messages";
import { pageReportOf } from "../page-report";
import { browserApi, type BrowserApi } from "../platform/browser-api";
import { waitForOrigins } from "../platform/grants";
import type { Report } from "../report";
import { storageCache } from "./check-cache";
import { askContent } from "./content-client";
import { extractHtml } from "./off-page";
import type { ReportStore } from "./report-store";

export interface CheckDeps {
  store: ReportStore;
  api?: BrowserApi;
  fetch?: CheckOptions["fetch"];
  /** Reads fetched HTML (the off-page parser unless a test passes jsdom's). */
  parse?: CheckOptions["parse"];
  now?: () => number;
  /** How long to wait for the reader to grant the links' sites (ms). */
  permissionWaitMs?: number;
  /** Test seams for the limits of `checkSources`. */
  timeoutMs?: number;
  maxBytes?: number;
}

/** How long a run waits for the reader to answer the permission prompt. */
export const PERMISSION_WAIT_MS = 120_000;

const running = new Map<number, { controller: AbortController; done: Promise<Reply<{ report: Report }>> }>();

/** The off-page parser as `checkSources` wants it: a snapshot, or an error it records as "no text". */
export const parseOffPage: CheckOptions["parse"] = async (html, url) => {
  const read = await extractHtml(html, url);
  if (!read.ok) throw new Error(read.error.message);
  return read.value.snapshot;
};

/** Checks the sources of the tab's cached report (or joins the run in progress). */
export function checkTab(tabId: number, deps: CheckDeps): Promise<Reply<{ report: Report }>> {
  const current = running.get(tabId);
  if (current) return current.done;
  const controller = new AbortController();
  const done = run(tabId, deps, controller.signal).finally(() => running.delete(tabId));
  running.set(tabId, { controller, done });
  return done;
}

/** Stops the tab's run; false when none is running. */
export function cancelCheck(tabId: number): { cancelled: boolean } {
  const current = running.get(tabId);
  current?.controller.abort();
  return { cancelled: Boolean(current) };
}

async function run(tabId: number, deps: CheckDeps, signal: AbortSignal): Promise<Reply<{ report: Report }>> {
  const api = deps.api ?? browserApi();
  const stored = await deps.store.get(tabId);
  if (!stored) return fail("no-content-script", "This page has not been annotated yet.");
  const origins = originPatterns(stored.report);
  if (api.permissions && origins.length && !(await waitForOrigins(api, origins, deps.permissionWaitMs ?? PERMISSION_WAIT_MS, signal))) {
    return signal.aborted ? fail("cancelled", "Checking the sources was stopped.") : fail("no-permission", "Sourcelight was not allowed to visit the cited sites, so it could not check them.");
  }
  const now = deps.now ?? Date.now;
  const cache = api.storage.local ? storageCache(api.storage.local, now) : undefined;
  await cache?.prune();
  let report: Report;
  try {
    report = await checkSources(stored.report, {
      fetch: deps.fetch ?? ((request) => fetch(request)),
      parse: deps.parse ?? parseOffPage,
      signal,
      now,
      ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}),
      ...(deps.maxBytes ? { maxBytes: deps.maxBytes } : {}),
      ...(cache ? { cache } : {}),
      onProgress: (progress) => {
        // A courtesy to an open popup; nobody listening is fine.
        api.runtime.sendMessage(envelope<BackgroundToPopup, "checkProgress">("checkProgress", { tabId, progress })).catch(() => undefined);
      },
    });
  } catch (e) {
    if (signal.aborted) return fail("cancelled", "Checking the sources was stopped.");
    return fail("internal", `Checking the sources failed (${String(e)}).`);
  }
  // The tab may have moved on meanwhile: keep the result only for the report it was made from,
  // and have the page's drawing show it (verdicts and passages in the hover card).
  const latest = await deps.store.get(tabId);
  if (latest?.report.url === stored.report.url) {
    const redrawn = latest.drawn ? await askContent(tabId, "update", { report: pageReportOf(report) }, (v) => v === null || isDrawResult(v), api.tabs) : null;
    await deps.store.set(tabId, { report, drawn: redrawn?.ok && redrawn.value ? redrawn.value : latest.drawn });
  }
  return ok({ report });
}
