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

describe("markers outside the running text", () => {
  const note = (n: number) => `<sup class="reference"><a href="#cite_note-${n}">[${n}]</a></sup>`;
  const notes = `<h2>References</h2><ol class="references">${[1, 2, 3, 4, 5]
    .map((n) => `<li id="cite_note-${n}"><span class="reference-text">Harbour Board, "Annual report ${n}", 202${n}.</span></li>`)
    .join("")}</ol>`;
  const doc = () =>
    article(
      `<table class="infobox"><tbody><tr><th>Harbour</th><td>Kestrel Bay</td></tr><tr><th>Opened</th><td>1887${note(1)}</td></tr><tr><td colspan="2"><a href="/wiki/Harbour_Song">The Harbour Song</a>${note(5)}</td></tr></tbody></table>` +
        `<p>The harbour was dredged twice in the last century.${note(2)}</p>` +
        `<div class="thumb tright"><div class="thumbinner"><img alt=""><div class="thumbcaption">The pier in 1910, before the storm.${note(3)}</div></div></div>` +
        `<figure><img alt=""><figcaption>Boats in the outer basin.</figcaption></figure>` +
        `<table class="wikitable"><caption>Ships registered each decade${note(4)}</caption><tr><td>1900s</td><td>41</td></tr></table>` +
        notes,
    );
  it("link from infobox rows, figure captions and table captions that cite a source", () => {
    const s = extract(doc(), "https://example.org/post");
    const cited = s.blocks.filter((b) => b.markers.length).map((b) => [b.text, s.references.find((r) => r.id === b.markers[0]!.ref)?.label]);
    expect(cited).toEqual([
      ["Opened 1887", "1"],
      ["The Harbour Song", "5"], // all link text, but it cites a note
      ["The harbour was dredged twice in the last century.", "2"],
      ["The pier in 1910, before the storm.", "3"],
      ["Ships registered each decade", "4"],
    ]);
  });
  it("leave uncited infobox rows out of the body, and keep an uncited caption as body text", () => {
    const text = extract(doc(), "https://example.org/post").blocks.map((b) => b.text).join("\n");
    expect(text).not.toContain("Kestrel Bay");
    expect(text).toContain("Boats in the outer basin.");
  });
});

describe("entries that cite other entries", () => {
  const doc = () =>
    article(
      `<p>The breakwater was finished in 1912.<sup class="reference" id="cite_ref-a"><a href="#cite_note-a">[a]</a></sup> ` +
        `Its light was moved twice.<sup class="reference" id="cite_ref-K41"><a href="#cite_note-K41">[2]</a></sup></p>` +
        `<h2>Notes</h2><ol class="references">` +
        `<li id="cite_note-a"><span class="mw-cite-backlink"><a href="#cite_ref-a">^</a></span> <span class="reference-text">Work began in 1908.<sup class="reference" id="cite_ref-1"><a href="#cite_note-1">[1]</a></sup></span></li>` +
        `<li id="cite_note-1"><span class="mw-cite-backlink"><a href="#cite_ref-1">^</a></span> <span class="reference-text">Harbour Board, "Breakwater works", 1913.</span></li>` +
        `<li id="cite_note-K41"><span class="mw-cite-backlink"><a href="#cite_ref-K41">^</a></span> <span class="reference-text"><a href="#CITEREFKing2003">King 2003</a>, p. 41.</span></li>` +
        `</ol><h2>Bibliography</h2><ul><li><cite id="CITEREFKing2003">King, Michael (2003). <i>A History of the Harbour</i>. Auckland: Tide Press.</cite></li></ul>`,
    );
  it("a note's own markers and a short cite's link lead to the entries they name; back-links do not", () => {
    const s = extract(doc(), "https://example.org/post");
    const raw = (id: string) => s.references.find((r) => r.id === id)?.raw;
    const cites = s.references.filter((r) => r.cites).map((r) => [r.raw, r.cites!.map(raw)]);
    expect(cites).toEqual([
      ["Work began in 1908.", ['Harbour Board, "Breakwater works", 1913.']],
      ["King 2003, p. 41.", ["King, Michael (2003). A History of the Harbour. Auckland: Tide Press."]],
    ]);
  });
});
