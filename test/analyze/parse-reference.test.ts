import { describe, expect, it } from "vitest";
import { parseReference } from "../../src/analyze/parse-reference";
import { ref } from "./helpers";

const link = (href: string, text = href) => ({ href, text });

describe("parseReference", () => {
  it("reads a quoted title, ' - Outlet - Date' and a scheme-less URL kept as written", () => {
    const p = parseReference(ref("r1", `[1] "Harbour tunnel opens two years late" - Coast Herald - December 29, 2024 (coastherald.example/20240513-tunnel-opening-delayed/)`));
    expect(p).toMatchObject({ title: "Harbour tunnel opens two years late", outlet: "Coast Herald", date: "2024-12-29", url: "coastherald.example/20240513-tunnel-opening-delayed/" });
  });

  it("prefers the entry's href over its shortened link text (Ghost style: Outlet, “Title”, date – link)", () => {
    const p = parseReference(ref("r1", "Which?, “Cheap phone chargers fail safety tests”, 21 November 2024 – which.co.uk/news/cheap-chargers", { links: [link("https://www.which.co.uk/news/cheap-chargers", "which.co.uk/news/cheap-chargers")] }));
    expect(p).toMatchObject({ title: "Cheap phone chargers fail safety tests", outlet: "Which?", date: "2024-11-21", url: "https://www.which.co.uk/news/cheap-chargers", authors: [] });
  });

  it("reads a Chicago journal note: authors, quoted title, italic journal, year, DOI", () => {
    const p = parseReference(ref("r2", "Ann Holt and Ben Ruiz, “Ferries and Fares: A Study,” Journal of Harbours 12, no. 3 (2018): 44–59, https://doi.org/10.1234/jh.2018.77.", { links: [link("https://doi.org/10.1234/jh.2018.77")], hints: { italic: ["Journal of Harbours"] } }));
    expect(p).toMatchObject({ title: "Ferries and Fares: A Study", outlet: "Journal of Harbours", authors: ["Ann Holt", "Ben Ruiz"], date: "2018", doi: "10.1234/jh.2018.77" });
  });

  it("reads a book with an imprint and no URL", () => {
    const p = parseReference(ref("r3", "Clara Voss, Bridges of the North (Leeds: Harbour Press, 2011), 10–12.", { hints: { italic: ["Bridges of the North"] } }));
    expect(p).toMatchObject({ title: "Bridges of the North", authors: ["Clara Voss"], outlet: "Harbour Press", date: "2011", url: null });
  });

  it("never takes an access date for the publication date, and reads an organisation as the outlet", () => {
    const p = parseReference(ref("r4", "Harbour Water, “Our Tap Programme,” accessed June 2, 2024, https://harbourwater.example/taps.", { links: [link("https://harbourwater.example/taps")] }));
    expect(p).toMatchObject({ title: "Our Tap Programme", outlet: "Harbour Water", date: null });
  });

  it("reads a month-precision date from an imprint", () => {
    const p = parseReference(ref("r5", "City Authority, Tap Design Guidance (Leeds: CA, March 2021), https://city.example/taps.", { links: [link("https://city.example/taps")], hints: { italic: ["Tap Design Guidance"] } }));
    expect(p.date).toBe("2021-03");
  });

  it("reads Wikipedia cs1 news and journal citations", () => {
    const news = parseReference(ref("r6", `Moreno, Lucia (22 September 1987). "Ridge telescope sees first light". Valley Journal. p. A1.`, { hints: { italic: ["Valley Journal"], citationType: "news" } }));
    expect(news).toMatchObject({ title: "Ridge telescope sees first light", outlet: "Valley Journal", authors: ["Lucia Moreno"], date: "1987-09-22", url: null });
    const journal = parseReference(
      ref("r7", `Park, S.; Ito, K. (2019). "A cool dwarf planet". The Sky Journal. 158 (4): 143. doi:10.3847/1538-3881/ab3c5f.`, {
        links: [link("https://en.wikipedia.org/wiki/Doi_(identifier)", "doi"), link("https://doi.org/10.3847%2F1538-3881%2Fab3c5f", "10.3847/1538-3881/ab3c5f")],
        hints: { italic: ["a", "The Sky Journal"], citationType: "journal" },
      }),
    );
    expect(journal).toMatchObject({ outlet: "The Sky Journal", authors: ["S. Park", "K. Ito"], date: "2019", url: "https://doi.org/10.3847%2F1538-3881%2Fab3c5f", doi: "10.3847/1538-3881/ab3c5f" });
  });

  it("reads a cs1 press release: publisher after '(Press release)', retrieval and archive dates ignored", () => {
    const p = parseReference(ref("r8", `"New camera installed" (Press release). Science Agency. 14 August 2014. Archived from the original on 17 April 2016. Retrieved 8 May 2023.`, { links: [link("https://agency.example/news?id=5")], hints: { italic: [], citationType: "press release" } }));
    expect(p).toMatchObject({ title: "New camera installed", outlet: "Science Agency", date: "2014-08-14" });
  });

  it("uses the domain table when the entry names no outlet, and the slug for inline links", () => {
    const p = parseReference(ref("r9", "the wire service reported", { kind: "link", links: [link("https://apnews.com/article/ferry-strike-ends-after-talks-0a1b2c3d4e5f", "the wire service reported")] }));
    expect(p).toMatchObject({ outlet: "Associated Press", title: "Ferry strike ends after talks" });
  });

  it("treats a long remark without title, date or link as a note", () => {
    const p = parseReference(ref("r10", "Full disclosure: I have owned shares in the ferry company since I was a child, and still do."));
    expect(p.note).toBe(true);
    expect(p.outlet).toBeNull();
  });
});
