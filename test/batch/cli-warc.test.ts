// `sourcelight analyze --warc` and `summarize` as a user runs them: the built bin on WARCs
// written here from our fixture pages. Each test starts Node (and worker threads with jsdom):
// allow for a loaded 2-core CI machine.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { loadFixtures } from "../support/pipeline";
import { recordId, warcBytes, warcinfo, warcRecord, writeWarc } from "./support/warc.mjs";
import { parseArgs, UsageError } from "../../src/cli/args";

const BIN = join(import.meta.dirname, "..", "..", "dist", "cli", "sourcelight.mjs");
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 180_000, maxBuffer: 1 << 28 });
const lines = (stdout: string) => stdout.trim().split("\n").filter(Boolean).map((l) => JSON.parse(l));
const fixtures = loadFixtures();
const pageRecord = (i: number) => warcRecord({ uri: fixtures[i]!.expected.url, id: recordId(i + 1), body: fixtures[i]!.html });

let tmp: string;
beforeAll(() => void (tmp = mkdtempSync(join(tmpdir(), "sourcelight-cli-warc-"))));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("arguments of the batch commands", () => {
  it("reads --warc files, --jobs, --out, --page-timeout, and summarize's --csv and --top", () => {
    expect(parseArgs(["analyze", "--warc", "a.warc.gz", "b.warc", "--jobs", "3", "--out=out", "--page-timeout", "30"])).toEqual({
      kind: "warc", files: ["a.warc.gz", "b.warc"], jobs: 3, out: "out", minScore: null, pageTimeoutMs: 30_000,
    });
    expect(parseArgs(["analyze", "--warc=a.warc"])).toMatchObject({ files: ["a.warc"] });
    expect(parseArgs(["summarize", "o/a.jsonl", "--csv", "--top", "3"])).toEqual({ kind: "summarize", files: ["o/a.jsonl"], csv: true, top: 3 });
  });
  it.each([
    [["analyze", "--warc"], /at least one WARC/],
    [["analyze", "--warc", "a.warc", "--jobs", "0"], /--jobs must be a whole number from 1/],
    [["analyze", "--warc", "a.warc", "--jobs", "1.5"], /--jobs must be a whole number/],
    [["analyze", "--warc", "a.warc", "--format", "markdown"], /JSON lines only/],
    [["analyze", "--warc", "a.warc", "--check-sources"], /does not apply to --warc/],
    [["analyze", "--warc", "a.warc", "--url", "https://x.example/"], /does not apply to --warc/],
    [["summarize"], /at least one JSONL/],
    [["summarize", "a.jsonl", "--top", "0"], /--top/],
  ])("rejects %j", (argv, message) => {
    expect(() => parseArgs(argv as string[])).toThrowError(UsageError);
    expect(() => parseArgs(argv as string[])).toThrowError(message as RegExp);
  });
});

