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
    if (signal.aborted) throw abortError();
    start = now();
  };
}

/**
 * Claims painted per animation frame. Painting restyles the painted text's elements (and,
 * through highlight inheritance, their subtrees) in the next frame; slices of script alone
 * let several slices' painting pile up into one frame (3,000+ elements, 60–90 ms on Wikipedia).
 */
export const PAINTS_PER_FRAME = 20;

export interface FrameQueue {
  /** Queues a job; jobs run in order, at most `perFrame` of them per animation frame. */
  push(job: () => void): void;
  /** Resolves once every queued job has run; rejects with an AbortError once `signal` aborted. */
  drain(): Promise<void>;
}

/** A queue of page changes spread over animation frames, stopped by `signal`. */
export function frameQueue(win: Window & typeof globalThis, signal: AbortSignal, perFrame = PAINTS_PER_FRAME): FrameQueue {
  const jobs: (() => void)[] = [];
  let running: Promise<void> | null = null;
  const run = async () => {
    while (jobs.length && !signal.aborted) {
      await nextFrame(win);
      if (!signal.aborted) for (const job of jobs.splice(0, perFrame)) job();
    }
    running = null;
  };
  return {
    push(job) {
      jobs.push(job);
      running ??= run();
    },
    async drain() {
      while (running) await running;
      if (signal.aborted) throw abortError();
    },
  };
}

/**
 * Resolves at the start of the next animation frame, so that changes made then are rendered in
 * that frame alone. Where the page renders no frames (hidden tab, no requestAnimationFrame) it
 * resolves in a later task; a tab hidden while waiting resolves after 100 ms.
 */
export function nextFrame(win: Window & typeof globalThis): Promise<void> {
  if (typeof win.requestAnimationFrame !== "function" || win.document.visibilityState !== "visible") return yieldToPage(win);
  return new Promise((resolve) => {
    const timer = win.setTimeout(() => {
      win.cancelAnimationFrame(frame);
      resolve();
    }, 100);
    const frame = win.requestAnimationFrame(() => {
      win.clearTimeout(timer);
      resolve();
    });
  });
}

const abortError = () => new DOMException("A newer drawing replaced this one.", "AbortError");

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
