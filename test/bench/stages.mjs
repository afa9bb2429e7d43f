// Where one annotation run spent its time: the User Timing marks the extension leaves in each
// of its contexts (src/platform/stage-marks.ts: the page's content script, the background
// service worker, the offscreen document), read over the DevTools protocol and put on one
// clock, then cut into stages. A context's clock is performance.timeOrigin + startTime, and
// timeOrigin is fixed when the context starts: once the system's wall clock is stepped or
// slewed, a service worker started earlier reads hundreds of milliseconds off a page opened
// later. So each context's clock is read beside its marks (within a millisecond of Node's
// monotonic clock) and its marks are moved onto the page's. A build without marks (an older
// commit measured side by side) gives only the total.

const PREFIX = "sourcelight:";
/** The key under which a context gives its clock's reading as its marks are read. */
const NOW = "@now";

/** Reads our marks in the current context; evaluated in the page, the worker and the offscreen document. */
const READ_MARKS = `JSON.stringify({ ...Object.fromEntries(performance.getEntriesByType("mark").filter((m) => m.name.startsWith(${JSON.stringify(PREFIX)})).map((m) => [m.name.slice(${PREFIX.length}), performance.timeOrigin + m.startTime])), [location.pathname]: performance.timeOrigin, [${JSON.stringify(NOW)}]: performance.timeOrigin + performance.now() })`;

/**
 * Evaluates READ_MARKS with `evaluate` and gives the context's marks with its clock's offset
 * from Node's monotonic clock (the context's reading minus Node's, halfway through the call).
 */
async function timedMarks(evaluate) {
  const before = performance.now();
  const value = await evaluate(READ_MARKS);
  const after = performance.now();
  const { [NOW]: now, ...marks } = JSON.parse(value ?? "{}");
  return { marks, offset: typeof now === "number" ? now - (before + after) / 2 : null };
}

/** How far the clock of the context `evaluate` runs in reads from Node's monotonic clock (see timedMarks). */
export async function clockOffset(evaluate) {
  return (await timedMarks(evaluate)).offset ?? 0;
}

/** The marks of one target of `browser` that `match` picks (see timedMarks); no marks when there is none. */
async function marksOf(browser, match) {
  const target = browser.targets().find(match);
  if (!target) return { marks: {}, offset: null };
  const session = await target.createCDPSession();
  try {
    return await timedMarks(async (expression) => (await session.send("Runtime.evaluate", { expression, returnByValue: true })).result.value);
  } catch {
    return { marks: {}, offset: null };
  } finally {
    await session.detach().catch(() => undefined);
  }
}

/** `context`'s marks moved onto the clock of the context whose offset is `to`. */
function onClock(context, to) {
  const shift = context.offset === null || to === null ? 0 : to - context.offset;
  return Object.fromEntries(Object.entries(context.marks).map(([name, t]) => [name, t + shift]));
}

/** Every mark of the last run, on the page's clock: the page's (`page`), the background's and the offscreen document's. */
export async function readMarks(browser, extensionId, page) {
  const origin = `chrome-extension://${extensionId}/`;
  const inPage = await timedMarks((expression) => page.evaluate(expression));
  const background = await marksOf(browser, (t) => t.type() === "service_worker" && t.url().startsWith(origin));
  const offscreen = await marksOf(browser, (t) => t.url() === `${origin}offscreen.html`);
  const all = { ...onClock(background, inPage.offset), ...onClock(offscreen, inPage.offset), ...inPage.marks };
  // The worker and the offscreen document outlive a run: marks older than this run's trigger are another run's.
  return Object.fromEntries(Object.entries(all).filter(([name, t]) => name.startsWith("/") || all.trigger === undefined || t >= all.trigger));
}

/**
 * The stages of the table, each the time between two marks (`from` → `to`), or the sum of
 * several such spans, on the way from the trigger to the first highlights. Readability is on
 * that way only when the first drawing comes from the full reading: after a quick reading it
 * runs beside the drawing, and its column shows its time in brackets (see stagesOf).
 */
