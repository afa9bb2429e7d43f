/**
 * Bugs the trust suite found outside the files it may change, each pinned as `it.fails`:
 * the test passes while the bug is there and fails the day it is fixed, so whoever fixes it
 * turns it into a plain `it` (and drops the matching entry of ./known-issues.ts). Further
 * known issues live next to the data that shows them (huge-pages.test.ts).
 */
import { describe, expect, it } from "vitest";
import { formatMarkdown } from "../../src/format/markdown";
import { formatText } from "../../src/format/text";
import { isIsoDate } from "../../src/report-schema";
import { runPipeline } from "../support/pipeline";

const FILLER =
  "<p>This paragraph is ordinary prose, long enough for the extractor to treat the page as an article, and it says nothing of interest beyond that.</p>";
const page = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>Known issue</title>${head}</head><body><main><article><h1>Known issue</h1>${FILLER}${FILLER}${body}</article></main></body></html>`;

describe("extract (src/extract)", () => {
  it("an impossible date on the page (30 February) is not taken as the publication date", () => {
    const { snapshot } = runPipeline(page("", `<p>Posted <time datetime="2024-02-30">30 Feb 2024</time>.</p>`), "https://known.example/story");
    expect(snapshot.published === null || isIsoDate(snapshot.published)).toBe(true);
  });
});

describe("text and Markdown formats (src/format)", () => {
  // Terminal control sequences in page text (ESC, BEL) must not reach the CLI's text output,
  // where a page could recolour, retitle or clear the reader's terminal. JSON escapes them.
  const ESC = "\u001b";
  const html = page("", `<p>The Example Times reported this ${ESC}]0;pwned${"\u0007"}${ESC}[2J claim.<sup class="reference"><a href="#cite_note-1">[1]</a></sup></p><ol class="references"><li id="cite_note-1">Writer, "Title ${ESC}[31mred${ESC}[0m", Example Times, 2020.</li></ol>`);
  const { report } = runPipeline(html, "https://known.example/story");
  const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

  it("the JSON report escapes them", () => {
    expect(JSON.stringify(report)).not.toMatch(CONTROL);
    expect(report.references[0]!.raw).toContain(ESC); // the report keeps the page's text as it is
  });
  it("formatText prints no terminal control characters", () => {
    expect(formatText(report)).not.toMatch(CONTROL);
  });
  it("formatMarkdown writes no terminal control characters", () => {
    expect(formatMarkdown(report)).not.toMatch(CONTROL);
  });
});
