// Section 5 of the benchmark: the built extension (dist/chrome) in headless Debian Chromium.
// For the seed article, wikipedia-2 and the three largest corpus pages (served on 127.0.0.1):
// the time from the reader's trigger ("Annotate this page" in the popup) to the first
// highlights drawn on the page, cut into stages by the extension's timing marks (stages.mjs),
// and the longest main-thread task from the content script's injection until a second after
// drawing, from a Chromium trace (a PerformanceObserver 'longtask' installed before the
// page's scripts run is read too, but it does not see tasks of the extension's world), with
// what that task was: the injection (Chromium setting up the extension's world and running
// content.js), a frame (style, layout, paint), a message handler, a slice of our work, or GC,
// and how much of it the thread spent on the CPU (a loaded machine stretches wall time).
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import { join } from "node:path";
import { median, verdict } from "./measure.mjs";
import { clockOffset, readMarks, STAGES, stagesOf, TRANSFER_PARTS } from "./stages.mjs";
import { buildOf } from "./base-build.mjs";

const LONGTASK_BUDGET_MS = 50;
const TIMEOUT = 90_000;

/** Runs in the page before its scripts: records long tasks and when highlights first appear. */
function probe() {
  const w = window;
  w.__slLongTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__slLongTasks.push({ at: performance.timeOrigin + e.startTime, ms: e.duration });
  }).observe({ type: "longtask", buffered: true });
  // Looked at once per animation frame: highlights seen here were on screen in the frame
  // before. (A zero timeout is no clock: the drawing's slices, continued by scheduler.yield(),
  // run before the page's timers, which showed highlights up to 90 ms after they were painted.)
  const poll = () => {
    if (w.__slDrawnAt) return;
    const claims = globalThis.CSS?.highlights?.get("sourcelight-claim")?.size ?? 0;
    if (claims > 0 || document.querySelector("sourcelight-mark")) w.__slDrawnAt = performance.timeOrigin + performance.now();
    else requestAnimationFrame(poll);
  };
  poll();
}

