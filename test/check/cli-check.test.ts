// `sourcelight analyze PAGE --check-sources` as a user runs it (the built bin) against the
// loopback server: what the flag adds, and that without it only PAGE itself is fetched.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs, UsageError } from "../../src/cli/args";
import { validateReport } from "../../src/report-schema";
import { formatMarkdown } from "../../src/format/markdown";
import type { Report } from "../../src/report";
import { serveSources, type SourceServer } from "./support/server";

const BIN = join(import.meta.dirname, "..", "..", "dist", "cli", "sourcelight.mjs");

/** Runs the bin without blocking this process, which serves the pages it fetches. */
function run(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

describe("--check-sources arguments", () => {
  it("reads the flag and a timeout in seconds", () => {
    expect(parseArgs(["analyze", "a.html", "--check-sources", "--timeout", "2.5"])).toMatchObject({ checkSources: true, timeoutMs: 2500 });
    expect(parseArgs(["analyze", "a.html"])).toMatchObject({ checkSources: false, timeoutMs: null });
  });
  it.each([
    [["analyze", "a.html", "--timeout", "3"], /applies to --check-sources/],
    [["analyze", "a.html", "--check-sources", "--timeout", "0"], /from 0 to 120/],
    [["analyze", "a.html", "--check-sources=yes"], /unknown option/],
  ])("rejects %j", (argv, message) => {
    expect(() => parseArgs(argv as string[])).toThrowError(UsageError);
    expect(() => parseArgs(argv as string[])).toThrowError(message as RegExp);
  });
});

// Each run parses eleven pages (one of 2 MB) under jsdom: allow for a loaded 2-core machine.
describe("the built CLI with --check-sources", { timeout: 150_000 }, () => {
  let server: SourceServer;
  beforeAll(async () => {
    server = await serveSources({ slowMs: 60_000 });
  });
  afterAll(() => server?.close());

  it("is built", () => expect(existsSync(BIN)).toBe(true));

  it("fetches only PAGE without the flag", async () => {
    const r = await run("analyze", server.articleUrl, "--format", "text");
    expect(r.status, r.stderr).toBe(0);
    expect(server.requests.map((q) => q.path)).toEqual(["/news/harbour-wall"]);
    expect(r.stdout).not.toContain("link:");
  });

  let report: Report;
  it("adds live status, checks and support verdicts to the JSON report", async () => {
    const r = await run("analyze", server.articleUrl, "--check-sources", "--timeout", "2");
    expect(r.status, r.stderr).toBe(0);
    report = JSON.parse(r.stdout);
    expect(validateReport(report)).toEqual([]);
    const byLabel = Object.fromEntries(report.references.map((x) => [x.label, x]));
    expect(byLabel["5"]!.live?.status).toBe("not-found");
    expect(byLabel["7"]!.live?.status).toBe("redirected");
    expect(byLabel["8"]!.live?.status).toBe("unreachable");
    expect(byLabel["4"]!.checks.map((c: { code: string }) => c.code)).toContain("title-mismatch-live");
    const r1 = report.claims.flatMap((c) => c.sources).find((s) => s.ref === byLabel["1"]!.id);
    expect(r1?.support).toBe("found");
    expect(server.requests.every((q) => q.cookie === undefined)).toBe(true);
  });

  it("shows them as text (and the same report as Markdown)", async () => {
    const text = await run("analyze", server.articleUrl, "--check-sources", "--timeout", "2", "--format", "text");
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/link: not found \(HTTP 404\) · saved copies: https:\/\/web\.archive\.org\/web\/\*\/http:\/\/127\.0\.0\.1:\d+\/ferries\/winter-timetable/);
    expect(text.stdout).toContain("Do the sources say it?");
    expect(text.stdout).toMatch(/↳ \[1\] Harbour Gazette: the source says this — “In March 2024 the town council approved/);
    // Part by part under each verdict: the claim's parts ✓ or ✗.
    expect(text.stdout).toMatch(/↳ \[1\] Harbour Gazette: the source says this.*\n(?: {8}✓ .*\n)* {8}✓ 4\.2 million\n/);
    expect(text.stdout).toMatch(/\n {8}✗ nearly a third of its height\n/);
    expect(text.stdout).toMatch(/⚠ link-broken: The link answers "not found"/);
    const md = formatMarkdown(report);
    expect(md).toContain("## Do the sources say it?");
    expect(md).toMatch(/ {2}- link: leads to another site/);
    expect(md).toMatch(/- \\\[1\\\] Harbour Gazette: the source says this — “In March 2024/);
    expect(md).toMatch(/\n {4}- ✓ 4\.2 million\n/);
  });
});
