/**
 * Where an annotation run spends its time: each part of the extension (background, content
 * script, offscreen document) leaves a User Timing mark (`performance.mark`) when a stage of
 * the run starts or ends, and the benchmark (`test/bench/stages.mjs`) reads them from every
 * context and puts them on one clock (`performance.timeOrigin + startTime`). A mark replaces
 * the previous one of its name, so a context that annotates all day keeps one of each, and it
 * costs a few microseconds: nothing is measured or sent anywhere unless a benchmark asks.
 */

/** The marks of one run, in the order they are left (their context in brackets). */
export const STAGE_MARKS = [
  "trigger", // [background] the run starts (popup button, shortcut, automatic)
  "injected", // [background] the content script is in the page
  "serialize-start", // [content] the request to serialize arrived
  "serialize-end", // [content] the page's HTML is written
  "html-read", // [background] the whole HTML has arrived, or (Chrome) the page has posted it to the offscreen document
  "html-taken", // [offscreen] a page's HTML posted over HTML_PORT is whole and taken to be read
  "extract-sent", // [background] the HTML goes to the offscreen document (or is parsed in place)
  "extract-received", // [offscreen] it arrived
  "parsed", // [offscreen] the HTML is parsed
  "readability-start", // [offscreen] Readability starts (on a clone)
  "readability-end", // [offscreen] and ends
  "extracted", // [offscreen] the snapshot and paths the first drawing comes from are ready (quick or full reading)
  "extract-answered", // [background] they arrived
  "analyzed", // [background] the report of the first drawing is ready (where it is drawn before its summary, without it)
  "draw-sent", // [background] the draw message goes to the page
  "summarized", // [background] after a drawing made before the summary: the summary is picked (its `via` follows as a patch)
  "draw-received", // [content] it arrived and passed its guard
  "first-paint", // [content] the first highlight (or mark) of the drawing is painted
  "drawn", // [content] the drawing is done (every claim placed; those far from the viewport wait)
  "full-extracted", // [offscreen] after a quick reading: the full reading is ready
  "full-answered", // [background] it arrived
  "full-analyzed", // [background] and its report (the one the popup shows)
  "redraw-sent", // [background] the full reading draws other claims than the quick one: drawn again
  "draw-answered", // [background] the page answered the drawing (every claim placed)
  "stored", // [background] the report is stored; the run answers the popup
] as const;

export type StageMark = (typeof STAGE_MARKS)[number];

/** The prefix of every mark name ("sourcelight:trigger"). */
export const MARK_PREFIX = "sourcelight:";

/** Leaves the mark `name` (replacing the last one of that name); silent where User Timing is missing. */
export function markStage(name: StageMark, perf: Pick<Performance, "mark" | "clearMarks"> | undefined = globalThis.performance): void {
  if (typeof perf?.mark !== "function") return;
  try {
    perf.clearMarks(MARK_PREFIX + name);
    perf.mark(MARK_PREFIX + name);
  } catch {
    // A page that replaced `performance` must not break a run.
  }
}
