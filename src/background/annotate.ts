/**
 * One annotation run for one tab, the path every trigger takes (popup button, keyboard
 * command): inject the content script, take the page's HTML, extract it off the page's main
 * thread (`off-page.ts`), analyze, cache, badge, draw, then start the automatic source check
 * where the reader chose it (`auto-check.ts`). Concurrent triggers for the same tab share one
 * run; the content script's drawing progress is passed on to an open popup.
 */
import { analyze as analyzeSnapshot } from "../analyze/index";
import { envelope, fail, isDrawResult, ok, type ArgsOf, type BackgroundToContent, type BackgroundToPopup, type DrawResult, type PopupToBackground, type Progress, type Reply, type ResultOf, type Stage } from "../messages";
import { browserApi, type BrowserApi } from "../platform/browser-api";
import { pageReportOf, pathsFor } from "../page-report";
import { markStage } from "../platform/stage-marks";
import { drawOptionsOf, loadSettings, siteDisabled, type Settings } from "../platform/settings";
import type { AnalyzeOptions, PageSnapshot, Report } from "../report";
import { autoCheck } from "./auto-check";
import { showBadge } from "./badge";
import { askContent, injectContentScript, readPage } from "./content-client";
import { announcePage, htmlFeed, once, readHtml as readHtmlOffPage, readPosted, SAME, type OffPageResult, type Reading, type extractHtml as extractHtmlOffPage } from "./off-page";
import type { ReportStore } from "./report-store";
import type { ContentHandlers } from "./router";

export interface AnnotateDeps {
  store: ReportStore;
  api?: BrowserApi;
  analyze?: (snapshot: PageSnapshot, options?: AnalyzeOptions) => Report;
  /** The reader's settings (read from storage when not given). */
  settings?: () => Promise<Settings>;
  /** Off-page extraction in one reading (tests pass jsdom's); without it, `readHtml`. */
  extractHtml?: typeof extractHtmlOffPage;
  /** Off-page reading, quick then full (the default: off-page.ts). */
  readHtml?: typeof readHtmlOffPage;
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
  // Chrome: the offscreen document is told (beside the injection) that this page will post its
  // HTML there itself; failing that, each piece goes on through here as it arrives (`feed`).
  const offPage = !deps.extractHtml && !deps.readHtml;
  const announced = offPage ? announcePage(tabId).catch(() => null) : Promise.resolve(null);
  const injected = await injectContentScript(tabId, api.scripting);
  if (!injected.ok) return injected;
  markStage("injected");

  step("reading");
  const token = await announced;
  const feed = offPage && !token ? htmlFeed() : null;
  const page = await readPage(tabId, api.tabs, feed?.piece, token ?? undefined);
  if (!page.ok) return page;
  markStage("html-read");
  const { url } = page.value;
  const reading: Reading =
    "token" in page.value
      ? readPosted(page.value, page.value.html)
      : deps.extractHtml
        ? once(deps.extractHtml(page.value.html, url))
        : deps.readHtml
          ? deps.readHtml(page.value.html, url)
          : readHtmlOffPage(page.value.html, url, undefined, feed);
  const analyzed = (snapshot: PageSnapshot) => withoutHiddenChecks(analyze(snapshot, { minScore: settings.minScore }), settings);
  const drawable = (r: Report) => r.article.found && !siteDisabled(settings, r.url);

