/**
 * The counts of one WARC's run: pages, failures, skips by reason with a few examples each.
 * Written beside the output (NAME.stats.json) and told on stderr in one line.
 */
import type { SkipReason, WarcSkip } from "./warc-items";

const EXAMPLES_PER_REASON = 3;

export interface RunStats {
  warcFile: string;
  pages: number;
  failed: number;
  skipped: Partial<Record<SkipReason, number>>;
  examples: Partial<Record<SkipReason, { url: string | null; warcRecordId: string | null; detail: string }[]>>;
  seconds: number;
  /** CPU time of the whole process (all threads) while the file was read. */
  cpuSeconds: number;
}

export function newStats(warcFile: string): RunStats {
  return { warcFile, pages: 0, failed: 0, skipped: {}, examples: {}, seconds: 0, cpuSeconds: 0 };
}

/** Counts a skip, keeping its details when the reason has few examples yet. */
export function countSkip(stats: RunStats, s: WarcSkip): void {
  stats.skipped[s.reason] = (stats.skipped[s.reason] ?? 0) + 1;
  const list = (stats.examples[s.reason] ??= []);
  if (list.length < EXAMPLES_PER_REASON) list.push({ url: s.url, warcRecordId: s.warcRecordId, detail: s.detail });
}

/** One line for stderr. */
export function describeStats(stats: RunStats, target: string): string {
  const skips = Object.entries(stats.skipped);
  const total = skips.reduce((n, [, c]) => n + (c ?? 0), 0);
  const why = skips.map(([reason, c]) => `${reason} ${c}`).join(", ");
  return `${stats.warcFile}: ${stats.pages} pages (${stats.failed} failed), ${total} records skipped${why ? ` (${why})` : ""} in ${stats.seconds.toFixed(1)} s → ${target}`;
}
