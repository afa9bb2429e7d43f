import { describe, expect, it, vi } from "vitest";
import { forEachElement, scanPage } from "../../src/extract/dom";
import { listPositions } from "../../src/extract/shapes";
import { page as parse } from "./helpers";

const page = (body: string) => parse(`<!doctype html><html><head><meta name="author" content="Ana Ruiz"><title>t</title></head><body>${body}</body></html>`);

describe("forEachElement", () => {
  it("visits in document order with each element's depth below the root, and skips subtrees", () => {
    const doc = page(`<main><section><p>a <b>b</b></p></section><aside><p>c</p></aside></main><footer>d</footer>`);
    const seen: string[] = [];
    forEachElement(doc.body, (el, depth) => {
      seen.push(`${el.localName}${depth}`);
      return el.localName === "aside" ? "skip" : undefined;
    });
    expect(seen).toEqual(["main1", "section2", "p3", "b4", "aside2", "footer1"]);
  });
});

describe("scanPage", () => {
  it("counts elements, measures the deepest path from <html> and collects the tags metadata reads", () => {
    const doc = page(`<h1>One</h1><div><div><div><p>deep <i>leaf</i></p></div></div></div><h1>Two</h1>`);
    const scan = scanPage(doc);
    expect(scan.elements).toBe(doc.getElementsByTagName("*").length);
    // html > body > div > div > div > p > i
    expect(scan.depth).toBe(7);
    expect(scan.tagged.get("h1")?.map((h) => h.textContent)).toEqual(["One", "Two"]);
    expect(scan.tagged.get("meta")?.[0]?.getAttribute("content")).toBe("Ana Ruiz");
  });

  it("collects byline marks (rel, itemprop and class tokens, ranked best first) and <time> elements, in document order", () => {
    const doc = page(
      `<header><a class="site-author-box" href="/about">About</a></header><article><p class="byline">By Ann Lee</p>` +
        `<a rel="author external" href="/ann">Ann Lee</a><span itemprop="author creator">Ann</span><time datetime="2024-05-02">May 2</time></article>`,
    );
    const scan = scanPage(doc);
    // "site-author-box" holds "author" but is no mark: tokens are compared whole
    expect(scan.bylines.map((b) => [b.el.localName, b.rank])).toEqual([["p", 3], ["a", 0], ["span", 0]]);
    expect(scan.tagged.get("time")?.map((t) => t.getAttribute("datetime"))).toEqual(["2024-05-02"]);
  });

  it("gives a lone <html> depth 1", () => {
    const doc = parse("");
    doc.documentElement.replaceChildren();
    expect(scanPage(doc)).toMatchObject({ elements: 1, depth: 1 });
  });
});

describe("listPositions", () => {
  it("numbers the items of an <ol> as HTML does: from start, and on from a value", () => {
    const doc = page(`<ol start="4"><li>a</li><!-- note --><li>b</li><li value="10">c</li><li>d</li></ol><ul><li>e</li></ul><ol><li>f</li></ol>`);
    const position = listPositions();
    expect([...doc.querySelectorAll("li")].map(position)).toEqual(["4", "5", "10", "11", null, "1"]);
  });

  it("reads a long list in one pass per list", () => {
    const items = Array.from({ length: 3000 }, (_, i) => `<li>entry ${i}</li>`).join("");
    const doc = page(`<ol>${items}</ol>`);
    const list = doc.querySelector("ol")!;
    let steps = 0;
    // the prototype that defines the getter, so every step along the list is counted
    let owner: object = list;
    while (!Object.getOwnPropertyDescriptor(owner, "nextElementSibling")) owner = Object.getPrototypeOf(owner);
    const next = Object.getOwnPropertyDescriptor(owner, "nextElementSibling")!.get!;
    const position = listPositions();
    const counted = vi.spyOn(owner as Element, "nextElementSibling", "get").mockImplementation(function (this: Element) {
      steps++;
      return next.call(this);
    });
    const labels = [...list.children].map(position);
    counted.mockRestore();
    expect(labels[2999]).toBe("3000");
    expect(steps).toBeLessThanOrEqual(3000);
  });
});