  // A quick reading (the article guessed without Readability, and only where that guess is
  // sure of it, see off-page.ts) is drawn at once; the full reading's report is the one kept,
  // and is drawn again only where its claims or their places differ. When the full reading
  // equals the quick one, the quick reading's report is kept: the page is analyzed once.
  // Either reading failing leaves the decision to the other.
  let first: Drawing | null = null;
  let quickReport: { report: Report | null; read: OffPageResult } | null = null;
  const quick = reading.quick ? await reading.quick : null;
  if (quick?.ok) {
    markStage("extract-answered");
    step("analyzing");
    const r = attempt(() => analyzed(quick.value.snapshot));
    quickReport = { report: r, read: quick.value };
    if (r && drawable(r)) {
      markStage("analyzed");
      first = sendDraw(tabId, r, quick.value.paths, settings, api, step);
    }
  }
  // The full reading starts now, after the quick drawing is sent (see Reading).
  const full = await reading.full();
  if (!full.ok) return first ? (await clearPage(tabId, api), full) : full;
  markStage(first ? "full-answered" : "extract-answered");
  const same = full.value === SAME && quickReport !== null;
  const read = full.value === SAME ? quickReport?.read : full.value;
  if (!read) return fail("extract-failed", "Sourcelight lost its quick reading of this page.");
  if (!first && !same) step("analyzing");
  let report: Report;
  try {
    report = (same ? quickReport?.report : null) ?? analyzed(read.snapshot);
  } catch (e) {
    if (first) await clearPage(tabId, api);
    return fail("analyze-failed", `Sourcelight could not analyze this page: ${e instanceof Error ? e.message : String(e)}`);
  }
  markStage(first ? "full-analyzed" : "analyzed");
  // The draw message goes before the badge and the storing, and the report is stored once,
  // with what was drawn: storing wikipedia-2's report (100–190 ms at load 9, in this worker and
  // the browser process) made the first highlights wait, and slowed the page's first frames.
  let drawing: Drawing | null = null;
  if (!drawable(report)) {
    if (first) await clearPage(tabId, api);
  } else if (first && (same || sameDrawing(first, report, read.paths))) {
    drawing = first;
  } else {
    drawing = sendDraw(tabId, report, read.paths, settings, api, step, first !== null);
  }
  await showBadge(tabId, report, api.action).catch(() => undefined);
  let drawn: DrawResult | null = null;
  if (drawing) {
    const painted = await drawing.answer;
    markStage("draw-answered");
    if (painted.ok) drawn = painted.value;
  }
  const kept = await deps.store.set(tabId, { report, drawn });
  markStage("stored");
  // After the drawing, so that a checked report redraws it with its verdicts; not awaited.
  const after = deps.afterRun ?? ((id, r, s) => autoCheck(id, r, s, { store: deps.store, api }));
  void after(tabId, report, settings).catch((e: unknown) => console.warn(`[sourcelight] after annotating: ${String(e)}`));
  return ok({ report, drawn, ...(kept === "unsaved" ? { unsaved: true as const } : {}) });
}

/** A draw message sent: what the page was given, and its answer to come. */
interface Drawing {
  args: ArgsOf<BackgroundToContent["draw"]>;
  answer: Promise<Reply<DrawResult>>;
}

/** Asks the page to draw `report`: only what it draws from, and the paths of the blocks that hold claims. */
function sendDraw(tabId: number, report: Report, paths: Record<string, number[]>, settings: Settings, api: BrowserApi, step: (s: Stage) => void, redraw = false): Drawing {
  step("drawing");
  const page = pageReportOf(report);
  const args = { report: page, options: drawOptionsOf(settings), paths: pathsFor(page, paths) };
  markStage(redraw ? "redraw-sent" : "draw-sent");
  return { args, answer: askContent(tabId, "draw", args, isDrawResult, api.tabs) };
}

/** Whether the page was already given exactly what `report` would give it (claims, references, places). */
function sameDrawing(drawing: Drawing, report: Report, paths: Record<string, number[]>): boolean {
  const page = pageReportOf(report);
  return JSON.stringify(drawing.args.report) === JSON.stringify(page) && JSON.stringify(drawing.args.paths) === JSON.stringify(pathsFor(page, paths));
}

/** Removes a drawing the full reading does not confirm (no article after all, or a failure). */
async function clearPage(tabId: number, api: BrowserApi): Promise<void> {
  await askContent(tabId, "clear", {}, () => true, api.tabs);
}

/** `fn()`, or null when it throws (a quick reading that fails leaves the decision to the full one). */
function attempt<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    return null;
  }
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
