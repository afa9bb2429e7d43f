// The CLI as a user runs it: the built bin, real files, exit codes, every format.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs, UsageError } from "../src/cli/args";
import { FIXTURES } from "./support/pipeline";

const BIN = join(import.meta.dirname, "..", "dist", "cli", "sourcelight.mjs");
const SEED = join(FIXTURES, "seed-article", "page.html");
const SEED_URL = "https://peninsula-wire.example/diplomacy/north-korea-troops-russia";
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 60_000 });

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "sourcelight-cli-"));
  writeFileSync(join(tmp, "home.html"), "<html><body><nav><a href='/a'>A</a><a href='/b'>B</a></nav></body></html>");
  writeFileSync(join(tmp, "broken.html"), "<html><body><p>Unclosed <b>tags <i>everywhere<div><table><tr><td>cell</p>");
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("argument parsing", () => {
  it("reads pages, --url, --format and --min-score in either spelling", () => {
    expect(parseArgs(["analyze", "a.html", "--url=https://x.example/a", "--format", "text", "--min-score", "0.7"])).toEqual({
      kind: "analyze",
      pages: ["a.html"],
      url: "https://x.example/a",
      format: "text",
      minScore: 0.7,
      checkSources: false,
      timeoutMs: null,
    });
  });
  it.each([
    [["frobnicate"], /unknown command/],
    [["analyze"], /at least one PAGE/],
    [["analyze", "a.html", "--format", "yaml"], /--format must be one of/],
    [["analyze", "a.html", "--url", "javascript:alert(1)"], /absolute http/],
    [["analyze", "a.html", "b.html", "--url", "https://x.example/"], /single PAGE/],
    [["analyze", "a.html", "--min-score", "2"], /from 0 to 1/],
    [["analyze", "a.html", "--colour"], /unknown option/],
  ])("rejects %j", (argv, message) => {
    expect(() => parseArgs(argv as string[])).toThrowError(UsageError);
    expect(() => parseArgs(argv as string[])).toThrowError(message as RegExp);
  });
});

// Each test starts Node (and jsdom) once or more: allow for a loaded 2-core CI machine.
describe("the built CLI", { timeout: 90_000 }, () => {
  it("is built", () => expect(existsSync(BIN)).toBe(true));

  it("prints the seed report as JSON in format version 1", () => {
    const r = run("analyze", SEED, "--url", SEED_URL);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.schemaVersion).toBe(1);
    expect(report.url).toBe(SEED_URL);
    expect(report.references.filter((x: { kind: string }) => x.kind !== "source-line")).toHaveLength(3);
  });

  it("prints readable text and Markdown", () => {
    const text = run("analyze", SEED, "--url", SEED_URL, "--format", "text");
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toContain("Summary points:");
    expect(text.stdout).toMatch(/url-date-mismatch/);
    const md = run("analyze", SEED, "--url", SEED_URL, "--format", "markdown");
    expect(md.stdout).toMatch(/^# North Expresses Concern/);
    expect(md.stdout).toContain("## Sources");
  });

  it("analyses many pages, one JSON line each, and says which page failed", () => {
    const r = run("analyze", SEED, join(tmp, "missing.html"), join(tmp, "home.html"), join(tmp, "broken.html"), "--format", "jsonl");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("missing.html: no such file");
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].article.found).toBe(true);
    expect(lines[1].article.found).toBe(false);
    expect(lines[1].article.reason).toBeTruthy();
  });

  it("gives a JSON array for several pages with --format json", () => {
    const r = run("analyze", SEED, join(tmp, "home.html"));
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(2);
  });

  it("exits 2 with usage on bad usage, and 1 on unreadable schemes", () => {
    const bad = run("analyze", "--format", "yaml", SEED);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("Usage: sourcelight analyze");
    const ftp = run("analyze", "ftp://example.com/page.html");
    expect(ftp.status).toBe(1);
    expect(ftp.stderr).toContain("only files and http(s) URLs");
  });
});
