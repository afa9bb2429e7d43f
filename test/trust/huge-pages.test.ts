/**
 * Pages far bigger or stranger than articles are: 50,000 links and 5,000 references, 5,000
 * levels of nesting, a 1 MB paragraph with no spaces, and (through the built CLI) 10 MB of
 * HTML. extract and analyze must return a valid result within their documented limits
 * (src/extract/patterns.ts LIMITS) or say the page was truncated; the CLI must exit 0 with
 * a report. Timings are never asserted; the CLI runs in a child process in parallel.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIMITS } from "../../src/extract/patterns";
import { validateReport, validateReportAgainst, validateSnapshot } from "../../src/report-schema";
import type { PageSnapshot, Report } from "../../src/report";
import { analyze } from "../../src/analyze/index";
import { parseDocument } from "../../src/cli/load";
import { extract } from "../../src/extract/index";
import { formatMarkdown } from "../../src/format/markdown";
import { formatText, TRUNCATED_NOTE } from "../../src/format/text";
import { runPipeline } from "../support/pipeline";

const BIN = join(import.meta.dirname, "..", "..", "dist", "cli", "sourcelight.mjs");
const URL_ = "https://huge.example/2024/05/story";
const FILLER =
  "<p>This paragraph is ordinary prose, long enough for the extractor to treat the page as an article, and it says nothing of interest beyond that.</p>";
const TIMEOUT = 300_000;

/** An article of 5,000 paragraphs, each with 10 links (50,000) and a marker, and 5,000 numbered references. */
function manyLinksPage(padToBytes = 0): string {
  const paras: string[] = [];
  for (let p = 0; p < 5000; p++) {
    const links = Array.from({ length: 10 }, (_, k) => `<a href="https://site${(p * 10 + k) % 997}.example/p/${p * 10 + k}">${k}</a>`).join(", ");
    paras.push(`<p>Paragraph ${p} describes the finding in ordinary words, as a report by Outlet ${p % 50} described it, with sources ${links} listed here.<sup class="reference"><a href="#cite_note-${p + 1}">[${p + 1}]</a></sup></p>`);
  }
  const refs = Array.from({ length: 5000 }, (_, i) => `<li id="cite_note-${i + 1}"><span class="reference-text">Author ${i}, "Report number ${i} on the finding", Outlet ${i % 50}, 2020. <a href="https://outlet${i % 50}.example/2020/01/report-number-${i}">link</a></span></li>`);
  let html = `<!DOCTYPE html><html lang="en"><head><title>Huge story</title></head><body><article><h1>Huge story</h1>${FILLER}${paras.join("")}<h2>References</h2><ol class="references">${refs.join("")}</ol></article>`;
  if (padToBytes) {
    const pad = `<div class="related"><span>${"related teaser text ".repeat(40)}</span></div>`.repeat(500);
    while (html.length < padToBytes) html += pad;
  }
  return `${html}</body></html>`;
}

const deepPage = (levels: number) =>
  `<!DOCTYPE html><html lang="en"><head><title>Deep story</title></head><body><article><h1>Deep story</h1>${FILLER}${FILLER}${"<div>".repeat(levels)}<p>The deepest paragraph says something worth citing, according to Reuters.</p>${"</div>".repeat(levels)}</article></body></html>`;
const wallPage = (chars: number) =>
  `<!DOCTYPE html><html lang="en"><head><title>Wall of text</title></head><body><article><h1>Wall of text</h1>${FILLER}${FILLER}<p>${"x".repeat(chars)}</p></article></body></html>`;

/** Runs the built CLI on `files` (jsonl) without blocking this worker. */
function runCli(files: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, "analyze", ...files, "--format", "jsonl"], { stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("close", (code) => resolve({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }));
  });
}

let tmp = "";
let cli: Promise<{ code: number | null; stdout: string; stderr: string }> | null = null;
const CLI_PAGES = ["ten-megabytes.html", "wall.html"];

