/**
 * What counts as body text beyond the paragraphs: code samples, captions (unless they
 * repeat the text), tables of contents, list items whose text sits beside an empty block,
 * table rows that cite a source from a short cell, the rows of data tables; and the article element: the page's one
 * <article> when Readability kept only a part of it or a block beside it, a summary beside
 * the story's body, every section of a post split into sibling blocks.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index";
import { extract, extractWithElements } from "../../src/extract/index";
import { readBlock } from "../../src/extract/text";
import { article, page } from "./helpers";

const URL_ = "https://example.org/post";
const bodyOf = (doc: Document) => extract(doc, URL_).blocks;
const textOf = (doc: Document) => bodyOf(doc).map((b) => b.text).join("\n");

describe("code samples", () => {
  const code = `<pre><code>UPDATE gauges
SET   checked = now()
WHERE pier = 'east';</code></pre>`;
  it("are body blocks of kind code, whitespace collapsed", () => {
    const blocks = bodyOf(article(`<p>Run this once a week:</p>${code}`));
    expect(blocks.filter((b) => b.kind === "code").map((b) => b.text)).toEqual(["UPDATE gauges SET checked = now() WHERE pier = 'east';"]);
  });
  it("are in the article text but never claims, and a command shown twice is no repeat", () => {
    const report = analyze(extract(article(`<p>Run this once a week:</p>${code}<p>And again after every storm:</p>${code}`), URL_));
    expect(report.article.text).toContain("WHERE pier = 'east';");
    expect(report.claims.some((c) => c.text.includes("UPDATE gauges"))).toBe(false);
    expect(report.checks.filter((c) => c.code === "duplicate-text" && c.message.includes("UPDATE"))).toEqual([]);
  });
});

describe("captions", () => {
  const figure = (caption: string) => `<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt=""><figcaption>${caption}</figcaption></figure>`;
  it("are body text, without the photo credit inside them, as readBlock reads them again", () => {
    const d = extractWithElements(article(figure(`<span class="photo-credit">Photo: Ana Lee</span> Fishing boats in the outer basin at dawn.`)), URL_);
    const caption = d.snapshot.blocks.find((b) => b.text.includes("Fishing boats"));
    expect(caption?.text).toBe("Fishing boats in the outer basin at dawn.");
    expect(readBlock(d.elements.get(caption!.id)!).text).toBe(caption?.text);
    expect(d.snapshot.blocks.map((b) => b.text).join("\n")).not.toContain("Ana Lee");
  });
  it("say they are captions (so no summary point is taken from one), paragraphs do not", () => {
    const blocks = bodyOf(article(`<p>The breakwater was raised after the storm.</p>${figure("Fishing boats in the outer basin at dawn.")}`));
    expect(blocks.find((b) => b.text.startsWith("Fishing boats"))?.caption).toBe(true);
    expect(blocks.find((b) => b.text.startsWith("The breakwater"))?.caption).toBeUndefined();
  });
  it("that repeat a paragraph, or an earlier caption, are left out", () => {
    const said = "The breakwater was raised by two metres after the storm of 1953.";
    const blocks = bodyOf(article(`<p>${said} Work took four summers.</p>${figure(said)}${figure("A crane on the breakwater in 1955.")}${figure("A crane on the breakwater in 1955.")}`));
    expect(blocks.filter((b) => b.text.includes("raised by two metres"))).toHaveLength(1);
    expect(blocks.filter((b) => b.text === "A crane on the breakwater in 1955.")).toHaveLength(1);
  });
  it("that are short stay even when their words occur in the text", () => {
    const blocks = bodyOf(article(`<p>Figure 2 shows the pier.</p>${figure("Figure 2")}`));
    expect(blocks.map((b) => b.text)).toContain("Figure 2");
  });
  it("of a table are body text however short, and so is the data table they caption", () => {
    const blocks = bodyOf(article(`<table><caption>Boats by decade</caption><tr><td>1900s</td><td>41</td></tr></table>`));
    expect(blocks.map((b) => b.text)).toContain("Boats by decade");
    expect(blocks.filter((b) => b.kind === "table-row").map((b) => b.text)).toEqual(["1900s 41"]);
  });
});

describe("tables of contents and link lists", () => {
  it("a list of in-page links is the article's table of contents: kept, nested items too", () => {
    const toc = `<div class="toc"><ul><li><a href="#history">1 History</a><ul><li><a href="#the-storm">1.1 The storm</a></li></ul></li><li><a href="#today">2 Today</a></li></ul></div>`;
    const blocks = bodyOf(article(toc));
    expect(blocks.filter((b) => b.kind === "list-item").map((b) => b.text)).toEqual(["1 History", "1.1 The storm", "2 Today"]);
  });
  it("a list of links to other pages is still left out", () => {
    const teasers = `<ul><li><a href="/2024/storm">The storm of 2024</a></li><li><a href="/2023/pier">A new pier</a></li></ul>`;
    expect(textOf(article(teasers))).not.toContain("The storm of 2024");
  });
});

describe("list items", () => {
  it("keep their text when it sits beside an empty paragraph", () => {
    const blocks = bodyOf(article(`<ul><li>Check the stilling well for silt.<p></p></li><li>Log the reading at noon.<p></p></li></ul>`));
    expect(blocks.filter((b) => b.kind === "list-item").map((b) => b.text)).toEqual(["Check the stilling well for silt.", "Log the reading at noon."]);
  });
});

describe("table rows", () => {
  it("a row whose short cell cites a note is one block carrying the marker", () => {
    const note = `<sup class="reference"><a href="#cite_note-1">[1]</a></sup>`;
    const table = `<table><tr><th>Gauge</th><th>Self-calibrating</th></tr><tr><td>East pier</td><td>Yes${note}</td></tr><tr><td>West pier</td><td>No</td></tr></table>`;
    const notes = `<h2>References</h2><ol class="references"><li id="cite_note-1">Harbour Board, "Gauge survey", 2021.</li></ol>`;
    const s = extract(article(table + notes), URL_);
    const row = s.blocks.find((b) => b.markers.length > 0);
    expect(row?.text).toBe("East pier Yes");
    expect(s.references.find((r) => r.id === row?.markers[0]?.ref)?.raw).toContain("Gauge survey");
    expect(s.blocks.find((b) => b.text === "West pier No")?.kind).toBe("table-row");
  });
});

describe("data tables", () => {
  const standings = (attrs = "", head = "<tr><th>Team</th><th>P</th><th>Pts</th></tr>") =>
    `<table${attrs}>${head}<tr><td>Harbour Rovers</td><td>30</td><td>69</td></tr><tr><td>Millbrook</td><td>30</td><td>65</td></tr><tr><td>Eastvale</td><td>30</td><td>61</td></tr></table>`;
  it("a table with header cells is data: one table-row block per row, cells joined by spaces", () => {
    const rows = bodyOf(article(standings())).filter((b) => b.kind === "table-row");
    expect(rows.map((b) => b.text)).toEqual(["Team P Pts", "Harbour Rovers 30 69", "Millbrook 30 65", "Eastvale 30 61"]);
  });
  it("rows are in the article's text but never claims", () => {
    const report = analyze(extract(article(standings()), URL_));
    expect(report.article.text).toContain("Harbour Rovers 30 69");
    expect(report.claims.some((c) => c.text.includes("Harbour Rovers"))).toBe(false);
  });
  it("role=presentation, a nested table, or a small table without header cells lays out the page: short cells are left out", () => {
    expect(textOf(article(standings(' role="presentation"')))).not.toContain("Harbour Rovers");
    expect(textOf(article(standings("", "")))).not.toContain("Harbour Rovers");
    const nested = `<table><tr><td>Harbour Rovers</td><td>69</td><td><table><tr><td>x</td></tr></table></td></tr><tr><td>Millbrook</td><td>65</td><td>y</td></tr><tr><td>Eastvale</td><td>61</td><td>z</td></tr><tr><td>Kestrel</td><td>58</td><td>w</td></tr></table>`;
    expect(textOf(article(nested))).not.toContain("Harbour Rovers");
  });
  it("a page that is mostly a table of linked names (a fixtures list) is an article, not a list of links", () => {
    const team = (n: string) => `<a href="/teams/${n.toLowerCase().replace(/ /g, "-")}/">${n}</a>`;
    const names = ["Harbour Rovers", "Millbrook Athletic", "Eastvale United", "Kestrel Town", "Saltmarsh City", "Northgate Albion", "Copperfield Wanderers", "Lanternhill"];
    const rows = names.map((n, i) => `<tr><td>${i + 1} May</td><td>${team(n)}</td><td>v</td><td>${team(names[(i + 3) % names.length]!)}</td><td>15:00</td></tr>`).join("");
    const doc = page(`<!DOCTYPE html><html lang="en"><head><title>May fixtures</title></head><body><main><h1>May fixtures</h1><p>All kick-offs are at the home ground.</p><table><tr><th>Date</th><th>Home</th><th></th><th>Away</th><th>Time</th></tr>${rows}</table></main></body></html>`, URL_);
    const s = extract(doc, URL_);
    expect(s.found).toBe(true);
    expect(s.blocks.map((b) => b.text)).toContain("1 May Harbour Rovers v Kestrel Town 15:00");
  });
  it("a long table is data even without header cells (ten rows, as Readability judges)", () => {
    const rows = Array.from({ length: 10 }, (_, i) => `<tr><td>Round ${i + 1}</td><td>${i * 3}</td></tr>`).join("");
    expect(bodyOf(article(`<table>${rows}</table>`)).filter((b) => b.kind === "table-row")).toHaveLength(10);
  });
  it("a cell of prose stays a paragraph of its own (a claim), the row's short cells are not repeated", () => {
    const prose = "The east pier gauge was replaced in 2021 after the storm bent its mounting, and has read within a centimetre since.";
    const blocks = bodyOf(article(standings("", `<tr><th>Gauge</th><th>Notes</th><th>Year</th></tr><tr><td>East pier</td><td>${prose}</td><td>2021</td></tr>`)));
    expect(blocks.find((b) => b.text === prose)?.kind).toBe("paragraph");
    expect(blocks.some((b) => b.text.includes("East pier") && b.kind === "table-row")).toBe(false);
    expect(blocks.filter((b) => b.kind === "table-row").map((b) => b.text)).toContain("Harbour Rovers 30 69");
  });
});

describe("the page's one <article>", () => {
  const doc = (body: string) => page(`<!DOCTYPE html><html lang="en"><head><title>Harbour survey</title></head><body>${body}</body></html>`, URL_);
  const item = (n: number) => `<li>Finding ${n}: the survey divers measured the cracks along the wall, photographed each one and logged its width against the marks painted in 2019.</li>`;
  it("wins over a pick that is a small part of it (blocks that each sit beside their own aside)", () => {
    const part = (content: string, note: string) => `<div class="with-aside"><div class="with-aside-content">${content}</div><aside><ol><li>${note}</li></ol></aside></div>`;
    const text = textOf(
      doc(
        `<article>${part(`<p>The harbour wall was surveyed in May, for the first time in a decade.</p><p>The divers worked from the east pier, one section of the wall each day.</p>`, "Weather allowing.")}` +
          `<h2>What they found</h2>${part(`<p>Three findings:</p><ul>${item(1)}${item(2)}${item(3)}</ul>`, "All widths in millimetres.")}` +
          `${part(`<p>The board will repair the worst section before winter.</p>`, "Budget approved in June.")}</article>`,
      ),
    );
    expect(text).toContain("surveyed in May");
    expect(text).toContain("What they found");
    expect(text).toContain("Finding 3: the survey divers");
    expect(text).toContain("repair the worst section");
  });
  it("wins over a block beside it that holds no more than twice its text (a notes block outside it)", () => {
    const text = textOf(
      doc(
        `<article><h1>Harbour survey</h1><p>This year's survey of the harbour wall found three new cracks.</p><ul>${item(1)}${item(2)}</ul><p>The board will repair them before winter.</p></article>` +
          `<div class="page-wrapper"><h4>Notes</h4><p><sup>1</sup> The divers used the same gauges as in 2019, so the widths can be compared with those of the last survey directly.</p>` +
          `<p><sup>2</sup> Widths were measured at low water on three days in May, and the largest of the three readings was kept.</p></div>`,
      ),
    );
    expect(text).toContain("found three new cracks");
    expect(text).toContain("Finding 2: the survey divers");
  });
});

describe("the article element under Readability's text", () => {
  /** Lines too short for Readability to score: read only when the root takes in their container. */
  const RAIL = `<div class="rail"><p>New ferry timetable</p><p>Pier café reopens</p></div>`;
  const doc = (body: string) => page(`<!DOCTYPE html><html lang="en"><head><title>Harbour survey</title></head><body>${body}</body></html>`, URL_);
  const para = (n: number, topic = "the harbour wall") =>
    `<p>Paragraph ${n} of the report on ${topic} explains, in plain words and with care, what the divers found, where they found it and what the board will do next.</p>`;
  const paras = (from: number, to: number, topic?: string) => Array.from({ length: to - from + 1 }, (_, i) => para(from + i, topic)).join("");

  it("keeps a summary beside the story's body when it is over a tenth of the text", () => {
    const text = textOf(doc(`<main><article><div class="story-summary"><p>In short: the wall holds, but three cracks need work before the winter storms arrive, and the board has found the money.</p></div><div class="story-body">${paras(1, 6)}</div></article></main>${RAIL}`));
    expect(text).toContain("In short: the wall holds");
    expect(text).toContain("Paragraph 6 of the report");
    expect(text).not.toContain("ferry timetable");
  });
  it("reads every section of a post split into sibling blocks of one class, not only the first", () => {
    const section = (html: string) => `<div class="section-inner">${html}</div>`;
    const text = textOf(doc(`<article>${section(paras(1, 14))}${section(`<h3>Next steps</h3>${para(15)}`)}</article>${RAIL}`));
    expect(text).toContain("Paragraph 1 of the report");
    expect(text).toContain("Next steps");
    expect(text).toContain("Paragraph 15 of the report");
  });
  it("a page rendered twice (a hidden shell beside the app) is read from the app, without the app's side rail", () => {
    const story = `<article>${paras(1, 8)}</article>`;
    const text = textOf(doc(`<div id="shell">${para(1)}</div><div id="app"><div class="layout">${story}${RAIL}</div></div>`));
    expect(text).toContain("Paragraph 8 of the report");
    expect(text).not.toContain("ferry timetable");
  });
});
