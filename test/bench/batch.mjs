// Bench section 6: `analyze --warc` throughput at 1 job and at every core, and memory per
// worker. One WARC of our fixture pages (repeated, each copy at its own address) is analysed
// by the built CLI, 1 job and N jobs alternating run by run so load from other processes hits
// both alike; a run's rate is pages / the CLI's own time for the file (NAME.stats.json, Node
// start-up left out). The CPU time a page costs and the cores the run kept busy say whether
// the machine was free enough for the speed-up to mean anything. Memory: each worker's largest V8 heap, and the process's peak RSS at 1
// and N jobs (the difference over N-1 is what one more worker costs).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir, availableParallelism, loadavg } from "node:os";
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

function runOnce(bin, warc, jobs, out) {
  rmSync(out, { recursive: true, force: true });
  const { stderr, status } = spawnSync(process.execPath, [bin, "analyze", "--warc", warc, "--jobs", String(jobs), "--out", out], { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"] });
  if (status !== 0) throw new Error(`analyze --warc --jobs ${jobs} exited ${status}: ${stderr}`);
  const stats = JSON.parse(readFileSync(join(out, "bench.stats.json"), "utf8"));
  const heaps = (/largest heap per worker ([\d, ]+) MiB/.exec(stderr)?.[1] ?? "").split(",").map(Number).filter((x) => x > 0);
  const rss = Number(/process peak RSS (\d+) MiB/.exec(stderr)?.[1]);
  return { rate: stats.pages / stats.seconds, cpuMsPerPage: (1000 * stats.cpuSeconds) / stats.pages, cpuShare: stats.cpuSeconds / stats.seconds, failed: stats.failed, heaps, rss };
}

/** Runs section 6; returns its figures for bench/results.json. */
export async function batchThroughput(root, log, { runs = 3, copies = 12, jobs = availableParallelism() } = {}) {
  const bin = join(root, "dist", "cli", "sourcelight.mjs");
  const dir = mkdtempSync(join(tmpdir(), "sourcelight-bench-batch-"));
  try {
    const { file, pages } = fixtureWarc(root, dir, copies);
    const loadBefore = loadavg()[0];
    log(`\n6. Batch (analyze --warc): ${pages} fixture pages in one WARC, 1 job against ${jobs} jobs, ${runs} runs each, alternating; load average ${loadBefore.toFixed(1)} at start`);
    const one = [];
    const many = [];
    runOnce(bin, file, 1, join(dir, "warm")); // warm the file cache and the bundle
    for (let r = 0; r < runs; r++) {
      one.push(runOnce(bin, file, 1, join(dir, "o1")));
      many.push(runOnce(bin, file, jobs, join(dir, "oN")));
    }
    const loadAfter = loadavg()[0];
    const rate1 = median(one.map((x) => x.rate));
    const rateN = median(many.map((x) => x.rate));
    const speedup = rateN / rate1;
    const heap = median(many.flatMap((x) => x.heaps));
    const rss1 = median(one.map((x) => x.rss));
    const rssN = median(many.map((x) => x.rss));
    const perWorker = jobs > 1 ? (rssN - rss1) / (jobs - 1) : NaN;
    const failed = [...one, ...many].reduce((n, x) => n + x.failed, 0);
    const cpu1 = median(one.map((x) => x.cpuMsPerPage));
    const cpuN = median(many.map((x) => x.cpuMsPerPage));
    const share1 = median(one.map((x) => x.cpuShare));
    const shareN = median(many.map((x) => x.cpuShare));
    log(`  1 job:  ${rate1.toFixed(1)} pages/s (runs ${one.map((x) => x.rate.toFixed(1)).join(", ")}), CPU ${cpu1.toFixed(1)} ms a page, ${share1.toFixed(2)} cores busy, peak RSS ${rss1} MiB`);
    log(`  ${jobs} jobs: ${rateN.toFixed(1)} pages/s (runs ${many.map((x) => x.rate.toFixed(1)).join(", ")}), CPU ${cpuN.toFixed(1)} ms a page, ${shareN.toFixed(2)} cores busy, peak RSS ${rssN} MiB`);
    log(`  speed-up ×${speedup.toFixed(2)} (target ≥ ${SPEEDUP_TARGET} on ${jobs} cores: ${speedup >= SPEEDUP_TARGET ? "met" : "NOT met"}); largest heap per worker ${heap.toFixed(0)} MiB (median); one more worker adds ${perWorker.toFixed(0)} MiB RSS`);
    log(`  threads cost ${(100 * (cpuN / cpu1 - 1)).toFixed(0)}% more CPU a page; load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)} (when other processes hold the cores, "cores busy" stays below ${jobs} and the speed-up says little)${failed ? `; ${failed} page(s) failed` : ""}`);
    return { pages, jobs, runs, pagesPerSecond1: rate1, pagesPerSecondN: rateN, speedup, cpuMsPerPage1: cpu1, cpuMsPerPageN: cpuN, coresBusy1: share1, coresBusyN: shareN, target: SPEEDUP_TARGET, heapPerWorkerMiB: heap, rss1MiB: rss1, rssNMiB: rssN, rssPerWorkerMiB: perWorker, loadBefore, loadAfter, failed };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
