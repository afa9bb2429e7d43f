/**
 * One annotation run for one tab, the path every trigger takes (popup button, keyboard
 * command): inject the content script, take the page's HTML, extract it off the page's main
 * thread (`off-page.ts`), analyze, cache, badge, draw, then start the automatic source check
 * where the reader chose it (`auto-check.ts`). Concurrent triggers for the same tab share one
 * run; the content script's drawing progress is passed on to an open popup.
 */
import { analyzeStaged, type StagedReport } from "../analyze/index";
import { citesKnown, highlightView, refsOf, selectClaims } from "../density";
import { envelope, fail, isDrawResult, isViaPatched, ok, type ClaimViaPatch, type ArgsOf, type BackgroundToContent, type BackgroundToPopup, type DrawResult, type PopupToBackground, type Progress, type Reply, type ResultOf, type Stage } from "../messages";
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
  /** The report in two steps (`analyzeStaged`); an injected `analyze` gives it in one. */
  const staged = (snapshot: PageSnapshot): StagedReport => {
    const options = { minScore: settings.minScore };
    const shown = (r: Report) => withoutHiddenChecks(r, settings);
    if (deps.analyze) {
      const whole = shown(deps.analyze(snapshot, options));
      return { first: whole, finish: () => whole };
    }
    const s = analyzeStaged(snapshot, options);
    return { first: shown(s.first), finish: () => shown(s.finish()) };
  };
  const drawable = (r: Report) => r.article.found && !siteDisabled(settings, r.url);
  /**
   * Analyzes and, unless `drawn` already shows the page, draws: from the report's first step
   * when the summary cannot change which claims are drawn (see `drawsBeforeSummary`), the
   * summary's `via` following as a patch; else from the whole report. Gives the whole report
   * and the drawing; throws when the analysis does.
   */
  const analyzeAndDraw = (snapshot: PageSnapshot, paths: Record<string, number[]>, drawn: boolean): { report: Report; drawing: Drawing | null } => {
    const s = staged(snapshot);
    if (!drawn && drawable(s.first) && drawsBeforeSummary(s.first, settings)) {
      markStage("analyzed");
      const early = sendDraw(tabId, s.first, paths, settings, api, step);
      const report = s.finish();
      markStage("summarized");
      return { report, drawing: drawable(report) ? sendVia(tabId, early, report, paths, settings, api, step) : early };
    }
    const report = s.finish();
    if (drawn || !drawable(report)) return { report, drawing: null };
    markStage("analyzed");
    return { report, drawing: sendDraw(tabId, report, paths, settings, api, step) };
  };

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
    const r = attempt(() => analyzeAndDraw(quick.value.snapshot, quick.value.paths, false));
    quickReport = { report: r?.report ?? null, read: quick.value };
    first = r?.drawing ?? null;
  }
  // The full reading starts now, after the quick drawing is sent (see Reading).
  const full = await reading.full();
  if (!full.ok) return first ? (await clearPage(tabId, api), full) : full;
  markStage(first ? "full-answered" : "extract-answered");
  const same = full.value === SAME && quickReport !== null;
  const read = full.value === SAME ? quickReport?.read : full.value;
  if (!read) return fail("extract-failed", "Sourcelight lost its quick reading of this page.");
  if (!first && !same) step("analyzing");
  // The draw message goes before the badge and the storing, and the report is stored once,
  // with what was drawn: storing wikipedia-2's report (100–190 ms at load 9, in this worker and
  // the browser process) made the first highlights wait, and slowed the page's first frames.
  let report: Report;
  let drawing: Drawing | null = null;
  const keptQuick = same ? quickReport?.report : null;
  if (keptQuick) {
    report = keptQuick;
    markStage(first ? "full-analyzed" : "analyzed");
    if (!drawable(report)) {
      if (first) await clearPage(tabId, api);
    } else drawing = first ?? sendDraw(tabId, report, read.paths, settings, api, step);
  } else {
    try {
      // A quick drawing the full reading confirms (same claims, same places) stays.
      ({ report, drawing } = analyzeAndDraw(read.snapshot, read.paths, first !== null));
    } catch (e) {
      if (first) await clearPage(tabId, api);
      return fail("analyze-failed", `Sourcelight could not analyze this page: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (first) {
      markStage("full-analyzed");
      if (!drawable(report)) await clearPage(tabId, api);
      else drawing = sameDrawing(first, report, read.paths) ? first : sendDraw(tabId, report, read.paths, settings, api, step, true);
    } else if (!drawing) markStage("analyzed");
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

/**
 * Whether the page may be drawn from a report's first step, before its summary: the summary
 * adds only `via` (the key points restating a claim), and that changes which claims are drawn
 * in the `all` view alone, where a claim backed through a key point shows with every claim.
 */
function drawsBeforeSummary(first: Report, settings: Settings): boolean {
  return highlightView(first, settings.density).view !== "all";
}

/**
 * After a drawing from a report's first step: the key points that restate the drawn claims
 * (`via`) go to the page as a patch of their hover cards. A claim drawn as unsourced that a key
 * point now backs is painted otherwise, so then the page is drawn again (rare: in the views
 * drawn early, unsourced claims show only when the reader asks for them or they have a problem).
 */
function sendVia(tabId: number, early: Drawing, report: Report, paths: Record<string, number[]>, settings: Settings, api: BrowserApi, step: (s: Stage) => void): Drawing {
  const page = pageReportOf(report);
  const via: ClaimViaPatch = {};
  for (const c of page.claims) if (c.via) via[c.id] = c.via;
  if (!Object.keys(via).length) return early;
  const refs = refsOf(page);
  if (selectClaims(page, early.args.options).some((c) => via[c.id] && !citesKnown(c, refs))) return sendDraw(tabId, report, paths, settings, api, step, true);
  const patched = askContent(tabId, "addVia", { url: page.url, via }, isViaPatched, api.tabs);
  return { args: { ...early.args, report: page }, answer: patched.then(() => early.answer) };
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