/** Serves each page of `pages` ({path: html}) on 127.0.0.1 at a random port. */
function serve(pages) {
  const server = http.createServer((req, res) => {
    const html = pages[req.url?.split("?")[0] ?? ""];
    res.writeHead(html ? 200 : 404, { "content-type": html ? "text/html; charset=utf-8" : "text/plain" });
    res.end(html ?? "not found");
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/**
 * Stops the extension's service worker, as Chrome does after 30 s idle: the next run starts
 * it again, and runs its code cold (the reader's first annotation after a pause).
 */
async function stopWorker(browser, ext) {
  const target = browser.targets().find((t) => t.type() === "service_worker" && t.url().startsWith(`chrome-extension://${ext.id}/`));
  if (!target) return;
  await (await target.worker())?.close();
  await new Promise((r) => setTimeout(r, 300));
}

/** One trigger-to-highlights measurement on a fresh tab (`cold`: the service worker stopped first). */
async function annotateOnce({ browser, ext }, url, { cold = false } = {}) {
  if (cold) await stopWorker(browser, ext);
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 800 });
  await page.evaluateOnNewDocument(probe);
  await page.goto(url, { waitUntil: "load", timeout: TIMEOUT });
  await page.bringToFront();
  await new Promise((r) => setTimeout(r, 300)); // let the page's own load tasks finish
  await page.triggerExtensionAction(ext);
  const target = await browser.waitForTarget((t) => t.url().startsWith(`chrome-extension://${ext.id}/popup.html`), { timeout: TIMEOUT });
  const popup = await target.asPage();
  await popup.waitForSelector("button.primary", { timeout: TIMEOUT });
  await page.tracing.start({ categories: ["toplevel", "devtools.timeline", "v8.execute"] });
  // The trigger's time, taken in the popup as the click arrives (the browser's clock, as the
  // marks'), and when the popup shows the report: the end of a run with nothing to paint.
  await popup.evaluate(() => {
    document.addEventListener("click", () => (window.__slClickAt = performance.timeOrigin + performance.now()), { capture: true, once: true });
    const seen = () => document.querySelector(".report") && (window.__slReportAt ??= performance.timeOrigin + performance.now());
    new MutationObserver(seen).observe(document.body, { childList: true, subtree: true });
  });
  await popup.click("button.primary");
  await Promise.race([
    page.waitForFunction(() => window.__slDrawnAt, { timeout: TIMEOUT, polling: 50 }),
    popup.waitForFunction(() => window.__slReportAt, { timeout: TIMEOUT, polling: 50 }),
  ]);
  // The probe looks once a frame: a highlight painted just before the report showed is seen a frame later.
  await page.waitForFunction(() => window.__slDrawnAt, { timeout: 200, polling: 20 }).catch(() => undefined);
  await popup.waitForFunction(() => window.__slReportAt, { timeout: TIMEOUT, polling: 50 });
  // The popup's times, on the page's clock (see stages.mjs: contexts' clocks may disagree).
  const popupAhead = (await clockOffset((e) => popup.evaluate(e))) - (await clockOffset((e) => page.evaluate(e)));
  const { t0, reportAt } = await popup.evaluate((ahead) => ({ t0: window.__slClickAt - ahead, reportAt: window.__slReportAt - ahead }), popupAhead);
  await new Promise((r) => setTimeout(r, 1000));
  const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString("utf8"));
  const painted = await page.evaluate(() => ({ drawnAt: window.__slDrawnAt, tasks: window.__slLongTasks }));
  // The report shows once the drawing is done, after its first highlight: none by then, none at all.
  const drawnAt = painted.drawnAt ?? reportAt;
  const tasks = painted.tasks;
  const marks = { ...(await readMarks(browser, ext.id, page)), seen: drawnAt };
  await popup.close().catch(() => undefined);
  await page.close();
  const observed = tasks.filter((t) => t.at >= t0 - 5);
  const traced = contentScriptTasks(trace.traceEvents ?? trace);
  const longest = traced.reduce((a, t) => (t.ms > (a?.ms ?? 0) ? t : a), null);
  const busiest = traced.reduce((a, t) => (t.cpuMs > (a?.cpuMs ?? 0) ? t : a), null);
  const ours = traced.filter((t) => t.kind !== "frame" && t.kind !== "injection");
  return {
    ms: drawnAt - t0,
    /** Click → the popup shows the report (the run's answer: after the drawing, and the full reading). */
    reportMs: reportAt - t0,
    stages: { ...stagesOf(marks), popup: marks.trigger === undefined ? null : marks.trigger - t0 },
    offscreenSince: marks["/offscreen.html"] ?? null,
    longestTaskMs: longest?.ms ?? 0,
    longestTaskKind: longest?.kind ?? null,
    longestTaskCpuMs: longest?.cpuMs ?? 0,
    busiestTaskCpuMs: busiest?.cpuMs ?? 0,
    busiestTaskKind: busiest?.kind ?? null,
    /** The most CPU in one task that ran our code after the injection (messages, slices). */
    busiestNonFrameCpuMs: Math.max(0, ...ours.map((t) => t.cpuMs)),
    longestScriptMs: Math.max(0, ...traced.map((t) => t.ms - t.renderMs)),
    longTasks: traced.filter((t) => t.ms > LONGTASK_BUDGET_MS).length,
    observerLongestMs: Math.max(0, ...observed.map((t) => t.ms)),
  };
}

/**
 * The page's main-thread tasks from the content script's injection on, read from a Chromium
 * trace: each task's duration (ms) and how much of it was the browser updating style, layout
 * and paint (`renderMs`; what is left is script, ours and the page's). The trace is needed
 * because the page's PerformanceObserver does not report tasks that run in an extension's
 * isolated world (it saw none at all).
 */
