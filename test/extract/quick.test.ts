// The quick reading (src/extract/quick.ts, readability-rules.ts): it reads a page only when its
// guess is sure to be the article Readability will pick, reads the metadata Readability would
// add as Readability does, and a full reading after it answers `same` exactly when it would
// give the quick reading's snapshot.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index";
import { readDocument, type OffPageResult } from "../../src/extract/from-html";
import { pageReportOf, pathsFor } from "../../src/page-report";
import { FIXTURES, page } from "./helpers";

const URL_ = "https://harbour-news.example/2024/ferry-fares";

/** Sentences of a short cited story (text of our own). */
const story = (n: number) =>
  `<p>The harbour board raised ferry fares for the ${n}th time this decade, its annual report says.<sup><a href="#fn${n}">${n}</a></sup> Commuters on the outer routes pay most of the rise, and the board expects ridership to fall by a tenth.</p>`;
const notes = `<ol class="footnotes">${[1, 2, 3, 4].map((n) => `<li id="fn${n}">Harbour Board, Annual Report ${2020 + n}, p. ${n * 4}.</li>`).join("")}</ol>`;
const teaser = (n: number) => `<div class="teaser"><h3>More from the harbour</h3><p>Teaser ${n}: the marina's new pontoons open next spring after two years of delays and a long dispute over the contract for them.</p></div>`;
const doc = (body: string, head = "") => page(`<!DOCTYPE html><html lang="en"><head><title>Ferry fares rise again</title>${head}</head><body>${body}</body></html>`, URL_);

const drawn = (r: OffPageResult) => {
  const report = pageReportOf(analyze(r.snapshot));
  return { report, paths: pathsFor(report, r.paths) };
};

describe("the quick guess reads a page only when it is sure of the article", () => {
  it("is sure of an element whose own paragraphs hold its text, and then draws what the full reading draws", () => {
    const d = doc(`<header><a href="/">Harbour News</a></header><div class="story-body"><h1>Ferry fares rise again</h1>${[1, 2, 3, 4].map(story).join("")}${notes}</div><footer><p>© Harbour News</p></footer>`);
    const quick = readDocument(d, URL_, { quick: true });
    expect(quick.unsure).toBeUndefined();
    expect(quick.result?.snapshot.found).toBe(true);
    const full = readDocument(d, URL_).result!;
    expect(drawn(quick.result!)).toEqual(drawn(full));
    expect(drawn(full).report.claims.some((c) => c.sources.length > 0)).toBe(true);
  });

  it("is not sure of a wrapper whose paragraphs sit deeper (the story beside its teasers): nothing is read", () => {
    const d = doc(`<div class="layout"><article><h1>Ferry fares rise again</h1>${[1, 2, 3, 4].map(story).join("")}${notes}</article>${[1, 2].map(teaser).join("")}</div>`);
    const quick = readDocument(d, URL_, { quick: true });
    expect(quick.unsure).toBe(true);
    expect(quick.result).toBeNull();
    // Without the gate the quick reading would take the wrapper, teasers and all.
    expect(readDocument(d, URL_).result?.snapshot.blocks.some((b) => b.text.includes("Teaser 1"))).toBe(false);
  });

  it("is not sure when a sibling reads as a paragraph Readability would add to its pick", () => {
    const lead = "<p>Fares on every route of the harbour ferries go up from Monday, the third rise in two years, and season tickets go up by more than single fares.</p>";
    const d = doc(`<main>${lead}<div class="story-body">${[1, 2, 3, 4].map(story).join("")}${notes}</div></main>`);
    expect(readDocument(d, URL_, { quick: true }).unsure).toBe(true);
    const alone = doc(`<main><nav><a href="/">Home</a></nav><div class="story-body">${[1, 2, 3, 4].map(story).join("")}${notes}</div></main>`);
    expect(readDocument(alone, URL_, { quick: true }).unsure).toBeUndefined();
  });

  it("is not sure of an element Readability sets aside (a comment thread with most of the page's paragraphs)", () => {
    const comments = Array.from({ length: 30 }, (_, n) => `<p>Reader ${n} wrote: I take the ferry every morning and the fares have been rising for years now, which nobody on the board seems to notice.</p>`).join("");
    const d = doc(`<article class="story"><h1>Ferry fares rise again</h1>${[1, 2, 3, 4].map(story).join("")}${notes}</article><section class="comments">${comments}</section>`);
    expect(readDocument(d, URL_, { quick: true }).unsure).toBe(true);
    expect(readDocument(d, URL_).result?.snapshot.blocks.some((b) => b.text.includes("Reader 3 wrote"))).toBe(false);
  });
});

describe("the metadata Readability adds, read its way", () => {
  it("takes the first element marked as a byline and the article's first paragraph, as the full reading does", () => {
    // Outside the story's parent, where our own byline reader does not look; the hidden one is skipped.
    const head = `<div class="promo" style="display:none"><span class="promo-author">Promo Desk</span></div><header><span class="post-authorname">Ines Albescu</span></header>`;
    const d = doc(`${head}<main><div class="story-body"><h1>Ferry fares rise again</h1>${[1, 2, 3, 4].map(story).join("")}${notes}</div></main>`);
    const quick = readDocument(d, URL_, { quick: true }).result!;
    const full = readDocument(d, URL_).result!;
    expect(quick.snapshot.byline).toBe("Ines Albescu");
    expect(quick.snapshot.description).toContain("The harbour board raised ferry fares for the 1th time");
    expect(quick.snapshot.metaOrigin).toMatchObject({ byline: "readability", description: "readability" });
    expect(quick.snapshot).toEqual(full.snapshot);
  });
});

describe("a full reading after a quick one", () => {
  it("answers same (and nothing else) when it finds the same article and metadata, otherwise its own reading", () => {
    const d = doc(`<div class="story-body"><h1>Ferry fares rise again</h1>${[1, 2, 3, 4].map(story).join("")}${notes}</div>`);
    const quick = readDocument(d, URL_, { quick: true });
    const after = readDocument(d, URL_, { after: quick.basis });
    expect(after).toMatchObject({ same: true, result: null });
    const other = doc(`<div class="story-body"><h1>Ferry fares rise again</h1>${[1, 2, 3].map(story).join("")}</div>`);
    const read = readDocument(other, URL_, { after: quick.basis });
    expect(read.same).toBeUndefined();
    expect(read.result).toEqual(readDocument(other, URL_).result);
  });

  it("on every page of our fixtures: a sure quick reading draws what the full one draws, and `same` only where the snapshots are equal", () => {
    let sure = 0;
    for (const slug of readdirSync(FIXTURES)) {
      let html: string;
      try {
        html = readFileSync(join(FIXTURES, slug, "page.html"), "utf8");
      } catch {
        continue;
      }
      const url = `https://fixtures.example/${slug}/`;
      const d = page(html, url);
      const quick = readDocument(d, url, { quick: true });
      const full = readDocument(d, url).result!;
      if (quick.unsure || !quick.basis) continue; // not sure, or not read at all (a feed)
      sure++;
      const q = quick.result!;
      expect(drawn(q), slug).toEqual(drawn(full));
      if (readDocument(d, url, { after: quick.basis }).same) expect(q, slug).toEqual(full);
      else expect(q, slug).not.toEqual(full);
    }
    expect(sure).toBeGreaterThan(10);
  });
});
