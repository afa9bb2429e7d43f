// Report → text and Markdown: page text from strangers stays inert in every format.
import { describe, it, expect } from "vitest";
import { formatMarkdown, escapeMarkdown } from "../src/format/markdown";
import { formatText } from "../src/format/text";
import type { Report } from "../src/report";

function hostileReport(): Report {
  return {
    schemaVersion: 1,
    url: "https://news.example/story",
    article: { found: true, title: "Budget *passes* [after](javascript:alert(1)) vote", byline: null, published: "2025-03-01", siteName: "News <b>Example</b>", lang: "en", source: null, text: "x" },
    references: [
      {
        id: "r1", label: "1", kind: "list", title: '<img src=x onerror="alert(1)">', outlet: "Evil | Outlet", authors: [], date: null,
        url: "javascript:alert(document.cookie)", doi: null, raw: "raw", citedBy: ["c1"],
        checks: [{ code: "url-unsafe", severity: "error", message: "This link would run code; it is not opened." }],
      },
      { id: "r2", label: "2", kind: "list", title: "Plain", outlet: "Wire", authors: [], date: "2025-01-02", url: "https://wire.example/a", doi: null, raw: "raw", citedBy: [], checks: [] },
    ],
    claims: [{ id: "c1", text: "Point one.", kind: "summary-point", sources: [{ ref: "r1", score: 0.9, evidence: ["marker"] }], checks: [], block: "k0", start: 0, end: 10 }],
    summary: [{ text: "Point one.", claim: "c1", origin: "article" }],
    checks: [{ code: "duplicate-text", severity: "info", message: "The headline is repeated." }],
  };
}

describe("Markdown export", () => {
  it("escapes Markdown and HTML in page text", () => {
    expect(escapeMarkdown("[a](b) <img> *x*")).toBe("\\[a\\]\\(b\\) \\<img\\> \\*x\\*");
  });
  it("never turns an unsafe URL into a link, and links safe ones", () => {
    const md = formatMarkdown(hostileReport());
    expect(md).not.toMatch(/\]\(javascript:/);
    expect(md).not.toMatch(/(^|[^\\])<img/); // only the escaped form \<img, which renders as text
    expect(md).toContain("`javascript:alert(document.cookie)`");
    expect(md).toContain("<https://wire.example/a>");
    expect(md).toContain("Point one. — \\[1\\] Evil \\| Outlet");
  });
  it("lists who says so: speakers by kind with role and statements, page text escaped", () => {
    const r = hostileReport();
    r.quotes = [
      { id: "q1", text: "We are *ready*", direct: true, speaker: "Zabihullah Mujahid", role: "Taliban spokesman", speakerKind: "person", cue: "said", claim: "c1", sources: [] },
      { id: "q2", text: "the deal was close", direct: false, speaker: "officials familiar with the talks", role: null, speakerKind: "anonymous", cue: "said", claim: "c1", sources: [] },
      { id: "q3", text: "the city had fallen", direct: false, speaker: "Zabihullah Mujahid", role: null, speakerKind: "person", cue: "said in a tweet", claim: "c1", sources: [] },
      { id: "q4", text: "traffic doubled", direct: false, speaker: "<b>Port</b> [Board](javascript:x)", role: null, speakerKind: "organization", cue: "according to", claim: "c1", sources: [] },
    ];
    const md = formatMarkdown(r);
    const who = md.slice(md.indexOf("## Who says so"));
    expect(who).toContain("- **Zabihullah Mujahid, Taliban spokesman** (person; 2 statements)\n  - “We are \\*ready\\*” — said\n  - the city had fallen — said in a tweet");
    expect(who.indexOf("Zabihullah")).toBeLessThan(who.indexOf("Port"));
    expect(who.indexOf("Port")).toBeLessThan(who.indexOf("officials familiar"));
    expect(who).toContain("(unnamed source; 1 statement)");
    expect(who).toContain("\\<b\\>Port\\</b\\> \\[Board\\]\\(javascript:x\\)");
    expect(formatMarkdown(hostileReport())).not.toContain("Who says so");
  });
  it("says when there is no article", () => {
    const r = hostileReport();
    r.article = { ...r.article, found: false, reason: "This is a list of links." };
    expect(formatMarkdown(r)).toContain("No article found: This is a list of links.");
  });
});

describe("text output", () => {
  it("lists summary sources, reference checks and article checks", () => {
    const t = formatText(hostileReport());
    expect(t).toContain("1. Point one.");
    expect(t).toContain("↳ [1] Evil | Outlet (marker, score 0.90)");
    expect(t).toContain("✖ url-unsafe: This link would run code");
    expect(t).toContain("ℹ duplicate-text: The headline is repeated.");
    expect(t).toContain("cited by 0 claims");
  });
});
