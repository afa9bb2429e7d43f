// Section 5 of the benchmark: the built extension (dist/chrome) in headless Debian Chromium.
// For the seed article and wikipedia-2 (served on 127.0.0.1): the time from the reader's
// trigger ("Annotate this page" in the popup) to the first highlights drawn on the page, and
// the longest main-thread task from the content script's injection until a second after
// drawing, from a Chromium trace (a PerformanceObserver 'longtask' installed before the
// page's scripts run is read too, but it does not see tasks of the extension's world), with
// what that task was: the injection (Chromium setting up the extension's world and running
// content.js), a frame (style, layout, paint), a message handler, a slice of our work, or GC,
// and how much of it the thread spent on the CPU (a loaded machine stretches wall time).
import { existsSync, readFileSync } from "node:fs";
import http from "node:http";
import { join } from "node:path";
import { median, verdict } from "./measure.mjs";

const LONGTASK_BUDGET_MS = 50;
const TIMEOUT = 90_000;

/** Runs in the page before its scripts: records long tasks and when highlights first appear. */
function probe() {
  const w = window;
  w.__slLongTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__slLongTasks.push({ at: performance.timeOrigin + e.startTime, ms: e.duration });
  }).observe({ type: "longtask", buffered: true });
  const poll = () => {
    const claims = globalThis.CSS?.highlights?.get("sourcelight-claim")?.size ?? 0;
    if (claims > 0 || document.querySelector("sourcelight-mark")) w.__slDrawnAt = performance.timeOrigin + performance.now();
    else setTimeout(poll, 4);
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

/** One trigger-to-highlights measurement on a fresh tab. */
async function annotateOnce(browser, ext, url) {
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
  const t0 = Date.now();
  await popup.click("button.primary");
  await page.waitForFunction(() => window.__slDrawnAt, { timeout: TIMEOUT, polling: 50 });
  await new Promise((r) => setTimeout(r, 1000));
  const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString("utf8"));
  const { drawnAt, tasks } = await page.evaluate(() => ({ drawnAt: window.__slDrawnAt, tasks: window.__slLongTasks }));
  await popup.close().catch(() => undefined);
  await page.close();
  const observed = tasks.filter((t) => t.at >= t0 - 5);
  const traced = contentScriptTasks(trace.traceEvents ?? trace);
  const longest = traced.reduce((a, t) => (t.ms > (a?.ms ?? 0) ? t : a), null);
  const busiest = traced.reduce((a, t) => (t.cpuMs > (a?.cpuMs ?? 0) ? t : a), null);
  const ours = traced.filter((t) => t.kind !== "frame" && t.kind !== "injection");
  return {
    ms: drawnAt - t0,
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

/** Prints section 5 and returns its figures (null when Chromium or the build is missing). */
export async function browserTimings(root, shared, runs, log) {
  log("\n5. Headless Chromium, built extension: trigger → highlights drawn, longest main-thread task after the trigger");
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
  const pages = { "/world/north-korea-troops-russia": readFileSync(join(root, "test", "fixtures", "seed-article", "page.html"), "utf8") };
  const wiki = join(shared, "corpora", "readability-test-pages", "wikipedia-2", "source.html");
  if (existsSync(wiki)) pages["/wiki/wikipedia-2"] = readFileSync(wiki, "utf8");
  else log(`  (wikipedia-2 skipped: ${wiki} is absent)`);
  const server = await serve(pages);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: chromium, headless: true, pipe: true, enableExtensions: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const out = {};
  try {
    const id = await browser.installExtension(dist);
    const ext = (await browser.extensions()).get(id);
    for (const [name, path] of [["seed-article", "/world/north-korea-troops-russia"], ["wikipedia-2", "/wiki/wikipedia-2"]]) {
      if (!pages[path]) continue;
      const xs = [];
      for (let i = 0; i < runs; i++) xs.push(await annotateOnce(browser, ext, base + path));
      const ms = median(xs.map((x) => x.ms));
      const longest = median(xs.map((x) => x.longestTaskMs));
      const observer = median(xs.map((x) => x.observerLongestMs));
      const script = median(xs.map((x) => x.longestScriptMs));
      out[name] = { triggerToHighlightsMs: ms, longestTaskMs: longest, busiestTaskCpuMs: median(xs.map((x) => x.busiestTaskCpuMs)), busiestNonFrameCpuMs: median(xs.map((x) => x.busiestNonFrameCpuMs)), longestScriptMs: script, tasksOver50: median(xs.map((x) => x.longTasks)), observerLongestMs: observer, runs: xs };
      const budget = name === "wikipedia-2" ? `  (budget ≤ ${LONGTASK_BUDGET_MS} ms: ${verdict(longest, LONGTASK_BUDGET_MS)})` : "";
      log(`  ${name.padEnd(14)} trigger → highlights ${ms.toFixed(0)} ms; longest page task after injection ${longest.toFixed(0)} ms, of which script at most ${script.toFixed(0)} ms, the rest style/layout/paint (trace; the page's longtask observer saw ${observer.toFixed(0)} ms)${budget}`);
      log(`    longest task per run: ${xs.map((x) => `${x.longestTaskMs.toFixed(0)} ms (${x.longestTaskKind}, ${x.longestTaskCpuMs.toFixed(0)} ms on the CPU)`).join(", ")}`);
      log(`    most CPU in one task per run: ${xs.map((x) => `${x.busiestTaskCpuMs.toFixed(0)} ms (${x.busiestTaskKind})`).join(", ")} (median ${median(xs.map((x) => x.busiestTaskCpuMs)).toFixed(0)} ms); in our messages and slices (not the injection, not frames) at most ${xs.map((x) => x.busiestNonFrameCpuMs.toFixed(0)).join(", ")} ms`);
    }
  } catch (e) {
    log(`  failed: ${e.message}`);
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}
