// The Slurm array job of docs/batch.md on a real (one-node) cluster: three WARCs written from
// our fixture pages, one array task each through scripts/slurm/sourcelight-array.sh, every
// page in the outputs exactly once; resubmitting queues only the WARC whose output is gone.
// CI brings the cluster up with .ci/slurm-up.sh and sets REQUIRE_SLURM=1.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeFixtureWarcs, type ArchivedPage } from "./support/fixture-warcs";
import { available, failWhenMissing } from "./support/slurm-env";

const ROOT = join(import.meta.dirname, "..", "..");
const SCRIPT = join(ROOT, "scripts", "slurm", "sourcelight-array.sh");
const BIN = join(ROOT, "dist", "cli", "sourcelight.mjs");

failWhenMissing();

describe.runIf(available())("a Slurm array over three WARCs", { timeout: 600_000 }, () => {
  let tmp: string;
  let files: string[];
  let pages: ArchivedPage[];
  let list: string;
  let out: string;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), "sourcelight-slurm-"));
    ({ files, pages } = writeFixtureWarcs(tmp, 3));
    list = join(tmp, "warcs.txt");
    writeFileSync(list, files.join("\n") + "\n");
    out = join(tmp, "out");
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  const submit = () =>
    spawnSync(SCRIPT, ["submit", list, out, "--cpus-per-task=1", "--mem-per-cpu=500M", "--time=00:15:00", "--wait"], {
      encoding: "utf8",
      timeout: 540_000,
      env: { ...process.env, SOURCELIGHT_BIN: BIN, SOURCELIGHT_NODE: process.execPath },
    });

  /** Every line of every output, with the file it is in. */
  const outputs = () =>
    readdirSync(out)
      .filter((f) => f.endsWith(".jsonl"))
      .flatMap((f) => readFileSync(join(out, f), "utf8").trim().split("\n").map((l) => ({ file: f, line: JSON.parse(l) })));

  const expectEveryPageOnce = () => {
    const seen = outputs();
    expect(seen.map((s) => s.line.warcRecordId).sort()).toEqual(pages.map((p) => p.warcRecordId).sort());
    for (const { file, line } of seen) {
      const page = pages.find((p) => p.warcRecordId === line.warcRecordId)!;
      expect([line.url, line.warcFile, `${file.replace(/\.jsonl$/, "")}.warc.gz`]).toEqual([page.url, page.warcFile, page.warcFile]);
      expect(line.schemaVersion).toBe(1);
    }
  };

  it("runs one task per WARC and puts every page in the outputs exactly once", () => {
    const r = submit();
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain(`3 of 3 WARC files have no complete output in ${out}`);
    expect(readdirSync(out).filter((f) => f.endsWith(".jsonl")).sort()).toEqual(["alpha.jsonl", "beta.jsonl", "gamma.jsonl"]);
    expect(readdirSync(out).some((f) => f.endsWith(".part"))).toBe(false);
    const logs = readdirSync(join(out, "logs")).filter((f) => f.endsWith(".out"));
    expect(logs).toHaveLength(3);
    expectEveryPageOnce();
  });

  it("resubmits only the WARC without a complete output", () => {
    rmSync(join(out, "beta.jsonl"));
    const kept = readFileSync(join(out, "alpha.jsonl"), "utf8");
    const r = submit();
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain("1 of 3 WARC files have no complete output");
    expect(existsSync(join(out, "beta.jsonl"))).toBe(true);
    expect(readFileSync(join(out, "alpha.jsonl"), "utf8")).toBe(kept);
    expectEveryPageOnce();
    const none = submit();
    expect(none.status).toBe(0);
    expect(none.stdout).toContain("0 of 3 WARC files have no complete output");
    expect(none.stdout).not.toContain("Submitted batch job");
  });
});
