/**
 * How many cases the property tests run, and the tally they print. The defaults keep the
 * trust suite well under a minute on a 2-core machine; `FUZZ_SCALE=10` runs ten times as
 * many (for a long hunt), `FUZZ_SEED=n` replays a run.
 */
import fc from "fast-check";

const scale = Math.max(0.01, Number(process.env.FUZZ_SCALE ?? "1") || 1);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

/** fast-check parameters for a property meant to run `n` cases at scale 1. */
export function runs(n: number): fc.Parameters<unknown> {
  return { numRuns: Math.max(1, Math.round(n * scale)), ...(seed === undefined ? {} : { seed }) };
}

/** A generous per-test timeout: timings are never asserted, a loaded CI machine must not fail the run. */
export const FUZZ_TIMEOUT = 300_000;

/** "fuzz: extract ran 1,100 cases (600 HTML strings, 500 DOM trees)". */
export function tally(what: string, counts: Record<string, number>): string {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const parts = Object.entries(counts).map(([k, v]) => `${v.toLocaleString("en")} ${k}`);
  return `fuzz: ${what} ran ${total.toLocaleString("en")} cases (${parts.join(", ")})`;
}
