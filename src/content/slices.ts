/**
 * Time slicing for work in the page: long loops call `tick()` between items; once a slice has
 * run `budgetMs`, the page gets the main thread back (input, painting) before the next slice.
 * A slice that resumes after its drawing was replaced or cleared stops with an AbortError.
 */

export type Tick = () => Promise<void>;

/** Slices of about 8 ms leave room for a frame at 60 Hz and stay far below a 50 ms long task. */
export const SLICE_MS = 8;

/** A tick for one run of work, stopped by `signal`. */
export function slicer(win: Window & typeof globalThis, signal: AbortSignal, budgetMs = SLICE_MS): Tick {
  const now = () => win.performance?.now() ?? Date.now();
  let start = now();
  return async () => {
    if (now() - start < budgetMs) return;
    await yieldToPage(win);
    if (signal.aborted) throw new DOMException("A newer drawing replaced this one.", "AbortError");
    start = now();
  };
}

/** Resolves in a later task: `scheduler.yield()` where the browser has it, else a zero timeout. */
export function yieldToPage(win: Window & typeof globalThis): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}

/** True for the error a stopped slice throws. */
export function isAbort(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { name?: unknown }).name === "AbortError";
}
