// Which of an entry's links is the cited work's own: cs1 entries link authors, publishers,
// identifiers and archive copies beside the work (src/analyze/reference-url.ts).
import { describe, expect, it } from "vitest";
import { archivedOriginal, citedWorkLink } from "../../src/analyze/reference-url";
import { parseReference } from "../../src/analyze/parse-reference";
import { ref } from "./helpers";

const link = (href: string, text = href) => ({ href, text });
const wiki = { pageUrl: "https://en.wikipedia.org/wiki/Port_Tamsin", wiki: true };

describe("citedWorkLink", () => {
  it("takes the quoted title's link, not the author's wikilink before it", () => {
    const raw = `Ostler, Brian (March 2010). "Economic history – The long depression". Coast Encyclopedia.`;
    const links = [link("https://en.wikipedia.org/wiki/Brian_Ostler_(historian)", "Ostler, Brian"), link("https://coast.example/en/economic-history/7", "\"Economic history – The long depression\"")];
    expect(citedWorkLink(links, raw, [], wiki)).toEqual({ url: "https://coast.example/en/economic-history/7", archiveUrl: null });
  });

  it("gives no URL to a book whose only links are its publisher's wikilink and its ISBN", () => {
    const raw = "Hallam, Ruth (2008). Engineers of the Rocks. Tern University Press. ISBN 978-0-00-000000-2.";
    const links = [
      link("https://en.wikipedia.org/wiki/Tern_University_Press", "Tern University Press"),
      link("https://en.wikipedia.org/wiki/ISBN_(identifier)", "ISBN"),
      link("https://en.wikipedia.org/wiki/Special:BookSources/978-0-00-000000-2", "978-0-00-000000-2"),
    ];
    expect(citedWorkLink(links, raw, ["Engineers of the Rocks"], wiki).url).toBeNull();
  });

  it("never takes a wikilink on the page's own wiki, even when it is the only link", () => {
    const links = [link("https://wiki.harbour.example/wiki/Harbour_Board", "Harbour Board")];
    expect(citedWorkLink(links, `"Annual report". Harbour Board. 2011.`, [], { pageUrl: "https://wiki.harbour.example/wiki/Port", wiki: true }).url).toBeNull();
    // On a news site, a link to the site's own earlier story is a source.
    expect(citedWorkLink(links, `"Annual report". Harbour Board. 2011.`, [], { pageUrl: "https://wiki.harbour.example/news/port", wiki: false }).url).toBe("https://wiki.harbour.example/wiki/Harbour_Board");
  });

  it("off a wiki, keeps the arXiv page a note links, and a Wikipedia article a note points to when it links nothing else", () => {
    expect(citedWorkLink([link("https://arxiv.org/abs/2205.15241", "Scaling laws for reward models")], "See Scaling laws for reward models.", [], { pageUrl: "https://blog.example/post" }).url).toBe("https://arxiv.org/abs/2205.15241");
    const note = [link("https://en.wikipedia.org/wiki/Analytic_philosophy", "analytic philosophy")];
    expect(citedWorkLink(note, "In the sense of analytic philosophy.", [], { pageUrl: "https://blog.example/post" }).url).toBe("https://en.wikipedia.org/wiki/Analytic_philosophy");
    expect(citedWorkLink(note, "In the sense of analytic philosophy.", [], { pageUrl: "https://en.wikipedia.org/wiki/Logic", wiki: true }).url).toBeNull();
  });

  it("keeps a Wikipedia article a non-wiki page cites by its title", () => {
    const links = [link("https://en.wikipedia.org/wiki/Tidal_power", "\"Tidal power\"")];
    expect(citedWorkLink(links, `"Tidal power". Wikipedia. Retrieved 2 May 2024.`, [], { pageUrl: "https://blog.example/post" }).url).toBe("https://en.wikipedia.org/wiki/Tidal_power");
  });

  it("keeps the original as the URL and the archive copy apart, whichever the title links", () => {
    const archive = "https://web.archive.org/web/20150124193521/http://www.ministry.example/report.pdf";
    const dead = citedWorkLink([link(archive, "Fifth Report"), link("http://www.ministry.example/report.pdf", "the original")], "Fifth Report (PDF). Archived from the original on 24 January 2015.", ["Fifth Report"]);
    expect(dead).toEqual({ url: "http://www.ministry.example/report.pdf", archiveUrl: archive });
    const live = citedWorkLink([link("http://www.ministry.example/report.pdf", "\"Fifth Report\""), link(archive, "Archived")], `"Fifth Report". Archived from the original on 24 January 2015.`, []);
    expect(live).toEqual({ url: "http://www.ministry.example/report.pdf", archiveUrl: archive });
    // With no "original" link, the archive's address names it.
    const alone = citedWorkLink([link("https://web.archive.org/web/20021004080737/wp.harbour.example/news/577.html", "\"Harbour opens\"")], `"Harbour opens". Archived from the original on October 4, 2002.`, []);
    expect(alone).toEqual({ url: "http://wp.harbour.example/news/577.html", archiveUrl: "https://web.archive.org/web/20021004080737/wp.harbour.example/news/577.html" });
  });

  it("uses the DOI's resolver only when nothing else links the work, and never a PMID or a bibcode", () => {
    const raw = `Park, S. (2019). "A cool dwarf planet". The Sky Journal. Bibcode:2019SkyJ..158..143P. doi:10.3847/ab3c5f. PMID 31234567.`;
    const links = [
      link("https://ui.adsabs.harvard.edu/abs/2019SkyJ..158..143P", "2019SkyJ..158..143P"),
      link("https://doi.org/10.3847%2Fab3c5f", "10.3847/ab3c5f"),
      link("https://pubmed.ncbi.nlm.nih.gov/31234567", "31234567"),
    ];
    expect(citedWorkLink(links, raw, []).url).toBe("https://doi.org/10.3847%2Fab3c5f");
    expect(citedWorkLink([link("https://sky.example/articles/cool-dwarf", "\"A cool dwarf planet\""), ...links], raw, []).url).toBe("https://sky.example/articles/cool-dwarf");
  });

  it("falls back to a URL written in the text", () => {
    expect(citedWorkLink([], "Tide Post, 2024, tidepost.example/tides", [], {}, "tidepost.example/tides").url).toBe("tidepost.example/tides");
  });
});

