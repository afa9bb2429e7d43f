/**
 * One annotation run for one tab, the path every trigger takes (popup button, keyboard
 * command): inject the content script, take the page's HTML, extract it off the page's main
 * thread (`off-page.ts`), analyze, cache, badge, draw, then start the automatic source check
 * where the reader chose it (`auto-check.ts`). Concurrent triggers for the same tab share one
 * run; the content script's drawing progress is passed on to an open popup.
 */
import { analyze as analyzeSnapshot } from "../analyze/index";
import { envelope, fail, isDrawResult, ok, type BackgroundToPopup, type DrawResult, type PopupToBackground, type Progress, type Reply, type ResultOf, type Stage } from "../messages";
import { browserApi, type BrowserApi } from "../platform/browser-api";
import { pageReportOf, pathsFor } from "../page-report";
import { markStage } from "../platform/stage-marks";
import { drawOptionsOf, loadSettings, siteDisabled, type Settings } from "../platform/settings";
import type { AnalyzeOptions, PageSnapshot, Report } from "../report";
import { autoCheck } from "./auto-check";
import { showBadge } from "./badge";
import { askContent, injectContentScript, readPage } from "./content-client";
import { extractHtml as extractHtmlOffPage } from "./off-page";
import type { ReportStore } from "./report-store";
import type { ContentHandlers } from "./router";

export interface AnnotateDeps {
  store: ReportStore;
  api?: BrowserApi;
  analyze?: (snapshot: PageSnapshot, options?: AnalyzeOptions) => Report;
  /** The reader's settings (read from storage when not given). */
  settings?: () => Promise<Settings>;
  /** Off-page extraction (tests pass jsdom's). */
  extractHtml?: typeof extractHtmlOffPage;
  /** What follows a finished run (the automatic source check unless a test passes its own). */
  afterRun?: (tabId: number, report: Report, settings: Settings) => Promise<unknown>;
}

export type AnnotateResult = Reply<ResultOf<PopupToBackground["annotate"]>>;

interface Run {
  stage: Stage;
  progress?: Progress;
  done: Promise<AnnotateResult>;
  tell: (stage: Stage, progress?: Progress) => void;
}

const running = new Map<number, Run>();

/** The stage (and progress within it) of the run in progress for a tab, if any. */
export function runningStage(tabId: number): { stage: Stage; progress?: Progress } | null {
  const run = running.get(tabId);
  if (!run) return null;
  return run.progress ? { stage: run.stage, progress: run.progress } : { stage: run.stage };
}

/** Progress the tab's content script reports while drawing; ignored when no run is drawing. */
export function reportProgress(tabId: number, progress: Progress): void {
  const run = running.get(tabId);
  if (run?.stage === "drawing") run.tell("drawing", progress);
}

/** The background's handlers of content-script events. */
export const contentHandlers: ContentHandlers = {
  drawProgress: async (progress, tabId) => {
    reportProgress(tabId, progress);
    return ok(null);
  },
};

/** The reader's settings for a run: the injected ones in tests, else those in storage (defaults when storage fails, unlike platform/settings' `readSettings`). */
export function settingsFor(deps: Pick<AnnotateDeps, "settings"> & { api: BrowserApi }): Promise<Settings> {
  return (deps.settings ?? (() => loadSettings(deps.api)))();
}

/** Annotates the tab (or joins the run already in progress for it). */
export function annotateTab(tabId: number, deps: AnnotateDeps): Promise<AnnotateResult> {
  const current = running.get(tabId);
  if (current) return current.done;
  const api = deps.api ?? browserApi();
  const entry: Run = {
    stage: "injecting",
    done: Promise.resolve(fail("internal", "not started")),
    tell(stage, progress) {
      entry.stage = stage;
      entry.progress = progress;
      // Progress is a courtesy to an open popup; nobody listening is fine.
      const args = progress ? { tabId, stage, progress } : { tabId, stage };
      api.runtime.sendMessage(envelope<BackgroundToPopup, "progress">("progress", args)).catch(() => undefined);
    },
  };
  running.set(tabId, entry);
  entry.done = run(tabId, { ...deps, api }, (stage) => entry.tell(stage)).finally(() => running.delete(tabId));
  return entry.done;
}

async function run(tabId: number, deps: AnnotateDeps & { api: BrowserApi }, step: (s: Stage) => void): Promise<AnnotateResult> {
  const { api } = deps;
  const analyze = deps.analyze ?? analyzeSnapshot;
  markStage("trigger");
  const settings = await settingsFor(deps);

  step("injecting");
  const injected = await injectContentScript(tabId, api.scripting);
  if (!injected.ok) return injected;
  markStage("injected");

  step("reading");
  const page = await readPage(tabId, api.tabs);
  if (!page.ok) return page;
  markStage("html-read");
  const read = await (deps.extractHtml ?? extractHtmlOffPage)(page.value.html, page.value.url);
  if (!read.ok) return read;
  markStage("extract-answered");
  const { snapshot, paths } = read.value;

  step("analyzing");
  let report: Report;
  try {
    report = withoutHiddenChecks(analyze(snapshot, { minScore: settings.minScore }), settings);
  } catch (e) {
    return fail("analyze-failed", `Sourcelight could not analyze this page: ${e instanceof Error ? e.message : String(e)}`);
  }
  markStage("analyzed");
  // The draw message goes first, and the report is stored once, with what was drawn: storing
  // wikipedia-2's report (100–190 ms at load 9, in this worker and the browser process) made
  // the first highlights wait, and slowed the page's first frames when it ran beside them.
  const drawing = report.article.found && !siteDisabled(settings, report.url) ? sendDraw(tabId, report, paths, settings, api, step) : null;
  await showBadge(tabId, report, api.action).catch(() => undefined);
  let drawn: DrawResult | null = null;
  if (drawing) {
    const painted = await drawing;
    if (painted.ok) drawn = painted.value;
  }
  const kept = await deps.store.set(tabId, { report, drawn });
  // After the drawing, so that a checked report redraws it with its verdicts; not awaited.
  const after = deps.afterRun ?? ((id, r, s) => autoCheck(id, r, s, { store: deps.store, api }));
  void after(tabId, report, settings).catch((e: unknown) => console.warn(`[sourcelight] after annotating: ${String(e)}`));
  return ok({ report, drawn, ...(kept === "unsaved" ? { unsaved: true as const } : {}) });
}

/** Asks the page to draw `report`: only what it draws from, and the paths of the blocks that hold claims. */
function sendDraw(tabId: number, report: Report, paths: Record<string, number[]>, settings: Settings, api: BrowserApi, step: (s: Stage) => void) {
  step("drawing");
  const page = pageReportOf(report);
  markStage("draw-sent");
  return askContent(tabId, "draw", { report: page, options: drawOptionsOf(settings), paths: pathsFor(page, paths) }, isDrawResult, api.tabs);
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