beforeAll(() => {
  if (!existsSync(BIN)) return; // `npm test` builds first; the CLI test below says so when it is missing
  tmp = mkdtempSync(join(tmpdir(), "sourcelight-trust-"));
  writeFileSync(join(tmp, CLI_PAGES[0]!), manyLinksPage(10_000_000));
  writeFileSync(join(tmp, CLI_PAGES[1]!), wallPage(1_000_000));
  cli = runCli(CLI_PAGES.map((f) => join(tmp, f)));
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** The pipeline's result, checked against both validators (each page is run once per file). */
const memo = new Map<string, ReturnType<typeof runPipeline>>();
function checked(name: string, html: () => string) {
  let r = memo.get(name);
  if (!r) memo.set(name, (r = runPipeline(html(), URL_)));
  expect(validateSnapshot(r.snapshot)).toEqual([]);
  expect(validateReport(r.report)).toEqual([]);
  expect(validateReportAgainst(r.report, r.snapshot)).toEqual([]);
  return r;
}
const MANY = "many links";
const WALL = "wall";

describe("huge and pathological pages", () => {
  it("50,000 links and 5,000 references: blocks capped, truncation said, a valid report", { timeout: TIMEOUT }, () => {
    const { snapshot, report } = checked(MANY, () => manyLinksPage());
    expect(snapshot.found).toBe(true);
    expect(snapshot.stats.elements).toBeGreaterThan(60_000);
    expect(snapshot.stats.truncated).toBe(true);
    expect(snapshot.blocks.length).toBeLessThanOrEqual(LIMITS.blocks + 1);
    expect(snapshot.references.length).toBeGreaterThan(0);
    expect(report.references.length).toBe(snapshot.references.length);
    expect(report.claims.length).toBeGreaterThan(0);
  });

  it("…and references capped at LIMITS.references, the page's own notes kept before inline links", { timeout: TIMEOUT }, () => {
    const { snapshot, report } = checked(MANY, () => manyLinksPage());
    expect(snapshot.references.length).toBe(LIMITS.references);
    expect(snapshot.stats.truncated).toBe(true);
    // 5,000 notes and 43,978 inline links: the first 3,000 in page order would all be links.
    expect(snapshot.references.every((r) => r.kind === "footnote")).toBe(true);
    // Markers still lead to the notes that were kept, and claims still cite them.
    const ids = new Set(snapshot.references.map((r) => r.id));
    expect(snapshot.blocks.flatMap((b) => b.markers).every((m) => ids.has(m.ref))).toBe(true);
    expect(report.claims.some((c) => c.sources.some((s) => s.evidence.includes("marker")))).toBe(true);
  });

  // Parsed the way the CLI parses pages, so the known issue below reuses the document.
  let deep: { snapshot: PageSnapshot; report: Report; changed: boolean; close: () => void } | null = null;
  const deepRun = () => {
    if (deep) return deep;
    const { document: doc, close } = parseDocument({ html: deepPage(5000), url: URL_ });
    const before = doc.documentElement.outerHTML;
    const snapshot = extract(doc, URL_);
    return (deep = { snapshot, report: analyze(snapshot), changed: doc.documentElement.outerHTML !== before, close });
  };

  it("5,000 levels of nesting: a valid answer, the page unchanged", { timeout: TIMEOUT }, () => {
    const { snapshot, report, changed } = deepRun();
    expect(validateSnapshot(snapshot)).toEqual([]);
    expect(validateReport(report)).toEqual([]);
    expect(snapshot.stats.elements).toBeGreaterThan(5000);
    if (!snapshot.found) expect(report.article.reason).toBeTruthy();
    expect(changed).toBe(false);
  });

  // Readability is skipped above LIMITS.readabilityDepth (it is quadratic in depth); the
  // fallback still finds the article, and the nesting beyond LIMITS.walkDepth is said to be cut.
  it("…and the article on it is still found, with truncation said", { timeout: TIMEOUT }, () => {
    const { snapshot } = deepRun();
    expect(snapshot.found).toBe(true);
    expect(snapshot.blocks.map((b) => b.text)).toContain("Deep story");
    expect(snapshot.stats.truncated).toBe(true);
  });

  it("a 1 MB paragraph with no spaces: a valid report whose claims point into the text", { timeout: TIMEOUT }, () => {
    const { snapshot, report } = checked(WALL, () => wallPage(1_000_000));
    expect(snapshot.found).toBe(true);
    expect(report.claims.length).toBeGreaterThan(0);
  });

  it("…and the block cut at LIMITS.blockChars, with truncation said to the reader", { timeout: TIMEOUT }, () => {
    const { snapshot, report } = checked(WALL, () => wallPage(1_000_000));
    expect(Math.max(...snapshot.blocks.map((b) => b.text.length))).toBeLessThanOrEqual(LIMITS.blockChars);
    expect(snapshot.stats.truncated).toBe(true);
    expect(report.article.truncated).toBe(true);
    expect(formatText(report)).toContain(TRUNCATED_NOTE);
    expect(formatMarkdown(report)).toContain(`> ${TRUNCATED_NOTE}`);
  });

  // jsdom's window.close() detaches nodes recursively and overflows the stack on a 5,000-level
  // tree; the CLI closes in a `finally`, so the close must not throw for a page analysed fine.
  it("closing the CLI's jsdom window of a 5,000-level page does not throw", { timeout: TIMEOUT }, () => {
    const { close } = deepRun();
    expect(() => close()).not.toThrow();
  });
});

describe("the built CLI on 10 MB of HTML and a 1 MB paragraph", () => {
  it("exits 0 with one valid report per page", { timeout: TIMEOUT }, async () => {
    expect(existsSync(BIN), "dist/cli/sourcelight.mjs is missing: run `node build.mjs`").toBe(true);
    const r = await cli!;
    expect(r.code, r.stderr).toBe(0);
    const reports = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as Report);
    expect(reports).toHaveLength(CLI_PAGES.length);
    for (const report of reports) expect(validateReport(report)).toEqual([]);
    expect(reports[0]!.article.found).toBe(true);
    expect(reports[0]!.claims.length).toBeGreaterThan(0);
  });
});
