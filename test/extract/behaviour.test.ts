/** Fixture-specific behaviour: marker→reference mapping, labels, hints, links, key points. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index";
import { FIXTURES, page } from "./helpers";

function load(slug: string, url: string) {
  return extract(page(readFileSync(join(FIXTURES, slug, "page.html"), "utf8"), url), url);
}

describe("wiki reflist", () => {
  const s = load("extract-wiki-reflist", "https://en.wikipedia.org/wiki/Corran_Point_Lighthouse");
  const byLabel = (l: string) => s.references.find((r) => r.label === l);
  it("maps reused named refs to one reference", () => {
    const ids = s.blocks.flatMap((b) => b.markers.filter((m) => m.label === "1").map((m) => m.ref));
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toBe(byLabel("1")?.id);
  });
  it("records two markers at the same offset without their text", () => {
    const b = s.blocks.find((x) => x.text.includes("coal brazier"));
    expect(b?.markers.map((m) => m.label)).toEqual(["1", "2"]);
    expect(b?.markers[0]?.at).toBe(b?.text.length);
    expect(b?.text).not.toMatch(/\[\d\]/);
  });
  it("strips back-links and keeps cs1 type and italic hints", () => {
    const r1 = byLabel("1");
    expect(r1?.kind).toBe("footnote");
    expect(r1?.raw.startsWith('"Corran Point station history"')).toBe(true);
    expect(r1?.hints.citationType).toBe("web");
    expect(byLabel("4")?.hints.citationType).toBe("press release");
    expect(byLabel("2")?.hints.italic).toContain("Engineers of the Rocks");
    expect(r1?.anchor).toBe("cite_note-board-1");
  });
  it("includes the title heading first and skips [edit] links", () => {
    expect(s.blocks[0]).toMatchObject({ kind: "heading", text: "Corran Point Lighthouse" });
    expect(s.blocks.filter((b) => b.kind === "heading").map((b) => b.text)).toEqual(["Corran Point Lighthouse", "History", "Present day"]);
  });
  it("keeps wiki-internal links without a reference", () => {
    const link = s.blocks.flatMap((b) => b.links).find((l) => l.text === "Kilbrannan");
    expect(link?.href).toBe("https://en.wikipedia.org/wiki/Kilbrannan");
    expect(link?.ref).toBeUndefined();
  });
});

describe("hugo footnotes", () => {
  const s = load("extract-hugo-footnotes", "https://railledger.example/posts/sleeping-through-borders/");
  it("maps fnref:3 and fnref1:3 to the same footnote", () => {
    const refs = s.blocks.flatMap((b) => b.markers.filter((m) => m.label === "3").map((m) => m.ref));
    expect(refs).toHaveLength(2);
    expect(new Set(refs).size).toBe(1);
  });
  it("reads the quote and list items with their kinds", () => {
    expect(s.blocks.find((b) => b.text.startsWith("Demand was never"))?.kind).toBe("quote");
    expect(s.blocks.filter((b) => b.kind === "list-item")).toHaveLength(2);
  });
  it("drops the ↩︎ back-links from entries", () => {
    for (const r of s.references) expect(r.raw).not.toMatch(/↩/);
    expect(s.references[0]?.hints.italic[0]).toMatch(/^Tracks After Dark/);
  });
  it("reads metadata from meta tags", () => {
    expect(s.byline).toBe("Ines Calder");
    expect(s.metaOrigin.published).toBe("opengraph");
    expect(s.lang).toBe("en-GB");
    expect(s.siteName).toBe("Rail Ledger");
  });
});

describe("wordpress footnotes", () => {
  const s = load("extract-wp-footnotes", "https://canopynotes.example/2024/06/14/street-tree-count/");
  it("follows data-fn to the footnote list item", () => {
    const m = s.blocks.flatMap((b) => b.markers);
    expect(m.map((x) => x.label)).toEqual(["1", "2", "3"]);
    const r = s.references.find((x) => x.id === m[0]?.ref);
    expect(r?.anchor).toBe("1a2b3c4d-0000-4000-8000-aaaaaaaaaaaa");
    expect(r?.links[0]).toEqual({ href: "https://data.ashford.example/parks/street-trees-2019", text: "data.ashford.example" });
  });
  it("takes the date and author from JSON-LD @graph", () => {
    expect(s.published).toBe("2024-06-14");
    expect(s.metaOrigin.published).toBe("json-ld");
    expect(s.byline).toBe("Marta Quill");
  });
});

describe("blog with sources", () => {
  const s = load("extract-blog-sources", "https://flourdiaries.example/winter-sourdough/");
  it("reads the Sources list as list references without labels", () => {
    const list = s.references.filter((r) => r.kind === "list");
    expect(list).toHaveLength(2);
    expect(list.every((r) => r.label === null)).toBe(true);
  });
  it("keeps the key takeaways out of blocks", () => {
    expect(s.keyPoints.map((k) => k.id)).toEqual(["k0", "k1"]);
    expect(s.keyPoints[0]?.text).toMatch(/^Starter activity slows/);
  });
  it("adds the provenance line as a source-line reference", () => {
    expect(s.source?.url).toBe("https://oskarvint.example/notes/winter-sourdough");
    const ref = s.references.find((r) => r.id === s.source?.ref);
    expect(ref?.kind).toBe("source-line");
  });
});

describe("news with inline links", () => {
  const s = load("extract-news-links", "https://bayledger.example/news/2025/06/02/free-ferries-trial/");
  const links = s.blocks.flatMap((b) => b.links);
  it("makes citing links references, with their sentence as context", () => {
    const cited = links.filter((l) => l.ref);
    expect(cited.map((l) => l.text)).toEqual(["meeting minutes", "state patronage figures", "2023 study of fare-free transit", "the Bay Ledger last week"]);
    const r = s.references.find((x) => x.id === cited[0]?.ref);
    expect(r).toMatchObject({ kind: "link", raw: "meeting minutes", label: null });
    expect(r?.hints.context).toMatch(/^The council's meeting minutes show/);
  });
  it("cites the outlet's own interview behind a quote, with its role, but not a home page", () => {
    const own = s.references.find((x) => x.id === links.find((l) => l.text === "the Bay Ledger last week")?.ref);
    expect(own?.role).toBe("own-coverage");
    expect(s.references.map((x) => x.role)).toEqual(["document", "document", "study", "own-coverage"]);
    expect(links.find((l) => l.text === "Harbour Ferries")?.ref).toBeUndefined();
  });
});
