// Timing helpers for the benchmark. Every timed run ends with a turn of the event loop:
// V8 keeps every object reached through a WeakRef alive until the current job ends, and
// jsdom reaches its nodes through WeakRefs, so a benchmark that never yields keeps every
// cloned document (and every closed window) alive until it finishes. That is what made the
// first version run out of memory and slowed later pages down by GC, by up to 16×.
import v8 from "node:v8";
import vm from "node:vm";

v8.setFlagsFromString("--expose-gc");
/** A full garbage collection (exposed at run time, so `node run.mjs` needs no flag). */
export const gc = vm.runInNewContext("gc");

/** Lets the current job end (WeakRef targets and closed jsdom windows can then be collected). */
export const yieldJob = () => new Promise((resolve) => setImmediate(resolve));

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/**
 * Times several functions side by side: one warm-up round (unless `warmUp` is false), then
 * `runs` rounds, each round running every function once in turn (so load from other
 * processes hits all of them alike). Small pages get more rounds, up to 5 × `runs`, until `minMs` have been measured:
 * a few runs of a 5 ms page are mostly noise. With `collect`, every run starts after a full
 * garbage collection, so it pays for collecting its own garbage and never for the previous
 * run's (on a large page one function's garbage otherwise triggers a major collection in the
 * next one's time). Returns the median milliseconds per name and the largest heap seen after
 * a run.
 */
export async function timeSideBySide(fns, runs, minMs = 0, { collect = false, warmUp = true } = {}) {
  const xs = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
  let peak = 0;
  let spent = 0;
  for (let round = warmUp ? -1 : 0; round < runs || (spent < minMs && round < runs * 5); round++) {
    for (const [name, fn] of Object.entries(fns)) {
      if (collect) gc();
      const t = performance.now();
      fn();
      const ms = performance.now() - t;
      peak = Math.max(peak, process.memoryUsage().heapUsed);
      if (round >= 0) xs[name].push(ms);
      if (round >= 0) spent += ms;
      await yieldJob();
    }
  }
  const out = Object.fromEntries(Object.entries(xs).map(([k, v]) => [k, median(v)]));
  return { ...out, peakHeap: peak };
}

/** "within" or "OVER" a budget (a smaller value is better). */
export const verdict = (value, budget) => (value <= budget ? "within" : "OVER");
