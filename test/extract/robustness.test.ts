/** extract never throws and never changes the page, whatever it is given. */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index";
import { LIMITS } from "../../src/extract/patterns";
import { article, page } from "./helpers";

describe("malformed input", () => {
  const cases: [string, string][] = [
    ["empty string", ""],
    ["text only", "just some words"],
    ["empty body", "<html><head><title>x</title></head><body></body></html>"],
    ["broken JSON-LD", '<html><head><script type="application/ld+json">{"@type": "NewsArticle", </script></head><body><p>short</p></body></html>'],
    ["marker to nowhere", '<p>Claim.<sup class="reference"><a href="#cite_note-missing">[1]</a></sup></p>'],
    ["marker with malformed href", '<p>Claim.<sup id="fnref:1"><a href="#%E0%A4%A">1</a></sup></p>'],
    ["unclosed tags", "<div><p>one<p>two<ul><li>three"],
  ];
  for (const [name, html] of cases) {
    it(`${name}: answers found=false or true without throwing`, () => {
      const doc = page(html);
      const before = doc.documentElement.outerHTML;
      const s = extract(doc, "https://example.org/post");
      expect(s.snapshotVersion).toBe(1);
      if (!s.found) expect(s.reason).toBeTruthy();
      expect(doc.documentElement.outerHTML).toBe(before);
    });
  }
  it("a page without a documentElement", () => {
    const doc = page("<p>x</p>");
    doc.removeChild(doc.documentElement);
    expect(extract(doc, "about:blank").found).toBe(false);
  });
  it("ignores a marker whose target is missing but keeps its text out", () => {
    const s = extract(article('<p>The bridge opened in 1931.<sup class="reference"><a href="#cite_note-gone">[9]</a></sup></p>'), "https://example.org/post");
    const b = s.blocks.find((x) => x.text.startsWith("The bridge"));
    expect(b?.text).toBe("The bridge opened in 1931.");
    expect(b?.markers).toEqual([]);
  });
});

describe("limits", () => {
  it("cuts a wall of text at LIMITS.blockChars and says the page was truncated", () => {
    const words = "word ".repeat(LIMITS.blockChars / 2);
    const s = extract(article(`<p>${words}</p><p>After the wall, the article goes on in ordinary prose for a while.</p>`), "https://example.org/post");
    const wall = s.blocks.find((b) => b.text.startsWith("word word"));
    expect(wall?.text.length).toBeLessThanOrEqual(LIMITS.blockChars);
    expect(wall?.text.length).toBeGreaterThan(LIMITS.blockChars - 5);
    expect(s.blocks.at(-1)?.text).toMatch(/^After the wall/);
    expect(s.stats.truncated).toBe(true);
  });
  it("a block exactly at the cap is not called truncated", () => {
    const text = "x".repeat(LIMITS.blockChars);
    const s = extract(article(`<p>${text}</p>`), "https://example.org/post");
    expect(s.blocks.some((b) => b.text === text)).toBe(true);
    expect(s.stats.truncated).toBe(false);
  });
  it("skips Readability above LIMITS.readabilityDepth and still finds the article", () => {
    const levels = LIMITS.readabilityDepth + 20;
    const deep = `${"<div>".repeat(levels)}<p>The deepest paragraph quotes the agency's own figures for the year, in full.</p>${"</div>".repeat(levels)}`;
    const s = extract(article(deep), "https://example.org/post");
    expect(s.found).toBe(true);
    expect(s.blocks.map((b) => b.text)).toContain("Test page");
  });
  it("stops at the block cap on a huge page and says so", () => {
    const many = Array.from({ length: LIMITS.blocks + 50 }, (_, i) => `<p>Paragraph number ${i} of a very long page that goes on and on.</p>`).join("");
    const s = extract(article(many), "https://example.org/post");
    expect(s.blocks.length).toBeLessThanOrEqual(LIMITS.blocks + 1);
    expect(s.stats.truncated).toBe(true);
    expect(s.stats.elements).toBeGreaterThan(LIMITS.blocks);
  });
});