describe("archivedOriginal", () => {
  it("reads the copied address from Wayback and archive.today URLs, and nothing from other hosts", () => {
    expect(archivedOriginal("https://web.archive.org/web/20101124005516/http://justice.example/courts")).toBe("http://justice.example/courts");
    expect(archivedOriginal("https://web.archive.org/web/2010id_/http:/justice.example/courts")).toBe("http://justice.example/courts");
    expect(archivedOriginal("https://archive.ph/2019.01.01-000000/https://news.example/a")).toBe("https://news.example/a");
    expect(archivedOriginal("https://archive.ph/Xy7Qz")).toBeNull();
    expect(archivedOriginal("https://news.example/web/2010/http://x.example")).toBeNull();
  });
});

describe("parseReference with the page's context", () => {
  it("reports the cited work's URL and the archive copy of a cs1 entry on a wiki", () => {
    const p = parseReference(
      ref("r1", `McLintock, A. H. (1966). "Harbour bridges". An Encyclopaedia of the Coast. Archived from the original on 2 May 2010.`, {
        links: [link("https://en.wikipedia.org/wiki/A._H._McLintock", "McLintock, A. H."), link("https://web.archive.org/web/20100502000000/http://coast.example/en/1966/harbour-bridges", "\"Harbour bridges\""), link("http://coast.example/en/1966/harbour-bridges", "the original")],
        hints: { italic: ["An Encyclopaedia of the Coast"], citationType: "web" },
      }),
      wiki,
    );
    expect(p).toMatchObject({ title: "Harbour bridges", url: "http://coast.example/en/1966/harbour-bridges", archiveUrl: "https://web.archive.org/web/20100502000000/http://coast.example/en/1966/harbour-bridges" });
  });
});
