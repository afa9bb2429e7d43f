// Bench section 7: `analyze --warc` throughput on one core and on every core, and memory per
// worker. One WARC of our fixture pages (repeated, each copy at its own address) is analysed
// by the built CLI: on one core (the process pinned to one CPU with `taskset`, so the archive
// reader, the worker and the garbage collector share it), with 1 job unpinned (the reader and
// the GC then take part of a second core), and with N jobs on all N cores; the three alternate
// run by run so load from other processes hits them alike; a run's rate is pages / the CLI's own time for the file (NAME.stats.json, Node
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

/** `taskset -c CPU` for the first CPU this process may run on, or null when taskset is missing. */
function pinToOneCpu() {
  const probe = spawnSync("taskset", ["-pc", String(process.pid)], { encoding: "utf8" });
  const cpu = /:\s*(\d+)/.exec(probe.stdout ?? "")?.[1];
  return probe.status === 0 && cpu !== undefined ? ["taskset", "-c", cpu] : null;
}

function runOnce(bin, warc, jobs, out, nodeFlags, prefix = []) {
  rmSync(out, { recursive: true, force: true });
  const [command, ...args] = [...prefix, process.execPath, ...nodeFlags, bin, "analyze", "--warc", warc, "--jobs", String(jobs), "--out", out];
  const { stderr, status } = spawnSync(command, args, { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"] });
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
 * The speed-up the target speaks of is N jobs on N cores against the rate on one core.
 */
export async function batchThroughput(root, log, { runs = 3, copies = 12, jobs = availableParallelism() } = {}) {
  const bin = join(root, "dist", "cli", "sourcelight.mjs");
  const dir = mkdtempSync(join(tmpdir(), "sourcelight-bench-batch-"));
  const modes = { "parallel GC": [], "--single-threaded-gc": ["--single-threaded-gc"] };
  const pin = pinToOneCpu();
  try {
    const { file, pages } = fixtureWarc(root, dir, copies);
    const loadBefore = loadavg()[0];
    log(`\n7. Batch (analyze --warc): ${pages} fixture pages in one WARC, on 1 core (${pin ? pin.join(" ") : "taskset not found: not measured"}), 1 job and ${jobs} jobs, ${runs} runs each, alternating; load average ${loadBefore.toFixed(1)} at start`);
    runOnce(bin, file, 1, join(dir, "warm"), []); // warm the file cache and the bundle
    const seen = Object.fromEntries(Object.keys(modes).map((k) => [k, { core: [], one: [], many: [] }]));
    const free = [];
    for (let r = 0; r < runs; r++) {
      free.push(await freeCores(jobs));
      for (const [mode, flags] of Object.entries(modes)) {
        if (pin) seen[mode].core.push(runOnce(bin, file, 1, join(dir, "c1"), flags, pin));
        seen[mode].one.push(runOnce(bin, file, 1, join(dir, "o1"), flags));
        seen[mode].many.push(runOnce(bin, file, jobs, join(dir, "oN"), flags));
      }
    }
    free.push(await freeCores(jobs));
    const loadAfter = loadavg()[0];
    const out = { pages, jobs, runs, target: SPEEDUP_TARGET, loadBefore, loadAfter, freeCores: free };
    log(`  ${jobs} busy threads of this session got ${free.map((x) => x.toFixed(2)).join(", ")} cores (before each round and after); load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}`);
    const line = (label, x) => log(`    ${label} ${x.rate.toFixed(1)} pages/s (runs ${x.all}), CPU ${x.cpu.toFixed(1)} ms a page, ${x.busy.toFixed(2)} cores busy, peak RSS ${x.rss} MiB`);
    for (const mode of Object.keys(modes)) {
      const core = pin ? summarise(seen[mode].core) : null;
      const one = summarise(seen[mode].one);
      const many = summarise(seen[mode].many);
      const speedup = core ? many.rate / core.rate : null;
      log(`  ${mode}:`);
      if (core) line("1 core: ", core);
      line("1 job:  ", one);
      line(`${jobs} jobs: `, many);
      const verdict = speedup === null ? "not measured without taskset" : `×${speedup.toFixed(2)} (target ≥ ${SPEEDUP_TARGET} on ${jobs} cores: ${speedup >= SPEEDUP_TARGET ? "met" : "NOT met"})`;
      const failed = [core, one, many].reduce((n, x) => n + (x?.failed ?? 0), 0);
      log(`    speed-up on ${jobs} cores against 1 core ${verdict}; against 1 unpinned job ×${(many.rate / one.rate).toFixed(2)}; largest heap per worker ${many.heap.toFixed(0)} MiB; one more worker adds ${((many.rss - one.rss) / Math.max(1, jobs - 1)).toFixed(0)} MiB RSS${failed ? `; ${failed} page(s) failed` : ""}`);
      out[mode] = { pagesPerSecondCore: core?.rate ?? null, pagesPerSecond1: one.rate, pagesPerSecondN: many.rate, speedup, speedupOverOneJob: many.rate / one.rate, cpuMsPerPageCore: core?.cpu ?? null, cpuMsPerPage1: one.cpu, cpuMsPerPageN: many.cpu, coresBusy1: one.busy, coresBusyN: many.busy, heapPerWorkerMiB: many.heap, rss1MiB: one.rss, rssNMiB: many.rss };
    }
    log(`  (the speed-up means something only when the free cores above are close to ${jobs})`);
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
