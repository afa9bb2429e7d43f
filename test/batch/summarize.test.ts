// summarize: per-site sums over JSON lines of `analyze --warc`, as Markdown and CSV.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { summarizeFiles, siteOf } from "../../src/batch/summarize";
import { summaryCsv, summaryMarkdown } from "../../src/batch/summary-format";

const check = (code: string) => ({ code, severity: "warning", message: code });
const claim = (kind: string, refs: string[], checks: string[] = []) => ({ id: "c", text: "t", kind, sources: refs.map((ref) => ({ ref, score: 0.9, evidence: ["link"] })), checks: checks.map(check), block: "b0", start: 0, end: 1 });
const reference = (url: string | null, checks: string[] = []) => ({ id: "r", url, checks: checks.map(check) });
const article = (found: boolean, sourceChecks: string[] = []) => ({ found, title: "x", source: sourceChecks.length ? { url: null, text: "s", checks: sourceChecks.map(check) } : null });

const LINES = [
  // harbour.example: two articles, one page without an article, one failure (www. and bare host are one site)
  { url: "https://www.harbour.example/a", article: article(true), references: [reference("https://doi.org/10.1/x"), reference("https://www.stats.example/t", ["url-date-mismatch"])], claims: [claim("sentence", ["r1"]), claim("sentence", []), claim("heading", []), claim("sentence", ["r2"], ["unsourced-attribution"])], checks: [] },
  { url: "https://harbour.example/b", article: article(true, ["tracking-parameters"]), references: [reference("https://doi.org/10.1/y"), reference(null, ["url-missing"]), reference("javascript:alert(1)", ["url-unsafe"])], claims: [claim("sentence", [])], checks: [check("reference-uncited")] },
  { url: "https://harbour.example/", article: article(false), references: [], claims: [], checks: [] },
  { url: "https://harbour.example/broken", warcRecordId: "<urn:uuid:1>", warcFile: "a.warc.gz", error: "timed out after 120 s" },
  // quay.example: one article with no references
  { url: "https://quay.example/z", article: article(true), references: [], claims: [claim("sentence", []), claim("summary-point", ["r1"])], checks: [check("no-references")] },
];

let tmp: string;
let files: string[];
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "sourcelight-summary-"));
  files = [join(tmp, "one.jsonl"), join(tmp, "two.jsonl")];
  writeFileSync(files[0]!, LINES.slice(0, 3).map((l) => JSON.stringify(l)).join("\n") + "\n");
  writeFileSync(files[1]!, [JSON.stringify(LINES[3]), "not json {", "[1,2]", "", JSON.stringify(LINES[4])].join("\r\n"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("summarize", () => {
  it("names a site by its host without www.", () => {
    expect(siteOf("https://www.harbour.example/a?b")).toBe("harbour.example");
    expect(siteOf("not a url")).toBe("(no address)");
    expect(siteOf(undefined)).toBe("(no address)");
  });

  it("adds up pages, failures, articles, references, sourced sentence claims, check codes and cited domains per site", async () => {
    const { sites, total, unreadable } = await summarizeFiles(files);
    expect(unreadable).toBe(2);
    expect(sites.map((s) => s.site)).toEqual(["harbour.example", "quay.example"]);
    const harbour = sites[0]!;
    expect([harbour.pages, harbour.failed, harbour.articles, harbour.references, harbour.claims, harbour.sourcedClaims]).toEqual([4, 1, 2, 5, 4, 2]);
    expect(Object.fromEntries(harbour.warnings)).toEqual({ "url-date-mismatch": 1, "unsourced-attribution": 1, "tracking-parameters": 1, "url-missing": 1, "url-unsafe": 1, "reference-uncited": 1 });
    expect(Object.fromEntries(harbour.domains)).toEqual({ "doi.org": 2, "stats.example": 1 });
    expect([total.pages, total.failed, total.articles, total.references, total.claims, total.sourcedClaims]).toEqual([5, 1, 3, 5, 5, 2]);
  });

  it("prints a Markdown table with a total row and the most frequent first", async () => {
    const md = summaryMarkdown(await summarizeFiles(files), 2);
    const rows = md.split("\n");
    expect(rows[0]).toBe("| Site | Pages | Failed | Articles | References per article | Claims sourced | Warnings | Most cited domains |");
    expect(rows[2]).toBe("| harbour.example | 4 | 1 | 2 | 2.5 | 50% (2/4) | reference-uncited 1, tracking-parameters 1 | doi.org 2, stats.example 1 |");
    expect(rows[3]).toBe("| quay.example | 1 | 0 | 1 | 0.0 | 0% (0/1) | no-references 1 | – |");
    expect(rows[4]).toMatch(/^\| \*\*all sites\*\* \| 5 \| 1 \| 3 \| 1\.7 \| 40% \(2\/5\) \|/);
    expect(md).toContain("2 line(s) were not Sourcelight JSON");
  });

  it("prints CSV that a CSV reader splits into the same columns", async () => {
    const csv = summaryCsv(await summarizeFiles(files), 5).trim().split("\n");
    expect(csv[0]).toBe("site,pages,failed,articles,references,references_per_article,claims,claims_sourced,share_sourced,warnings,top_domains");
    expect(csv[1]).toBe("harbour.example,4,1,2,5,2.5,4,2,0.500,reference-uncited:1;tracking-parameters:1;unsourced-attribution:1;url-date-mismatch:1;url-missing:1,doi.org:2;stats.example:1");
    expect(csv.at(-1)!.split(",").slice(0, 9)).toEqual(["all sites", "5", "1", "3", "5", "1.7", "5", "2", "0.400"]);
  });
});
