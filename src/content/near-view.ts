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
}

/**
 * Which of `els` are near the viewport now (within `NEAR_MARGIN`, as the observer counts), read
 * from their boxes: one read of the layout, which costs nothing more while the page has not
 * changed since its last frame. A drawing reads it before it changes anything, so that what the
 * reader sees is painted first. All of them where the tab is hidden or nothing is observed
 * (nothing is favoured there, as with `nearView`). An element without a box (not displayed) is
 * not near.
 */
export function nearNow(win: Window & typeof globalThis, els: Element[]): Set<Element> {
  if (typeof win.IntersectionObserver !== "function" || win.document.visibilityState !== "visible") return new Set(els);
  const height = win.innerHeight;
  const width = win.innerWidth;
  const near = new Set<Element>();
  for (const el of els) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (box.bottom >= -height && box.top <= 2 * height && box.right >= 0 && box.left <= width) near.add(el);
  }
  return near;
}

/** A NearView over `win`'s viewport, disconnected when `signal` aborts. */
export function nearView(win: Window & typeof globalThis, signal: AbortSignal, margin = NEAR_MARGIN): NearView {
  const Observer = win.IntersectionObserver;
  if (typeof Observer !== "function" || win.document.visibilityState !== "visible") {
    return { when: (_el, job) => job(), settled: () => Promise.resolve() };
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
