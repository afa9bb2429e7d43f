// Bench section 7: `analyze --warc` throughput at 1 job and at every core, and memory per
// worker. One WARC of our fixture pages (repeated, each copy at its own address) is analysed
// by the built CLI, 1 job and N jobs alternating run by run so load from other processes hits
// both alike; a run's rate is pages / the CLI's own time for the file (NAME.stats.json, Node
// start-up left out). The CPU time a page costs and the cores the run kept busy say whether
// the machine was free enough for the speed-up to mean anything. Memory: each worker's largest V8 heap, and the process's peak RSS at 1
// and N jobs (the difference over N-1 is what one more worker costs).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir, availableParallelism, loadavg } from "node:os";
import { Worker } from "node:worker_threads";
import { join } from "node:path";
import { median } from "./measure.mjs";
import { recordId, warcRecord, warcinfo, writeWarc } from "../batch/support/warc.mjs";

const SPEEDUP_TARGET = 1.7;

function fixtureWarc(root, dir, copies) {
  const fixtures = join(root, "test", "fixtures");
  const records = [warcinfo()];
  let n = 0;
  for (let copy = 0; copy < copies; copy++) {
    for (const slug of readdirSync(fixtures).sort()) {
      const html = readFileSync(join(fixtures, slug, "page.html"));
      records.push(warcRecord({ uri: `https://bench-${copy}.example/${slug}/`, id: recordId(++n), body: html }));
    }
  }
  return { file: writeWarc(join(dir, "bench.warc.gz"), records), pages: n };
}

function runOnce(bin, warc, jobs, out, nodeFlags) {
  rmSync(out, { recursive: true, force: true });
  const { stderr, status } = spawnSync(process.execPath, [...nodeFlags, bin, "analyze", "--warc", warc, "--jobs", String(jobs), "--out", out], { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"] });
  if (status !== 0) throw new Error(`analyze --warc --jobs ${jobs} exited ${status}: ${stderr}`);
  const stats = JSON.parse(readFileSync(join(out, "bench.stats.json"), "utf8"));
  const heaps = (/largest heap per worker ([\d, ]+) MiB/.exec(stderr)?.[1] ?? "").split(",").map(Number).filter((x) => x > 0);
  const rss = Number(/process peak RSS (\d+) MiB/.exec(stderr)?.[1]);
  return { rate: stats.pages / stats.seconds, cpuMsPerPage: (1000 * stats.cpuSeconds) / stats.pages, cpuShare: stats.cpuSeconds / stats.seconds, failed: stats.failed, heaps, rss };
}

/** How many cores `threads` busy threads of this session get for `ms` right now (other sessions' load shows here). */
async function freeCores(threads, ms = 1000) {
  const started = performance.now();
  const before = process.cpuUsage();
  const spin = `const end = Date.now() + ${ms}; let x = 0; while (Date.now() < end) x++;`;
  await Promise.all(Array.from({ length: threads }, () => new Promise((done) => new Worker(spin, { eval: true }).on("exit", done))));
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / (performance.now() - started);
}

/** Median figures of one configuration's runs. */
function summarise(runs) {
  const m = (f) => median(runs.map(f));
  return { rate: m((x) => x.rate), cpu: m((x) => x.cpuMsPerPage), busy: m((x) => x.cpuShare), rss: m((x) => x.rss), heap: median(runs.flatMap((x) => x.heaps)), failed: runs.reduce((n, x) => n + x.failed, 0), all: runs.map((x) => x.rate.toFixed(1)).join(", ") };
}

/**
 * Runs section 7; returns its figures for bench/results.json. Measured with Node's default
 * (parallel) garbage collector and with --single-threaded-gc, which the Slurm script uses:
 * with one worker per core, V8's GC helper threads only compete with the other workers.
 */
export async function batchThroughput(root, log, { runs = 3, copies = 12, jobs = availableParallelism() } = {}) {
  const bin = join(root, "dist", "cli", "sourcelight.mjs");
  const dir = mkdtempSync(join(tmpdir(), "sourcelight-bench-batch-"));
  const modes = { "parallel GC": [], "--single-threaded-gc": ["--single-threaded-gc"] };
  try {
    const { file, pages } = fixtureWarc(root, dir, copies);
    const loadBefore = loadavg()[0];
    log(`\n6. Batch (analyze --warc): ${pages} fixture pages in one WARC, 1 job against ${jobs} jobs, ${runs} runs each, alternating; load average ${loadBefore.toFixed(1)} at start`);
    runOnce(bin, file, 1, join(dir, "warm"), []); // warm the file cache and the bundle
    const seen = Object.fromEntries(Object.keys(modes).map((k) => [k, { one: [], many: [] }]));
    const free = [];
    for (let r = 0; r < runs; r++) {
      free.push(await freeCores(jobs));
      for (const [mode, flags] of Object.entries(modes)) {
        seen[mode].one.push(runOnce(bin, file, 1, join(dir, "o1"), flags));
        seen[mode].many.push(runOnce(bin, file, jobs, join(dir, "oN"), flags));
      }
    }
    free.push(await freeCores(jobs));
    const loadAfter = loadavg()[0];
    const out = { pages, jobs, runs, target: SPEEDUP_TARGET, loadBefore, loadAfter, freeCores: free };
    log(`  ${jobs} busy threads of this session got ${free.map((x) => x.toFixed(2)).join(", ")} cores (before each round and after); load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}`);
    for (const mode of Object.keys(modes)) {
      const one = summarise(seen[mode].one);
      const many = summarise(seen[mode].many);
      const speedup = many.rate / one.rate;
      log(`  ${mode}:`);
      log(`    1 job:  ${one.rate.toFixed(1)} pages/s (runs ${one.all}), CPU ${one.cpu.toFixed(1)} ms a page, ${one.busy.toFixed(2)} cores busy, peak RSS ${one.rss} MiB`);
      log(`    ${jobs} jobs: ${many.rate.toFixed(1)} pages/s (runs ${many.all}), CPU ${many.cpu.toFixed(1)} ms a page, ${many.busy.toFixed(2)} cores busy, peak RSS ${many.rss} MiB`);
      log(`    speed-up ×${speedup.toFixed(2)} (target ≥ ${SPEEDUP_TARGET} on ${jobs} cores: ${speedup >= SPEEDUP_TARGET ? "met" : "NOT met"}); largest heap per worker ${many.heap.toFixed(0)} MiB; one more worker adds ${((many.rss - one.rss) / Math.max(1, jobs - 1)).toFixed(0)} MiB RSS${one.failed + many.failed ? `; ${one.failed + many.failed} page(s) failed` : ""}`);
      out[mode] = { pagesPerSecond1: one.rate, pagesPerSecondN: many.rate, speedup, cpuMsPerPage1: one.cpu, cpuMsPerPageN: many.cpu, coresBusy1: one.busy, coresBusyN: many.busy, heapPerWorkerMiB: many.heap, rss1MiB: one.rss, rssNMiB: many.rss };
    }
    log(`  (the speed-up means something only when the free cores above are close to ${jobs})`);
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
