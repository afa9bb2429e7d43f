/**
 * One annotation run for one tab, the path every trigger takes (popup button, keyboard
 * command): inject the content script, read the page, analyze, cache, badge, draw.
 * Concurrent triggers for the same tab share one run.
 */
import { analyze as analyzeSnapshot } from "../analyze/index";
import { envelope, fail, isDrawResult, isSnapshot, ok, type BackgroundToPopup, type DrawResult, type PopupToBackground, type Reply, type ResultOf, type Stage } from "../messages";
import { browserApi, type BrowserApi } from "../platform/browser-api";
import { drawOptionsOf, loadSettings, siteDisabled, type Settings } from "../platform/settings";
import type { AnalyzeOptions, PageSnapshot, Report } from "../report";
import { showBadge } from "./badge";
import { askContent, injectContentScript } from "./content-client";
import type { ReportStore } from "./report-store";

export interface AnnotateDeps {
  store: ReportStore;
  api?: BrowserApi;
  analyze?: (snapshot: PageSnapshot, options?: AnalyzeOptions) => Report;
  /** The reader's settings (read from storage when not given). */
  settings?: () => Promise<Settings>;
}

export type AnnotateResult = Reply<ResultOf<PopupToBackground["annotate"]>>;

const running = new Map<number, { stage: Stage; done: Promise<AnnotateResult> }>();

/** The stage of the run in progress for a tab, if any. */
export function runningStage(tabId: number): Stage | null {
  return running.get(tabId)?.stage ?? null;
}

/** Annotates the tab (or joins the run already in progress for it). */
export function annotateTab(tabId: number, deps: AnnotateDeps): Promise<AnnotateResult> {
  const current = running.get(tabId);
  if (current) return current.done;
  const entry = { stage: "injecting" as Stage, done: Promise.resolve(fail("internal", "not started")) as Promise<AnnotateResult> };
  running.set(tabId, entry);
  entry.done = run(tabId, deps, (stage) => {
    entry.stage = stage;
  }).finally(() => running.delete(tabId));
  return entry.done;
}

async function run(tabId: number, deps: AnnotateDeps, setStage: (s: Stage) => void): Promise<AnnotateResult> {
  const api = deps.api ?? browserApi();
  const analyze = deps.analyze ?? analyzeSnapshot;
  const settings = await (deps.settings ?? (() => loadSettings(api)))();
  const step = (stage: Stage) => {
    setStage(stage);
    // Progress is a courtesy to an open popup; nobody listening is fine.
    api.runtime.sendMessage(envelope<BackgroundToPopup, "progress">("progress", { tabId, stage })).catch(() => undefined);
  };

  step("injecting");
  const injected = await injectContentScript(tabId, api.scripting);
  if (!injected.ok) return injected;

  step("reading");
  const snap = await askContent(tabId, "extract", {}, isSnapshot, api.tabs);
  if (!snap.ok) return snap;

  step("analyzing");
  let report: Report;
  try {
    report = withoutHiddenChecks(analyze(snap.value, { minScore: settings.minScore }), settings);
  } catch (e) {
    return fail("analyze-failed", `Sourcelight could not analyze this page: ${e instanceof Error ? e.message : String(e)}`);
  }
  let kept = await deps.store.set(tabId, { report, drawn: null });
  await showBadge(tabId, report, api.action).catch(() => undefined);

  let drawn: DrawResult | null = null;
  if (report.article.found && !siteDisabled(settings, report.url)) {
    step("drawing");
    const painted = await askContent(tabId, "draw", { report, options: drawOptionsOf(settings) }, isDrawResult, api.tabs);
    if (painted.ok) drawn = painted.value;
    kept = await deps.store.set(tabId, { report, drawn });
  }
  return ok({ report, drawn, ...(kept === "unsaved" ? { unsaved: true as const } : {}) });
}

/** The report without the checks the reader chose not to see (badge, popup and cards agree). */
export function withoutHiddenChecks(report: Report, settings: Settings): Report {
  if (settings.hiddenChecks.length === 0) return report;
  const hidden = new Set<string>(settings.hiddenChecks);
  const keep = <T extends { checks: { code: string }[] }>(x: T): T => ({ ...x, checks: x.checks.filter((c) => !hidden.has(c.code)) });
  const source = report.article.source ? keep(report.article.source) : null;
  return {
    ...report,
    article: { ...report.article, source },
    references: report.references.map(keep),
    claims: report.claims.map(keep),
    checks: report.checks.filter((c) => !hidden.has(c.code)),
  };
}