describe("analyze --warc, the built CLI", { timeout: 240_000 }, () => {
  it("prints one line a page in file order, the same with two workers as with one, and the same report as analyze PAGE", () => {
    const records = [warcinfo()];
    fixtures.forEach((f, i) => records.push(warcRecord({ type: "request", uri: f.expected.url, id: recordId(500 + i), body: "GET / HTTP/1.1\r\n\r\n" }), pageRecord(i)));
    const warc = writeWarc(join(tmp, "fixtures.warc.gz"), records);
    const one = run("analyze", "--warc", warc, "--jobs", "1");
    const two = run("analyze", "--warc", warc, "--jobs", "2");
    expect(one.status, one.stderr).toBe(0);
    expect(two.status, two.stderr).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const out = lines(one.stdout);
    expect(out.map((l) => [l.url, l.warcRecordId, l.warcFile, l.schemaVersion])).toEqual(fixtures.map((f, i) => [f.expected.url, recordId(i + 1), "fixtures.warc.gz", 1]));
    expect(one.stderr).toContain(`fixtures.warc.gz: ${fixtures.length} pages (0 failed), ${fixtures.length + 1} records skipped (not-response ${fixtures.length + 1})`);
    expect(two.stderr).toMatch(/2 workers, largest heap per worker \d+, \d+ MiB/);
    // The batch path analyses a page exactly as the page command does.
    const seed = fixtures.findIndex((f) => f.slug === "seed-article");
    const single = run("analyze", join(fixtures[seed]!.dir, "page.html"), "--url", fixtures[seed]!.expected.url);
    const { warcRecordId: _id, warcFile: _file, ...report } = out[seed];
    expect(report).toEqual(JSON.parse(single.stdout));
  });

  it("gives a page that fails an error line and goes on", () => {
    const warc = writeWarc(join(tmp, "slow.warc"), [pageRecord(0), pageRecord(1), warcRecord({ uri: "https://x.example/a.png", id: recordId(77), headers: { "Content-Type": "image/png" }, body: "png" })]);
    const r = run("analyze", "--warc", warc, "--jobs", "1", "--page-timeout", "0.001");
    expect(r.status).toBe(1);
    expect(lines(r.stdout)).toEqual([0, 1].map((i) => ({ url: fixtures[i]!.expected.url, warcRecordId: recordId(i + 1), warcFile: "slow.warc", error: "timed out after 0.001 s" })));
    expect(r.stderr).toContain("slow.warc: 2 pages (2 failed), 1 records skipped (not-html 1)");
  });

  it("ends on a file cut inside a record that is not read (warcio alone would loop forever)", () => {
    const whole = warcBytes([pageRecord(0), warcRecord({ type: "metadata", uri: fixtures[0]!.expected.url, id: recordId(60), body: "fetchTimeMs: 1\r\n".repeat(400) })]);
    const warc = join(tmp, "cut.warc");
    writeWarc(warc, [whole.subarray(0, whole.length - 2000)]);
    const r = spawnSync(process.execPath, [BIN, "analyze", "--warc", warc, "--jobs", "1"], { encoding: "utf8", timeout: 60_000 });
    expect(r.signal, "the reader hung").toBeNull();
    expect(r.status, r.stderr).toBe(0);
    expect(lines(r.stdout)).toHaveLength(1);
    expect(r.stderr).toContain("1 records skipped (truncated 1)");
  });

  it("streams: 300 MB of archived images never sit in memory, and a 30 MB page is a counted skip", () => {
    const image = Buffer.alloc(1 << 20);
    const huge = `<html><body>${"<p>Harbour wall repairs continue.</p>".repeat(850_000)}</body></html>`; // ~30 MB
    const members = [gzipSync(warcinfo())];
    for (let i = 0; i < 300; i++) members.push(gzipSync(warcRecord({ uri: `https://x.example/${i}.png`, id: recordId(1000 + i), headers: { "Content-Type": "image/png" }, body: image })));
    members.push(gzipSync(warcRecord({ uri: "https://x.example/huge", id: recordId(2000), body: huge })), gzipSync(pageRecord(0)));
    const warc = writeWarc(join(tmp, "big.warc"), [Buffer.concat(members)]); // members already gzipped
    expect(statSync(warc).size).toBeLessThan(5e6);
    const r = run("analyze", "--warc", warc, "--jobs", "1");
    expect(r.status, r.stderr).toBe(0);
    expect(lines(r.stdout).map((l) => l.url)).toEqual([fixtures[0]!.expected.url]);
    expect(r.stderr).toContain("big.warc: 1 pages (0 failed), 302 records skipped (not-response 1, not-html 300, too-large 1)");
    const rss = Number(/process peak RSS (\d+) MiB/.exec(r.stderr)?.[1]);
    expect(rss).toBeGreaterThan(0);
    expect(rss, "peak RSS in MiB").toBeLessThan(450); // holding the 330 MB decoded would pass 550
  });

  it("with --out, redoes after a kill only the files without a complete output", async () => {
    const out = join(tmp, "out");
    const first = writeWarc(join(tmp, "first.warc.gz"), [warcinfo(), pageRecord(0)]);
    const second = writeWarc(join(tmp, "second.warc.gz"), [warcinfo(), ...fixtures.flatMap((f, i) => [warcRecord({ uri: f.expected.url, id: recordId(100 + i), body: f.html }), warcRecord({ uri: `${fixtures[i]!.expected.url}#again`, id: recordId(300 + i), body: fixtures[i]!.html })])]);
    const third = writeWarc(join(tmp, "third.warc.gz"), [warcinfo(), pageRecord(1), pageRecord(2)]);
    const args = [BIN, "analyze", "--warc", first, second, third, "--out", out, "--jobs", "1"];
    // Killed (as a node lost mid-run) once the first file is complete.
    const child = spawn(process.execPath, args, { stdio: "ignore" });
    const exited = new Promise((r) => child.on("exit", r));
    const firstOut = join(out, "first.jsonl");
    while (!existsSync(firstOut) && child.exitCode === null) await new Promise((r) => setTimeout(r, 25));
    child.kill("SIGKILL");
    await exited;
    expect(existsSync(firstOut)).toBe(true);
    expect(existsSync(join(out, "second.jsonl"))).toBe(false);
    expect(existsSync(join(out, "third.jsonl"))).toBe(false);
    const before = statSync(firstOut).mtimeMs;

    const again = run(...args.slice(1));
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toContain(`${first}: already complete in ${out}, not redone`);
    expect(again.stderr).not.toMatch(/first\.warc\.gz: \d+ pages/);
    expect(statSync(firstOut).mtimeMs).toBe(before);
    expect(readdirSync(out).sort()).toEqual(["first.jsonl", "first.stats.json", "second.jsonl", "second.stats.json", "third.jsonl", "third.stats.json"]);
    const all = ["first", "second", "third"].flatMap((n) => lines(readFileSync(join(out, `${n}.jsonl`), "utf8")));
    const ids = all.map((l) => l.warcRecordId);
    expect(ids).toHaveLength(1 + 2 * fixtures.length + 2);
    expect(new Set(ids).size).toBe(ids.length);
    expect(JSON.parse(readFileSync(join(out, "third.stats.json"), "utf8"))).toMatchObject({ warcFile: "third.warc.gz", pages: 2, failed: 0, skipped: { "not-response": 1 } });

    // The researcher's answer over the outputs.
    const md = run("summarize", ...["first", "second", "third"].map((n) => join(out, `${n}.jsonl`)));
    expect(md.status, md.stderr).toBe(0);
    expect(md.stdout).toMatch(new RegExp(`^\\| \\*\\*all sites\\*\\* \\| ${all.length} \\| 0 \\| `, "m"));
    const csv = run("summarize", join(out, "third.jsonl"), "--csv");
    expect(csv.stdout.split("\n")[0]).toMatch(/^site,pages,failed,articles,/);
    expect(csv.stdout.trim().split("\n").at(-1)).toMatch(/^all sites,2,0,/);
  });

  it("says which archive could not be read, leaves no part file for it, and does the others", () => {
    const out = join(tmp, "out-missing");
    const warc = writeWarc(join(tmp, "present.warc"), [pageRecord(0)]);
    const r = run("analyze", "--warc", join(tmp, "absent.warc.gz"), warc, "--out", out, "--jobs", "1");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/absent\.warc\.gz: could not be read: ENOENT/);
    expect(readdirSync(out).sort()).toEqual(["present.jsonl", "present.stats.json"]);
  });

  it("refuses two archives that would write the same output", () => {
    const r = run("analyze", "--warc", join(tmp, "a", "x.warc.gz"), join(tmp, "b", "x.warc"), "--out", join(tmp, "o"));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("would write the same output");
  });
});
