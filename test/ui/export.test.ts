// Exports: BibTeX and CSL-JSON of the references, the JSON report, Markdown — each escaped for
// its format, with hostile reference text (HTML, braces, backslashes) kept inert.
import { describe, expect, it } from "vitest";
import { bibtexUrl, citationKey, escapeBibtex, formatBibtex } from "../../src/popup/export/bibtex";
import { dateParts, formatCslJson, formatJsonReport } from "../../src/popup/export/csl-json";
import { exportFile, fileStem } from "../../src/popup/export/formats";
import { HOSTILE_TITLE, sampleReport } from "./sample-report";

/** Checks that every `{` in a BibTeX text is balanced by a `}` outside escapes. */
function braceDepthOk(bib: string): boolean {
  let depth = 0;
  for (let i = 0; i < bib.length; i++) {
    if (bib[i] === "\\") {
      i++;
      continue;
    }
    if (bib[i] === "{") depth++;
    if (bib[i] === "}") depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe("BibTeX", () => {
  it("escapes braces, backslashes and TeX specials", () => {
    expect(escapeBibtex("a}b{c\\d")).toBe("a\\}b\\{c\\textbackslash{}d");
    expect(escapeBibtex("50% & $5 #1 a_b ~ ^")).toBe("50\\% \\& \\$5 \\#1 a\\_b \\textasciitilde{} \\textasciicircum{}");
    expect(escapeBibtex("line\nbreak\u0000")).toBe("line break");
  });

  it("keeps a hostile title inside its field", () => {
    const r = sampleReport();
    const ref1 = r.references[1];
    if (!ref1) throw new Error("sample");
    ref1.title = "Evil}, author = {Mallory\\";
    ref1.authors = ["Eve {the} Hacker"];
    const bib = formatBibtex(r);
    expect(braceDepthOk(bib)).toBe(true);
    expect(bib).toContain("title = {Evil\\}, author = \\{Mallory\\textbackslash{}}");
    expect(bib).toContain("author = {Eve \\{the\\} Hacker}");
    expect(bib.match(/^\s*author = /gm)).toHaveLength(1);
    expect(bib).toContain("\\textless{}img src=x onerror=\"globalThis.\\_\\_pwned = 1\"\\textgreater{}");
    expect(bib).not.toContain("<img");
  });

  it("one entry per cited reference, typed, with safe URLs only and letter-only keys", () => {
    const bib = formatBibtex(sampleReport());
    expect(bib.match(/^@\w+\{[a-z0-9]+,$/gm)).toHaveLength(3); // the source line is not a cited reference
    expect(bib).toContain("url = {https://www.nknews.org/2025/01/new-phase}");
    expect(bib).not.toContain("javascript:");
    expect(bib).not.toContain("38north.org/2024"); // no scheme: not a safe link
    expect(bib).toMatch(/@article\{nknews2025b,/);
  });

  it("URLs: characters that would break the field are percent-encoded", () => {
    expect(bibtexUrl("https://example.org/a{b}c\\d#x")).toBe("https://example.org/a%7Bb%7Dc/d%23x"); // the URL parser already turns \\ into /
    expect(bibtexUrl("https://example.org/a%20b")).toBe("https://example.org/a%20b");
    expect(bibtexUrl("data:text/html,x")).toBeNull();
  });

  it("citation keys are ASCII letters and digits", () => {
    const ref = { ...sampleReport().references[1]!, authors: ["Zoë Ñúñez-}\\"] };
    expect(citationKey(ref, 0)).toMatch(/^[a-z0-9]+$/);
  });
});

describe("CSL-JSON and the JSON report", () => {
  it("CSL items with types, dates, safe URLs; markup-safe text that parses back to the original", () => {
    const text = formatCslJson(sampleReport());
    expect(text).not.toContain("<");
    const items = JSON.parse(text) as { id: string; type: string; title: string; URL?: string; issued?: unknown }[];
    expect(items.map((i) => i.id)).toEqual(["r1", "r2", "r3"]);
    expect(items[1]).toMatchObject({ type: "article-newspaper", URL: "https://www.nknews.org/2025/01/new-phase", issued: { "date-parts": [[2025, 1, 15]] } });
    expect(items[2]?.title).toBe(HOSTILE_TITLE);
    expect(items[2]?.URL).toBeUndefined();
  });

  it("date parts", () => {
    expect(dateParts("2025")).toEqual([[2025]]);
    expect(dateParts("2025-02")).toEqual([[2025, 2]]);
    expect(dateParts("yesterday")).toBeNull();
  });

  it("the JSON report round-trips and holds no raw markup", () => {
    const text = formatJsonReport(sampleReport());
    expect(text).not.toMatch(/[<>]/);
    expect(JSON.parse(text)).toEqual(sampleReport());
  });

  it("files: names from the title, Markdown from formatMarkdown (escaped)", () => {
    expect(fileStem(sampleReport())).toBe("sourcelight-deployment-of-6-000-troops-to-russia");
    const md = exportFile(sampleReport(), "markdown");
    expect(md.name).toMatch(/\.md$/);
    expect(md.text).toContain("## Summary");
    expect(md.text).not.toMatch(/(^|[^\\])<img/); // only as the escaped, literal \<img
    expect(exportFile(sampleReport(), "bibtex").name).toMatch(/\.bib$/);
    expect(exportFile(sampleReport(), "csl").type).toBe("application/vnd.citationstyles.csl+json");
  });
});