function contentScriptTasks(events) {
  const inject = events.find((e) => e.name === "EvaluateScript" && /^chrome-extension:.*\/content\.js$/.test(e.args?.data?.url ?? ""));
  if (!inject) return [];
  const onMain = (e) => e.ph === "X" && e.pid === inject.pid && e.tid === inject.tid && e.ts + e.dur >= inject.ts;
  const renders = events.filter((e) => RENDERING.has(e.name) && onMain(e));
  const marks = events.filter((e) => MARKS.has(e.name) && onMain(e));
  const within = (e) => (r) => r.ts >= e.ts && r.ts + r.dur <= e.ts + e.dur;
  return events
    .filter((e) => (e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask") && onMain(e))
    .map((e) => {
      const ms = e.dur / 1000;
      const renderMs = coveredMs(renders.filter(within(e)));
      // tdur: the thread's own time in the task; on a loaded machine a task's wall time is mostly waiting for a CPU.
      return { ms, cpuMs: (e.tdur ?? e.dur) / 1000, renderMs, kind: kindOf(marks.filter(within(e)), ms, renderMs) };
    });
}

/** Trace events that tell what a task was (see kindOf). */
const MARKS = new Set(["EvaluateScript", "MinorGC", "MajorGC", "Receive mojo message", "RunMicrotasks", "FunctionCall"]);

/**
 * What a task was: the injection (Chromium sets up the extension's world and runs content.js),
 * a frame (mostly style, layout, paint), garbage collection, a message from the extension
 * (its handler, and what that handler ran before yielding), a slice of our work (a timer or
 * scheduler task), or other.
 */
function kindOf(marks, ms, renderMs) {
  const has = (name) => marks.some((m) => m.name === name);
  const gcMs = coveredMs(marks.filter((m) => m.name === "MinorGC" || m.name === "MajorGC"));
  if (has("EvaluateScript")) return "injection";
  if (renderMs > ms * 0.4) return "frame";
  if (gcMs > ms * 0.4) return "gc";
  if (has("Receive mojo message")) return "message";
  if (has("RunMicrotasks") || has("FunctionCall")) return "slice";
  return "other";
}

/** The browser's rendering steps in a trace's devtools.timeline category (they nest: counted once). */
const RENDERING = new Set(["UpdateLayoutTree", "Layout", "PrePaint", "Paint", "UpdateLayer", "Layerize", "Commit"]);

/** Milliseconds covered by the union of the events' intervals. */
function coveredMs(spans) {
  let total = 0;
  let end = -Infinity;
  for (const s of [...spans].sort((a, b) => a.ts - b.ts)) {
    const from = Math.max(s.ts, end);
    if (s.ts + s.dur > from) total += s.ts + s.dur - from;
    end = Math.max(end, s.ts + s.dur);
  }
  return total / 1000;
}

/**
 * The pages of section 5: the seed article, wikipedia-2 and the three largest pages of the
 * corpus (by bytes of source.html), as [name, path on the server, html, options]; wikipedia-2
 * again with the service worker stopped before each run (`cold`), and as the first page of a
 * freshly started browser (`fresh`: no offscreen document yet, every part's code cold).
 */
function benchPages(root, shared, log) {
  const pages = [["seed-article", "/world/north-korea-troops-russia", readFileSync(join(root, "test", "fixtures", "seed-article", "page.html"), "utf8")]];
  const dir = join(shared, "corpora", "readability-test-pages");
  if (!existsSync(dir)) {
    log(`  (corpus pages skipped: ${dir} is absent)`);
    return pages;
  }
  const files = readdirSync(dir).map((slug) => ({ slug, file: join(dir, slug, "source.html") })).filter((p) => existsSync(p.file));
  const largest = files.map((p) => ({ ...p, size: statSync(p.file).size })).sort((a, b) => b.size - a.size).filter((p) => p.slug !== "wikipedia-2").slice(0, 3);
  for (const p of [...files.filter((x) => x.slug === "wikipedia-2"), ...largest]) pages.push([p.slug, `/page/${p.slug}`, readFileSync(p.file, "utf8")]);
  const wiki = pages.find(([name]) => name === "wikipedia-2");
  if (wiki) pages.push([COLD_WIKI, wiki[1], wiki[2], { cold: true }], [FRESH_WIKI, wiki[1], wiki[2], { fresh: true }]);
  // BENCH_PAGES (e.g. "wikipedia-2") keeps only those pages (the seed page stays: it warms up each build).
  const only = process.env.BENCH_PAGES?.split(",").map((x) => x.trim());
  return only ? pages.filter(([name], i) => i === 0 || only.some((o) => name === o || name.startsWith(`${o} (`))) : pages;
}

/** The row of wikipedia-2 measured with a stopped service worker. */
const COLD_WIKI = "wikipedia-2 (worker stopped)";
/** The row of wikipedia-2 as the first page annotated in a browser just started. */
const FRESH_WIKI = "wikipedia-2 (fresh browser)";

/** Launches a Chromium of its own for the extension built in `dist`. */
async function launch(puppeteer, chromium, dist) {
  const browser = await puppeteer.launch({
    executablePath: chromium, headless: true, pipe: true, enableExtensions: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const id = await browser.installExtension(dist);
  return { browser, ext: (await browser.extensions()).get(id) };
}

const load = () => os.loadavg()[0].toFixed(1);
const fmt = (ms) => (ms === null || ms === undefined || Number.isNaN(ms) ? "–" : ms.toFixed(0));
const STAGE_NAMES = ["popup", ...STAGES.map(([name]) => name)];
/** Columns after the total: when the report the popup shows was ready (click → it), and how many runs drew twice. */
const DETAIL_NAMES = [...TRANSFER_PARTS.map(([name]) => `transfer: ${name}`), "draw: page report", "draw: message", "first highlights: painted", "first highlights → drawn", "at: full-extracted", "at: draw-answered", "at: stored"];

/** The median of each stage over runs (null when a build has no marks). */
function medianStages(xs) {
  return Object.fromEntries([...STAGE_NAMES, ...DETAIL_NAMES, "report ready"].map((k) => {
    const v = xs.map((x) => x.stages[k]).filter((m) => m !== null && m !== undefined);
    return [k, v.length ? median(v) : null];
  }));
}

/**
 * Prints section 5 and returns its figures (null when Chromium or the build is missing). With
 * `base` (a git commit, BENCH_BASE), that commit is built in a temporary folder (or `baseBuild`,
 * the caller's build of it, is used) and measured side by side with this build: the runs
 * alternate between the two, page by page.
 */
export async function browserTimings(root, shared, runs, log, { base = process.env.BENCH_BASE, baseBuild: built } = {}) {
  log(`\n5. Headless Chromium, built extension: trigger → first highlights, by stage; longest main-thread task after the trigger (medians of ${runs} runs)`);
  const chromium = process.env.CHROMIUM || "/usr/bin/chromium";
  const dist = join(root, "dist", "chrome");
  if (!existsSync(chromium)) return log(`  skipped: chromium not found at ${chromium} (set CHROMIUM)`), null;
  if (!existsSync(join(dist, "manifest.json"))) return log("  skipped: dist/chrome is not built"), null;
  let puppeteer;
  try {
    puppeteer = (await import("puppeteer-core")).default;
  } catch {
    return log("  skipped: puppeteer-core is not installed"), null;
  }
  const pages = benchPages(root, shared, log);
  const server = await serve(Object.fromEntries(pages.map(([, path, html]) => [path, html])));
  const url = `http://127.0.0.1:${server.address().port}`;
  const builds = [{ name: "this build", dist }];
  // A build of `base` made by the caller (run.mjs, shared with section 1) is the caller's to remove.
  const owned = base && built === undefined ? buildOf(root, base, log) : null;
  const baseBuild = base ? (owned ?? built ?? null) : null;
  if (baseBuild) builds.unshift({ name: base, dist: baseBuild.dist });
  const out = { loadAtStart: os.loadavg()[0], builds: {} };
  log(`  load average ${load()} at start; ${builds.map((b) => b.name).join(" and ")}${builds.length > 1 ? ", runs alternating" : ""}`);
  try {
    for (const b of builds) Object.assign(b, await launch(puppeteer, chromium, b.dist));
    /** One run in a Chromium started for it, closed after. */
    const freshRun = async (dist, at) => {
      const own = await launch(puppeteer, chromium, dist);
      try {
        return await annotateOnce(own, at);
      } finally {
        await own.browser.close();
      }
    };
    // One run per build not counted: the offscreen document is created, the code compiled.
    for (const b of builds) await annotateOnce(b, url + pages[0][1]);
    const rows = [];
    for (const [name, path, html, options] of pages) {
      const xs = new Map(builds.map((b) => [b.name, []]));
      const loads = [];
      for (let i = 0; i < runs; i++) {
        for (const b of builds) {
          loads.push(os.loadavg()[0]);
          xs.get(b.name).push(await (options?.fresh ? freshRun(b.dist, url + path) : annotateOnce(b, url + path, options)));
        }
      }
      for (const b of builds) {
        const runsOf = xs.get(b.name);
        const row = {
          page: name, build: b.name, kB: Math.round(html.length / 1024), load: median(loads),
          total: median(runsOf.map((x) => x.ms)), stages: medianStages(runsOf), reportMs: median(runsOf.map((x) => x.reportMs)),
          readabilityBeside: runsOf.filter((x) => x.stages["readability beside"]).length, redrawn: runsOf.filter((x) => x.stages.redrawn).length,
          longestTaskMs: median(runsOf.map((x) => x.longestTaskMs)), tasksOver50: median(runsOf.map((x) => x.longTasks)),
          busiestNonFrameCpuMs: median(runsOf.map((x) => x.busiestNonFrameCpuMs)), runs: runsOf,
        };
        rows.push(row);
        (out.builds[b.name] ??= {})[name] = row;
      }
      const now = rows.filter((r) => r.page === name);
      log(`  ${name}: ${now.map((r) => `${r.build} ${fmt(r.total)} ms (runs ${r.runs.map((x) => fmt(x.ms)).join(", ")}), longest task ${fmt(r.longestTaskMs)} ms`).join("; ")}  [load ${median(loads).toFixed(1)}]`);
    }
    out.loadAtEnd = os.loadavg()[0];
    printTable(rows, builds, runs, out, log);
  } catch (e) {
    log(`  failed: ${e.stack ?? e.message}`);
  } finally {
    for (const b of builds) await b.browser?.close();
    server.close();
    owned?.remove();
  }
  return out;
}

/** The table: one row per page and build, one column per stage, then the total and the longest task. */
function printTable(rows, builds, runs, out, log) {
  log(`\n  Trigger → first highlights by stage, ms, medians of ${runs} runs (load average ${out.loadAtStart.toFixed(1)} at start, ${out.loadAtEnd.toFixed(1)} at end; stage medians do not add up to the total's median exactly)`);
  const head = ["page", "kB", ...(builds.length > 1 ? ["build"] : []), ...STAGE_NAMES, "total", "report shown", "drawn twice", "longest task", "load"];
  const cell = (r, k) => (k === "readability" && r.readabilityBeside > r.runs.length / 2 ? `(${fmt(r.stages[k])})` : fmt(r.stages[k]));
  const lines = rows.map((r) => [
    r.stages["first highlights: painted"] === null && r.stages["draw message"] !== null ? `${r.page} (nothing to paint)` : r.page, String(r.kB), ...(builds.length > 1 ? [r.build] : []),
    ...STAGE_NAMES.map((k) => cell(r, k)), fmt(r.total), fmt(r.reportMs), r.stages.analyze === null ? "–" : `${r.redrawn}/${r.runs.length}`, fmt(r.longestTaskMs), r.load.toFixed(1),
  ]);
  log(`  | ${head.join(" | ")} |`);
  log(`  |${head.map((_, i) => (i < 2 + (builds.length > 1) ? "---" : "---:")).join("|")}|`);
  for (const l of lines) log(`  | ${l.join(" | ")} |`);
  log(`  stages: popup = click → the background's run starts; ${STAGES.map(([name, what]) => `${name} = ${what}`).join("; ")}; total = click → first highlight on screen; (readability) in brackets: it ran beside the drawing, after a quick reading; report shown = click → the popup shows the report (the full reading's); drawn twice = runs whose full reading drew other claims than the quick one.`);
  log(`  total for a page with nothing to paint (no sourced claim to highlight): click → the popup shows the report.`);
  for (const r of rows) log(`  ${r.page} (${r.build}): ${DETAIL_NAMES.map((k) => `${k} ${fmt(r.stages[k])}`).join(", ")} ms`);
  const wiki = rows.filter((r) => r.page === "wikipedia-2");
  for (const r of wiki) log(`  wikipedia-2 (${r.build}): longest task ${fmt(r.longestTaskMs)} ms (budget ≤ ${LONGTASK_BUDGET_MS} ms: ${verdict(r.longestTaskMs, LONGTASK_BUDGET_MS)}), tasks over 50 ms per run ${r.tasksOver50}; per run ${r.runs.map((x) => `${fmt(x.longestTaskMs)} (${x.longestTaskKind}, ${fmt(x.longestTaskCpuMs)} on the CPU)`).join(", ")}`);
  if (wiki.length === 2) log(`  wikipedia-2, ${wiki[1].build} against ${wiki[0].build}: trigger → first highlights ×${(wiki[1].total / wiki[0].total).toFixed(2)} (${fmt(wiki[0].total)} → ${fmt(wiki[1].total)} ms)`);
  for (const name of [COLD_WIKI, FRESH_WIKI]) {
    const two = rows.filter((r) => r.page === name);
    if (two.length === 2) log(`  ${name}, ${two[1].build} against ${two[0].build}: trigger → first highlights ×${(two[1].total / two[0].total).toFixed(2)} (${fmt(two[0].total)} → ${fmt(two[1].total)} ms), analyze ${fmt(two[0].stages.analyze)} → ${fmt(two[1].stages.analyze)} ms`);
  }
}
