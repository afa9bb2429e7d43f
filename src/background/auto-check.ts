/**
 * "Check sources automatically on sites I chose": once a page of a site the reader listed is
 * annotated, its sources are checked as if the reader had pressed "Check sources". It runs
 * only with the cited sites already granted (the options page asks for any site when the
 * reader turns the option on, in that click); nothing here asks or waits for a prompt. Without
 * the grant nothing is fetched, and the popup says why (`use-check.ts`).
 */
import { originPatterns } from "../check/permissions";
import type { Reply } from "../messages";
import { browserApi } from "../platform/browser-api";
import { originsGranted } from "../platform/grants";
import { siteListed, type Settings } from "../platform/settings";
import type { Report } from "../report";
import { checkTab, type CheckDeps } from "./check-sources";

/** Why an annotated page was or was not checked; `started` carries the run. */
export type AutoCheck =
  | { kind: "off" }
  | { kind: "no-links" }
  | { kind: "no-permission" }
  | { kind: "started"; done: Promise<Reply<{ report: Report }>> };

/** Checks the tab's freshly annotated `report` when its site is listed and its links' sites are granted. */
export async function autoCheck(tabId: number, report: Report, settings: Settings, deps: CheckDeps): Promise<AutoCheck> {
  if (!report.article.found || !siteListed(settings.autoCheckSites, report.url)) return { kind: "off" };
  const origins = originPatterns(report);
  if (origins.length === 0) return { kind: "no-links" };
  const api = deps.api ?? browserApi();
  if (!(await originsGranted(api, origins))) return { kind: "no-permission" };
  const done = checkTab(tabId, { ...deps, api, permissionWaitMs: 0 });
  void done.then((r) => {
    if (!r.ok && r.error.code !== "cancelled") console.warn(`[sourcelight] auto-check: ${r.error.code}: ${r.error.message}`);
  });
  return { kind: "started", done };
}
