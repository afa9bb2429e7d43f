/**
 * `sourcelight analyze --warc FILE...`: each WARC read in order, its pages analysed on a pool
 * of worker threads, one JSON line a page in the file's order. With `--out DIR`, files whose
 * `NAME.jsonl` exists are done and skipped, so running the same command again after a crash
 * redoes only what was unfinished.
 */
import { mkdir } from "node:fs/promises";
import { basename } from "node:path";
import { MAX_PAGE_BYTES } from "../cli/load";
import { readWarcFile } from "./warc-file";
import { inOrder } from "./in-order";
import { WorkerPool } from "./pool";
import { isComplete, outputName, partFileSink, streamSink, type LineSink } from "./output-file";
import { countSkip, describeStats, newStats } from "./run-stats";
import type { PageResult } from "./page-task";
import type { WarcItem, WarcSkip } from "./warc-items";

export interface WarcRequest {
  files: string[];
  jobs: number;
  out: string | null;
  minScore: number | null;
  pageTimeoutMs: number;
}

export interface WarcIo {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  /** The worker threads' script (the CLI bundle). */
  workerScript: URL;
  /** Payload limit (tests lower it). */
  maxBytes?: number;
}

/** Pages in flight per worker: enough to keep every worker busy while the oldest finishes. */
const WINDOW_PER_JOB = 4;
const WORKER_HEAP_MB = 2048;

/** Runs the request; returns the exit code (1 when a page failed or a file could not be read). */
export async function runWarc(req: WarcRequest, io: WarcIo): Promise<number> {
  const say = (line: string) => io.err.write(`sourcelight: ${line}\n`);
  let todo = req.files;
  if (req.out !== null) {
    await mkdir(req.out, { recursive: true });
    const done = await Promise.all(todo.map((f) => isComplete(req.out!, f)));
    for (const [i, f] of todo.entries()) if (done[i]) say(`${f}: already complete in ${req.out}, not redone`);
    todo = todo.filter((_, i) => !done[i]);
  }
  if (!todo.length) return 0;
  const pool = new WorkerPool({ size: req.jobs, script: io.workerScript, minScore: req.minScore, timeoutMs: req.pageTimeoutMs, maxHeapMb: WORKER_HEAP_MB });
  let code = 0;
  try {
    for (const file of todo) {
      const sink = req.out === null ? streamSink(io.out) : await partFileSink(req.out, file);
      code = Math.max(code, await runFile(file, sink, pool, req, io, say));
    }
  } finally {
    await pool.close();
  }
  const heaps = pool.peakHeaps().map((b) => (b / 2 ** 20).toFixed(0));
  const rss = (process.resourceUsage().maxRSS / 1024).toFixed(0);
  say(`${req.jobs} worker${req.jobs === 1 ? "" : "s"}, largest heap per worker ${heaps.join(", ")} MiB, process peak RSS ${rss} MiB`);
  return code;
}

async function runFile(file: string, sink: LineSink, pool: WorkerPool, req: WarcRequest, io: WarcIo, say: (s: string) => void): Promise<number> {
  const started = performance.now();
  const cpu = process.cpuUsage(); // every thread of the process: the reader and the workers
  const warcFile = basename(file);
  const stats = newStats(warcFile);
  const work = (item: WarcItem): Promise<PageResult | WarcSkip> =>
    item.kind === "page" ? pool.run({ url: item.url, html: item.html, warcRecordId: item.warcRecordId, warcFile }) : Promise.resolve(item);
  try {
    const items = readWarcFile(file, { maxBytes: io.maxBytes ?? MAX_PAGE_BYTES });
    for await (const r of inOrder(items, work, req.jobs * WINDOW_PER_JOB)) {
      if ("kind" in r) {
        countSkip(stats, r);
        continue;
      }
      stats.pages++;
      if (r.failed) stats.failed++;
      await sink.write(r.line + "\n");
    }
  } catch (e) {
    await sink.abandon();
    say(`${file}: could not be read: ${(e as Error).message}`);
    return 1;
  }
  stats.seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  stats.cpuSeconds = (used.user + used.system) / 1e6;
  await sink.commit({ ...stats, jobs: req.jobs });
  say(describeStats(stats, sink.target));
  return stats.failed ? 1 : 0;
}

/** Two inputs with the same NAME would write the same output file. */
export function clashingNames(files: string[]): string[] {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  for (const f of files) {
    const name = outputName(f);
    if (seen.has(name) && seen.get(name) !== f) clashes.push(`${seen.get(name)} and ${f}`);
    seen.set(name, f);
  }
  return clashes;
}
