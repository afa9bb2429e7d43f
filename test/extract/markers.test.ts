/** Marker shapes that need more than a fixture to pin down: exponents, bare numbers, absolute hrefs, notes found by number. */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index";
import { isCitationMarker } from "../../src/extract/markers";
import { article, page } from "./helpers";

const sup = (html: string): Element => {
  const doc = page(`<p>${html}</p>`);
  return doc.querySelector("sup, a, span") as Element;
};

describe("bare superscript numbers", () => {
  it("count after punctuation or a word", () => {
    expect(isCitationMarker(sup("The pier opened.<sup>1</sup>"))).toBe(true);
    expect(isCitationMarker(sup("The main<sup>2</sup> reasons"))).toBe(true);
  });
  it("are exponents after a digit, a unit or a single letter", () => {
    expect(isCitationMarker(sup("about 2 km<sup>2</sup> of water"))).toBe(false);
    expect(isCitationMarker(sup("10<sup>6</sup> tonnes"))).toBe(false);
    expect(isCitationMarker(sup("E = mc<sup>2</sup>"))).toBe(false);
    expect(isCitationMarker(sup("<var>x</var><sup>2</sup>"))).toBe(false);
  });
  it("leave no reference when no note carries their number", () => {
    const s = extract(article("<p>The pier opened in the spring of that year.<sup>7</sup></p>"), "https://example.org/post");
    expect(s.references.filter((r) => r.kind === "footnote")).toHaveLength(0);
  });
  it("link to the first later note that starts with their number", () => {
    const s = extract(
      article("<p>The pier opened in the spring.<sup>1</sup></p><hr><p><strong>1</strong> Harbour Board bulletin, 2023.</p>"),
      "https://example.org/post",
    );
    const m = s.blocks.flatMap((b) => b.markers);
    expect(m).toHaveLength(1);
    expect(s.references.find((r) => r.id === m[0]?.ref)?.raw).toBe("Harbour Board bulletin, 2023.");
  });
});

describe("links into the page", () => {
  it("follow an absolute href whose fragment names an element of the page", () => {
    const doc = article(
      '<p>The pier opened.<sup class="reference"><a href="https://wiki.example/wiki/Pier#cite_note-1">[1]</a></sup></p><ol class="references"><li id="cite_note-1">Harbour Board bulletin, 2023.</li></ol>',
    );
    const s = extract(doc, "https://elsewhere.example/copy");
    const m = s.blocks.flatMap((b) => b.markers);
    expect(m.map((x) => x.label)).toEqual(["1"]);
    expect(s.references.find((r) => r.id === m[0]?.ref)?.raw).toBe("Harbour Board bulletin, 2023.");
  });
  it("do not treat an absolute link to another page's section as a marker", () => {
    expect(isCitationMarker(sup('<a href="https://other.example/page#fn1">1</a>'))).toBe(false);
  });
  it("do not turn a numbered cross-reference to a section into a note", () => {
    const doc = article('<p>As shown in section <a href="#s3">3</a>, the pier is long.</p><section id="s3"><h2>Length</h2><p>It is long.</p></section>');
    expect(extract(doc, "https://example.org/post").references.filter((r) => r.kind === "footnote")).toHaveLength(0);
  });
});