export const STAGES = [
  ["inject", "trigger → content script in the page (settings, executeScript)", [["trigger", "injected"]]],
  ["serialize", "the page's HTML written in the page", [["serialize-start", "serialize-end"]]],
  ["transfer", "HTML page → background → offscreen, snapshot back", [["injected", "serialize-start"], ["serialize-end", "html-read"], ["html-read", "extract-received"], ["extracted", "extract-answered"]]],
  ["parse", "the HTML parsed in the offscreen document", [["extract-received", "parsed"]]],
  ["readability", "Readability on a clone (the clone included)", [["readability-start", "readability-end"]]],
  ["extract rest", "the rest of extract (or the quick reading) and the element paths", [["parsed", "extracted"]]],
  ["analyze", "analyze in the background", [["extract-answered", "analyzed"]]],
  ["draw message", "page report, message to the page", [["analyzed", "draw-sent"], ["draw-sent", "draw-received"]]],
  ["first highlights", "draw received → first highlight on screen (the page's next frame)", [["draw-received", "seen"]]],
];

/** The parts of the transfer stage, kept in the results apart. */
export const TRANSFER_PARTS = [
  ["ask", "injected", "serialize-start"],
  ["to background", "serialize-end", "html-read"],
  ["to offscreen", "html-read", "extract-received"],
  ["back", "extracted", "extract-answered"],
];

/** The milliseconds of each stage from one run's marks (null where a mark is missing). */
export function stagesOf(runMarks) {
  // A quick reading not drawn (no article in it): the first drawing comes from the full reading.
  const marks = runMarks["full-extracted"] !== undefined && runMarks["full-analyzed"] === undefined ? { ...runMarks, extracted: runMarks["full-extracted"] } : runMarks;
  const out = {};
  for (const [name, , spans] of STAGES) {
    let ms = 0;
    for (const [from, to] of spans) {
      if (marks[from] === undefined || marks[to] === undefined) {
        ms = null;
        break;
      }
      ms += marks[to] - marks[from];
    }
    out[name] = ms;
  }
  // Readability inside the first reading is on the way (and not the rest of extract's); after it, beside the drawing.
  const onTheWay = marks["readability-end"] !== undefined && marks.extracted !== undefined && marks["readability-end"] <= marks.extracted;
  if (onTheWay && out["extract rest"] !== null) out["extract rest"] -= out.readability;
  out["readability beside"] = !onTheWay && out.readability !== null;
  const ready = marks["full-analyzed"] ?? marks.analyzed;
  out["report ready"] = ready !== undefined && marks.trigger !== undefined ? ready - marks.trigger : null;
  out.redrawn = marks["redraw-sent"] !== undefined && marks.trigger !== undefined && marks["redraw-sent"] > marks.trigger;
  for (const [name, from, to] of TRANSFER_PARTS) out[`transfer: ${name}`] = marks[from] !== undefined && marks[to] !== undefined ? marks[to] - marks[from] : null;
  for (const name of ["full-extracted", "draw-answered", "stored"]) out[`at: ${name}`] = marks[name] !== undefined && marks.trigger !== undefined ? marks[name] - marks.trigger : null;
  out["draw: page report"] = marks["draw-sent"] !== undefined && marks.analyzed !== undefined ? marks["draw-sent"] - marks.analyzed : null;
  out["draw: message"] = marks["draw-sent"] !== undefined && marks["draw-received"] !== undefined ? marks["draw-received"] - marks["draw-sent"] : null;
  out["first highlights: painted"] = marks["first-paint"] !== undefined && marks["draw-received"] !== undefined ? marks["first-paint"] - marks["draw-received"] : null;
  out["first highlights → drawn"] = marks.drawn !== undefined && marks["first-paint"] !== undefined ? marks.drawn - marks["first-paint"] : null;
  return out;
}
