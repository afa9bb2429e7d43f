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
  // A theme's CSS with an unclosed calc( (jsdom's CSS parser throws `")" is expected` while
  // building the document), in a <style> block and in a style attribute.
  const paragraphs = [
    "The harbour board voted on Tuesday to close the old ferry terminal by the end of next year, ending ninety years of crossings from the east wharf.",
    "Board chair Ilse Marrow said the decision followed two engineering surveys that found the pilings beneath the terminal had corroded faster than expected.",
    "Commuters who use the crossing every day will be moved to the new terminal on the south quay, which opens in March and has twice the waiting space.",
    "A petition to keep the old building as a market hall has gathered more than four thousand signatures, and the board said it would consider the idea.",
  ];
  writeFileSync(
    join(tmp, "bad-css.html"),
    `<html><head><title>Harbour board votes to close the old ferry terminal</title>
<style>.wrap{max-width:calc(100% - 2rem}.card{flex:1 1 calc(33% - 1em}</style></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main class="wrap"><article><h1>Harbour board votes to close the old ferry terminal</h1>
<p class="byline">By Tomas Reyes</p>${paragraphs.map((p, i) => `<p${i === 1 ? ' style="margin:calc(1px + ;)"' : ""}>${p}</p>`).join("\n")}
</article></main><footer>© The Harbour Gazette</footer></body></html>`,
  );
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

  it("reads a page whose CSS jsdom's parser rejects, without its CSS, and says so on stderr", () => {
    const r = run("analyze", join(tmp, "bad-css.html"), "--url", "https://harbour-gazette.example/news/ferry-terminal");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/bad-css\.html: the page's CSS could not be parsed \(.*expected.*\); read without its <style> blocks and style attributes/);
    const report = JSON.parse(r.stdout);
    expect(report.article.found).toBe(true);
    expect(report.article.title).toBe("Harbour board votes to close the old ferry terminal");
    expect(report.article.text).toContain("pilings beneath the terminal had corroded");
  });

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
