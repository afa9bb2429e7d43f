// Author–year (APA, Harvard) reference entries read into authors, year, title and journal.
import { describe, it, expect } from "vitest";
import { parseAuthorYear } from "../../src/analyze/parse-author-year";
import { parseReference } from "../../src/analyze/parse-reference";

describe("author–year entries", () => {
  it("reads an APA journal article with three authors and a DOI", () => {
    expect(parseAuthorYear("Tanaka, H., Mori, K., & Ito, S. (2021). Transit pricing in Osaka. Journal of Urban Economics, 12(3), 45–60. https://doi.org/10.1016/j.jue.2021.0001")).toEqual({
      authors: ["H. Tanaka", "K. Mori", "S. Ito"],
      year: "2021",
      title: "Transit pricing in Osaka",
      outlet: "Journal of Urban Economics",
    });
  });
  it("keeps a question mark that ends the title, and reads 'et al.'", () => {
    const f = parseAuthorYear("Okafor, N. et al. (2019a). Do bike lanes slow traffic? Transport Reviews, 39, 1–19.");
    expect(f?.title).toBe("Do bike lanes slow traffic?");
    expect(f?.outlet).toBe("Transport Reviews");
    expect(f?.year).toBe("2019");
    expect(f?.authors).toEqual(["N. Okafor"]);
  });
  it("leaves other shapes to the generic reader", () => {
    expect(parseAuthorYear('"Council approves budget" - Wire - March 3, 2025')).toBeNull();
    expect(parseAuthorYear("World Bank (2020). Annual report.")).toBeNull(); // no "Surname, I." author
    expect(parseAuthorYear('Whitcombe, D.; Haas, R. (1992). "Site testing at a dark ridge". Sky Journal.')).toBeNull();
  });
  it("is what parseReference uses for such entries", () => {
    const parsed = parseReference({
      id: "r1", label: null, kind: "list",
      raw: "Lind, M., & Okafor, N. (2018). Shared streets and who uses them. Urban Studies, 55(4), 801–818. https://doi.org/10.1177/0042098017700000",
      links: [{ href: "https://doi.org/10.1177/0042098017700000", text: "https://doi.org/10.1177/0042098017700000" }],
      hints: { italic: ["Urban Studies"] },
    });
    expect(parsed).toMatchObject({ title: "Shared streets and who uses them", outlet: "Urban Studies", authors: ["M. Lind", "N. Okafor"], date: "2018", doi: "10.1177/0042098017700000" });
  });
});
