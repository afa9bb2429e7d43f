import { describe, expect, it } from "vitest";
import { forEachElement, scanPage } from "../../src/extract/dom";
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

  it("gives a lone <html> depth 1", () => {
    const doc = parse("");
    doc.documentElement.replaceChildren();
    expect(scanPage(doc)).toMatchObject({ elements: 1, depth: 1 });
  });
});
