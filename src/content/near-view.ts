/**
 * Runs jobs only once their element comes near the viewport (within a viewport's height above
 * or below it), through one IntersectionObserver. Chromium rebuilds every registered highlight
 * and repaints its text whenever a highlight, the DOM or any style changes, so each frame that
 * paints costs in proportion to all highlights so far: highlighting only what the reader can
 * reach keeps those frames short on a page with hundreds of claims, and the rest is painted as
 * the reader scrolls. Without IntersectionObserver, or in a hidden tab, jobs run at once.
 */

/** How far beyond the viewport an element counts as near. */
export const NEAR_MARGIN = "100% 0px";

export interface NearView {
  /** Runs `job` once `el` is near the viewport (at once where nothing can be observed). */
  when(el: Element, job: () => void): void;
  /**
   * Resolves once every element passed to `when` so far has been looked at once (jobs of the
   * near ones have run), or after `timeoutMs`: then the jobs of elements not looked at yet run
   * at once (a page that renders no frames, e.g. a tab in the background, has no viewport to
   * favour and no frame to slow down).
   */
  settled(timeoutMs?: number): Promise<void>;
  /**
   * Which of `els` are near the viewport now: all of them observed at once, answered at their
   * first report (the next frame), or after `timeoutMs` (those not reported count as far).
   * A drawing looks before it places anything, so that what the reader sees is painted first.
   */
  look(els: Element[], timeoutMs?: number): Promise<Set<Element>>;
}

/** A NearView over `win`'s viewport, disconnected when `signal` aborts. */
export function nearView(win: Window & typeof globalThis, signal: AbortSignal, margin = NEAR_MARGIN): NearView {
  const Observer = win.IntersectionObserver;
  if (typeof Observer !== "function" || win.document.visibilityState !== "visible") {
    return { when: (_el, job) => job(), settled: () => Promise.resolve(), look: (els) => Promise.resolve(new Set(els)) };
  }
  const waiting = new Map<Element, (() => void)[]>();
  const unseen = new Set<Element>();
  let onSeen: (() => void) | null = null;
  const run = (target: Element) => {
    const jobs = waiting.get(target) ?? [];
    waiting.delete(target);
    unseen.delete(target);
    observer.unobserve(target);
    for (const job of jobs) job();
  };
  const observer = new Observer(
    (entries) => {
      for (const { target, isIntersecting } of entries) {
        if (isIntersecting) run(target);
        else unseen.delete(target);
      }
      if (unseen.size === 0) onSeen?.();
    },
    { rootMargin: margin },
  );
  signal.addEventListener("abort", () => observer.disconnect(), { once: true });
  return {
    when(el, job) {
      if (signal.aborted) return;
      const jobs = waiting.get(el);
      if (jobs) return void jobs.push(job);
      waiting.set(el, [job]);
      unseen.add(el);
      observer.observe(el);
    },
    look(els, timeoutMs = 100) {
      const pending = new Set(els);
      const near = new Set<Element>();
      if (pending.size === 0 || signal.aborted) return Promise.resolve(near);
      return new Promise((resolve) => {
        const done = () => {
          win.clearTimeout(timer);
          looking.disconnect();
          signal.removeEventListener("abort", done);
          resolve(near);
        };
        const looking = new Observer(
          (entries) => {
            for (const { target, isIntersecting } of entries) {
              if (!pending.delete(target)) continue;
              if (isIntersecting) near.add(target);
            }
            if (pending.size === 0) done();
          },
          { rootMargin: margin },
        );
        const timer = win.setTimeout(done, timeoutMs);
        signal.addEventListener("abort", done);
        for (const el of pending) looking.observe(el);
      });
    },
    settled(timeoutMs = 500) {
      if (unseen.size === 0) return Promise.resolve();
      return new Promise((resolve) => {
        const timer = win.setTimeout(() => {
          if (!signal.aborted) [...unseen].forEach(run);
          done();
        }, timeoutMs);
        function done() {
          win.clearTimeout(timer);
          onSeen = null;
          resolve();
        }
        onSeen = done;
      });
    },
  };
}
