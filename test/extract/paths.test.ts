// Element paths carry a serialized copy's blocks back to the live page: computed on a page
// parsed from `documentElement.outerHTML`, they must name the same elements (same text) in
// the live document, and extraction from the HTML must equal extraction from the live page.
import fs from "node:fs";
import { JSDOM, VirtualConsole } from "jsdom";
import { describe, expect, it } from "vitest";
import { extractWithElements } from "../../src/extract/index";
import { extractFromHtml } from "../../src/extract/from-html";
import { pathOf, pathsOf, resolvePath } from "../../src/extract/paths";
import { readText } from "../../src/extract/text";
import { FIXTURES, page } from "./helpers";

const URL_ = "https://world-desk.example/world/north-korea-troops-russia";
const seed = fs.readFileSync(`${FIXTURES}/seed-article/page.html`, "utf8");
const live = () => new JSDOM(seed, { url: URL_, virtualConsole: new VirtualConsole() }).window;
/** A DOMParser of a document at another address (as in an extension page). */
const parser = () => new (new JSDOM("", { url: "chrome-extension://abc/offscreen.html" }).window.DOMParser)();

describe("element paths", () => {
  it("gives the element-child indices from the root element and resolves them back", () => {
    const doc = page("<!DOCTYPE html><html><head><title>t</title></head><body><div>x</div><main><p>a</p><!-- c --><p id=two>b <b>c</b></p></main></body></html>");
    const two = doc.getElementById("two") as Element;
    expect(pathOf(two)).toEqual([1, 1, 1]);
    expect(resolvePath(doc, [1, 1, 1])).toBe(two);
    expect(pathOf(doc.documentElement)).toEqual([]);
    expect(resolvePath(doc, [1, 5, 0])).toBeNull();
    expect(resolvePath(doc, [])).toBe(doc.documentElement);
  });

  it("is null for a detached element", () => {
    const doc = page("<p>x</p>");
    expect(pathOf(doc.createElement("p"))).toBeNull();
  });

  it("maps every id of the live extraction to the same path as pathOf, element by element", () => {
    const win = live();
    const { elements } = extractWithElements(win.document, URL_);
    expect(elements.size).toBeGreaterThan(5);
    const paths = pathsOf(elements);
    for (const [id, el] of elements) {
      expect(paths[id]).toEqual(pathOf(el));
      expect(resolvePath(win.document, paths[id] as number[])).toBe(el);
    }
  });

  it("extracts a serialized page like the live one, and its paths find elements with the same text in the live page", () => {
    const win = live();
    const doc = win.document;
    const fromLive = extractWithElements(doc, URL_);
    const fromHtml = extractFromHtml(doc.documentElement.outerHTML, URL_, parser());
    expect(fromHtml.snapshot).toEqual(fromLive.snapshot);
    const ids = Object.keys(fromHtml.paths);
    expect(ids.sort()).toEqual([...fromLive.elements.keys()].sort());
    for (const block of fromHtml.snapshot.blocks) {
      const el = resolvePath(doc, fromHtml.paths[block.id] as number[]);
      expect(el).toBe(fromLive.elements.get(block.id));
      expect(readText(el as Element).text).toBe(block.text);
    }
  });

  it("resolves links as on the live page: against the page's address, or its <base> made absolute", () => {
    const prose = "<p>A paragraph of plain running prose that goes on long enough for the extractor to treat the page as an article and not a stub.</p>".repeat(3);
    const html = `<html><head><title>Linked</title></head><body><article><h1>Linked</h1>${prose}<p>See <a href="reports/2024.pdf">the annual report</a> for the figures.</p></article></body></html>`;
    const hrefs = (h: string, url: string) => extractFromHtml(h, url, parser()).snapshot.blocks.flatMap((b) => b.links.map((l) => l.href));
    expect(hrefs(html, "https://news.example/story/")).toEqual(["https://news.example/story/reports/2024.pdf"]);
    expect(hrefs(html, "file:///home/reader/saved/story.html")).toEqual(["file:///home/reader/saved/reports/2024.pdf"]);
    const based = html.replace("<title>", '<base href="/archive/"><title>');
    const url = "file:///home/reader/saved/story.html";
    const liveHrefs = extractWithElements(page(based, url), url).snapshot.blocks.flatMap((b) => b.links.map((l) => l.href));
    expect(hrefs(based, url)).toEqual(liveHrefs);
    expect(liveHrefs).toEqual(["file:///archive/reports/2024.pdf"]);
  });
});
