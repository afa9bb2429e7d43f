// The worker pool with a stand-in worker script: answers, a page that hangs, a worker that
// dies, a script that cannot start. Every page gets exactly one line, whatever happens.
import { describe, it, expect } from "vitest";
import { WorkerPool } from "../../src/batch/pool";

const SCRIPT = new URL("./support/fake-worker.mjs", import.meta.url);
const task = (url: string) => ({ url, html: "", warcRecordId: `<${url}>`, warcFile: "t.warc" });
const pool = (extra: Partial<ConstructorParameters<typeof WorkerPool>[0]> = {}) =>
  new WorkerPool({ size: 2, script: SCRIPT, minScore: null, timeoutMs: 1000, maxHeapMb: 256, ...extra });

describe("WorkerPool", () => {
  it("answers every page, replacing a worker that hangs or dies with an error line for its page only", async () => {
    const p = pool();
    const urls = ["https://a.example/1", "https://a.example/hang", "https://a.example/2", "https://a.example/crash", "https://a.example/3"];
    const results = await Promise.all(urls.map((u) => p.run(task(u))));
    await p.close();
    expect(results.map((r) => [JSON.parse(r.line), r.failed])).toEqual([
      [{ url: urls[0] }, false],
      [{ url: urls[1], warcRecordId: `<${urls[1]}>`, warcFile: "t.warc", error: "timed out after 1 s" }, true],
      [{ url: urls[2] }, false],
      [{ url: urls[3], warcRecordId: `<${urls[3]}>`, warcFile: "t.warc", error: "the worker exited (code 3)" }, true],
      [{ url: urls[4] }, false],
    ]);
    expect(p.peakHeaps().every((b) => b === 1 << 20)).toBe(true);
  });

  it("gives up, with a line per page saying why, when no worker can start", async () => {
    const bad = pool({ script: new URL(`data:text/javascript,throw new Error("this worker cannot start")`) });
    const results = await Promise.all([1, 2, 3].map((n) => bad.run(task(`https://a.example/${n}`))));
    await bad.close();
    for (const r of results) {
      expect(r.failed).toBe(true);
      expect(JSON.parse(r.line).error).toMatch(/^no worker could start: the worker (failed: this worker cannot start|exited)/);
    }
  });
});
