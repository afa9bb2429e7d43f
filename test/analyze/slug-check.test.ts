// title-url-mismatch: the slug against the whole entry, a warning only with a disagreeing
// date (src/analyze/slug-check.ts).
import { describe, expect, it } from "vitest";
import { slugCoverage, slugOf, titleUrlCheck, urlYearsDisagree } from "../../src/analyze/slug-check";

describe("slugOf", () => {
  it("reads the last segment that names the page, past page numbers", () => {
    expect(slugOf("https://news.example/2024/05/13/kim-russia-expanded-military-cooperation/")).toEqual(["kim", "russia", "expanded", "military", "cooperation"]);
    expect(slugOf("https://coast.example/en/european-discovery-of-the-coast/3")).toEqual(["european", "discovery", "coast"]);
    expect(slugOf("https://coast.example/en/maori-and-christian-churches/page-7")).toEqual(["maori", "christian", "churches"]);
  });

  it("has no slug for a section folder above a short leaf, a file, a script or an id", () => {
    expect(slugOf("http://culture.example/nz-identity-heritage/national-anthems/protocols")).toEqual(["protocols"]);
    expect(slugOf("http://ministry.example/downloads/rights/5th-covenant-report.pdf")).toEqual([]);
    expect(slugOf("https://bugs.example/show_bug.cgi?id=759422")).toEqual([]);
    expect(slugOf("http://texts.example/tm/scholarly/tei-Stout44-t2-body-d1-d1.html")).toEqual(["tei", "body"]);
    expect(slugOf("https://forum.example/posts/sYgv4eYH82JEsTD34")).toEqual([]);
  });

  it("splits camel case and folds accents", () => {
    expect(slugOf("http://stats.example/browse/HouseholdLabourForceSurvey_MRDec10qtr.aspx")).toEqual(["household", "labour", "force", "survey"]);
    expect(slugCoverage(["maori", "pakeha", "relations"], "Māori–Pākehā relations – Sports and race")).toBe(1);
  });
});

describe("titleUrlCheck", () => {
  it("finds the slug's words anywhere in the entry: a page of an encyclopedia entry agrees", () => {
    const raw = `Wilson, John (September 2007). "Tasman's voyage". Coast Encyclopedia: European discovery of the coast.`;
    expect(titleUrlCheck("https://coast.example/en/european-discovery-of-the-coast/3", "Tasman's voyage", raw, "2007-09")).toBeNull();
  });

  it("warns when the slug disagrees and so does a year the URL names", () => {
    const raw = `"2013 Census QuickStats about harbour towns". Statistics Office. 15 April 2014. Retrieved 25 July 2015.`;
    const c = titleUrlCheck("https://stats.example/information-releases/2018-census-totals-by-region-coastal-highlights", "2013 Census QuickStats about harbour towns", raw, "2014-04-15");
    expect(c).toMatchObject({ code: "title-url-mismatch", severity: "warning" });
  });

  it("warns when the slug disagrees and so does the URL's date (the seed's case)", () => {
    const raw = `"North Korea diversifies military-iference capabilities in partnership with Russia" - 38 North - December 29, 2024 (38north.org/20240513-kim-russia-expanded-military-cooperation/)`;
    const c = titleUrlCheck("38north.org/20240513-kim-russia-expanded-military-cooperation/", "North Korea diversifies military-iference capabilities in partnership with Russia", raw, "2024-12-29");
    expect(c?.severity).toBe("warning");
  });

  it("only notes a headline that shares no word with its slug when nothing else disagrees", () => {
    const raw = `Catsoulis, Jeannette. "Crawling Backwards In Time Into Haunted Real Estate". New York Times. Retrieved 2015-11-23.`;
    const c = titleUrlCheck("https://www.nytimes.com/2012/05/11/movies/the-road-by-the-philippine-director-yam-laranas", "Crawling Backwards In Time Into Haunted Real Estate", raw, null);
    expect(c).toMatchObject({ code: "title-url-mismatch", severity: "info" });
  });

  it("says nothing about a slug that shares some words, with no date against it", () => {
    const raw = `"Two Distant Strangers Makes Sure Voters Remember". 2021-03-08.`;
    expect(titleUrlCheck("https://films.example/2021/03/two-distant-strangers-joey-travon-free-1234621942/", "Two Distant Strangers Makes Sure Voters Remember", raw, "2021-03-08")).toBeNull();
  });

  it("does not count retrieval dates as the entry's years", () => {
    expect(urlYearsDisagree("https://news.example/2012/05/11/movies/the-road", `"A review". New York Times. Retrieved 2015-11-23.`, null)).toBe(false);
    expect(urlYearsDisagree("https://stats.example/2018-census-totals", `"2013 Census". 15 April 2014.`, "2014-04-15")).toBe(true);
  });
});
