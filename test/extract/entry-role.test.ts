/** Issue 17: a reference-list entry's or a footnote's role, from what the entry says it is. */
import { describe, expect, it } from "vitest";
import { entryRole } from "../../src/extract/entry-role";

const entry = (raw: string, links: string[] = [], citationType?: string) => ({
  raw,
  links: links.map((href) => ({ href, text: href })),
  hints: citationType ? { italic: [], citationType } : { italic: [] },
});

describe("entryRole", () => {
  it("reads the cs1 citation type first", () => {
    expect(entryRole(entry('Ferrier, A. (2021). "Salt weathering of sandstone towers". Journal of Coastal Masonry. 14 (2): 101–119.', [], "journal"))).toEqual({ role: "study", why: "citation-type" });
    expect(entryRole(entry('"Last keeper leaves Corran Point". Kilbrannan Courier. 14 June 1989.', ["https://www.kilbrannan-courier.example/1989/06/last-keeper-leaves"], "news"))).toMatchObject({ role: "news" });
    expect(entryRole(entry('"Keepers\' cottages open as museum" (Press release). Corran Heritage Trust.', ["https://www.corran-heritage.example/news/museum-opens"], "press release"))).toMatchObject({ role: "document" });
    expect(entryRole(entry('Harbour Council (2019). "Annual report on the quays".', [], "report"))).toMatchObject({ role: "document" });
  });
  it("leaves books and encyclopedia entries without a role, whatever their host", () => {
    expect(entryRole(entry("Hallam, Ruth (2008). Engineers of the Rocks. Glasgow: Tern Press. p. 88.", [], "book"))).toBeNull();
    expect(entryRole(entry('McLintock, A. H., ed. (1966). "Harbour bridges". An Encyclopaedia of the Coast.', ["https://www.heritage.govt.nz/en/1966/harbour-bridges"], "encyclopaedia"))).toBeNull();
  });
  it("reads a DOI, a PMID or a journal's volume(issue): pages as a study", () => {
    expect(entryRole(entry("Okafor, M. (2020). Tidal lag in estuaries. doi:10.5555/tle.2020.7"))).toEqual({ role: "study", why: "scholarly-id" });
    expect(entryRole(entry("Reyes, J. and Lund, P. Ferry wakes and shore erosion. Coastal Studies 12 (3): 45–67, 2019."))).toMatchObject({ role: "study" });
    expect(entryRole(entry("Smith, K. Ferry noise and harbour seals. PMID 31234567."))).toMatchObject({ role: "study" });
  });
  it("else reads the kind of host of the cited work's own link, skipping encyclopedia links, archives and catalogues", () => {
    expect(entryRole(entry("Constitution Act 1986.", ["https://www.legislation.govt.nz/act/public/1986/0114/latest/whole.html"]))).toEqual({ role: "document", why: "work-host" });
    expect(entryRole(entry("Budget figures (PDF).", ["https://www.harbour-council.example/files/budget-2024.pdf"]))).toMatchObject({ role: "document" });
    expect(entryRole(entry("Reuters, 3 May 2024.", ["https://www.reuters.com/world/ferries-strike-2024-05-03/"]))).toMatchObject({ role: "news" });
    expect(entryRole(entry("The mayor on X.", ["https://x.com/harbourmayor/status/1780000000000000000"]))).toMatchObject({ role: "post" });
    expect(entryRole(entry("A ferry history. Tern Press.", ["https://en.wikipedia.org/wiki/Tern_Press", "https://web.archive.org/web/2019/https://ferries.example/", "https://www.nature.com/articles/s41586-019-1234-5"]))).toMatchObject({ role: "study" });
  });
  it("says nothing when the entry does not say what it is", () => {
    expect(entryRole(entry("Measured from the base of the tower to the lantern vent."))).toBeNull();
    expect(entryRole(entry('"Corran Point station history". Northern Coast Lighthouse Board.', ["https://www.northernlights-board.example/stations/corran-point"], "web"))).toBeNull();
  });
});
