// url-date-mismatch and date-after-article fire only when an editor would sign them
// (src/analyze/date-checks.ts).
import { describe, expect, it } from "vitest";
import { afterArticleCheck, articleAsOf, daysApart, publicationDateInUrl, urlDateCheck, yearInProse } from "../../src/analyze/date-checks";
import { analyze } from "../../src/analyze/index";
import { para, ref, snapshot } from "./helpers";

describe("publicationDateInUrl", () => {
  it("reads a day or a month the path states", () => {
    expect(publicationDateInUrl("https://news.example/2009/06/11/business/rates-cut.html")).toBe("2009-06-11");
    expect(publicationDateInUrl("https://news.example/money/lost-funds-20130903-2t1jl.html")).toBe("2013-09-03");
    expect(publicationDateInUrl("38north.org/20240513-kim-russia-expanded-military-cooperation/")).toBe("2024-05-13");
    expect(publicationDateInUrl("https://news.example/life/2025/feb/09/storm")).toBe("2025-02-09");
    expect(publicationDateInUrl("https://news.example/2018/11/a-pesky-time-loop")).toBe("2018-11");
  });

  it("reads no publication date from a year alone, an act number or an uploads folder", () => {
    expect(publicationDateInUrl("https://coast.example/en/1966/harbour-bridges/2")).toBeNull();
    expect(publicationDateInUrl("https://statutes.example/act/public/1986/0114/latest/whole.html")).toBeNull();
    expect(publicationDateInUrl("https://itu.example/net4/idi/2017/")).toBeNull();
    expect(publicationDateInUrl("http://society.example/wp-content/uploads/2010/01/review-vol-30.pdf")).toBeNull();
    expect(publicationDateInUrl("https://archive.example/2024/05")).toBeNull();
  });

  it("reads an archived copy through to the original's date, not the capture's", () => {
    expect(publicationDateInUrl("https://web.archive.org/web/20070531085218/http://science.example/news/2006/mammal.html")).toBeNull();
    expect(publicationDateInUrl("https://web.archive.org/web/20070531085218/http://science.example/2006/03/14/mammal")).toBe("2006-03-14");
  });
});

describe("urlDateCheck", () => {
  it("lets a day's difference pass (web and print dates) and warns on a real gap", () => {
    expect(urlDateCheck("https://news.example/2009/06/11/rates-cut", "2009-06-10")).toBeNull();
    expect(urlDateCheck("https://news.example/film/2016/sep/26/review", "2016-09-25")).toBeNull();
    expect(urlDateCheck("https://news.example/2009/06/13/rates-cut", "2009-06-10")?.code).toBe("url-date-mismatch");
    expect(urlDateCheck("38north.org/20240513-kim-russia", "2024-12-29")?.message).toBe(
      "The URL says 2024-05-13 but the citation says 29 Dec 2024. Check which date is right; the link may point at a different article.",
    );
  });

  it("gives a month-dated citation a month on either side (an issue on sale early, a copy online later)", () => {
    expect(urlDateCheck("https://imf.example/Issues/2018/03/20/report", "2018-04")).toBeNull();
    expect(urlDateCheck("https://news.example/2018/11/loop-trailer", "2018-12-01")).toBeNull();
    expect(urlDateCheck("https://news.example/2018/01/20/report", "2018-04")?.code).toBe("url-date-mismatch");
  });

  it("measures gaps between the periods dates cover", () => {
    expect(daysApart("2024-05", "2024-05-31")).toBe(0);
    expect(daysApart("2024-05", "2024-06-02")).toBe(2);
    expect(daysApart("2023", "2024-01-01")).toBe(1);
  });
});

describe("afterArticleCheck", () => {
  it("compares with the last update when the page states one", () => {
    const dates = { published: "2001-10-29", modified: "2019-09-26" };
    expect(articleAsOf(dates)).toEqual({ date: "2019-09-26", updated: true });
    expect(afterArticleCheck("2014-04-15", dates)).toBeNull();
    expect(afterArticleCheck("2019-09", dates)).toBeNull();
    expect(afterArticleCheck("2019-11-02", dates)?.message).toMatch(/after the page's last update \(26 Sep 2019\)/);
  });

  it("never calls a wiki older than its sources when it states no update", () => {
    expect(afterArticleCheck("2014-04-15", { published: "2001-10-29", wiki: true })).toBeNull();
    expect(afterArticleCheck("2014-04-15", { published: "2001-10-29" })?.code).toBe("date-after-article");
  });

  it("lets a source dated the day after the article pass, and ignores an 'update' before publication", () => {
    expect(afterArticleCheck("2024-03-02", { published: "2024-03-01" })).toBeNull();
    expect(afterArticleCheck("2024-03-04", { published: "2024-03-01" })?.code).toBe("date-after-article");
    expect(articleAsOf({ published: "2024-03-01", modified: "2023-01-01" })).toEqual({ date: "2024-03-01", updated: false });
  });

  it("reads a year in a note's prose as its subject, not its date", () => {
    expect(yearInProse("2035", "The population is projected to reach twenty-five thousand in 2035.", null)).toBe(true);
    expect(yearInProse("2035", "Harbour Board (2035). Plans.", null)).toBe(false);
    expect(yearInProse("2035", "Projected to rise by 2035.", "https://x.example/plan")).toBe(false);
  });
});

describe("analyze: article.modified and the wiki flag", () => {
  const refs = [ref("r1", `"Harbour population passes twenty thousand" - Statistics Office - 15 April 2014`)];
  const blocks = [para("The town passed twenty thousand people in 2014.[r1]")];

  it("reports the snapshot's last update and checks sources against it", () => {
    const r = analyze(snapshot({ published: "2003-05-12", modified: "2024-02-03", blocks, references: refs }));
    expect(r.article.modified).toBe("2024-02-03");
    expect(r.references[0]!.checks.map((c) => c.code)).not.toContain("date-after-article");
  });

  it("checks nothing against a wiki's creation date", () => {
    const wiki = analyze(snapshot({ published: "2003-05-12", wiki: true, blocks, references: refs }));
    expect(wiki.references[0]!.checks.map((c) => c.code)).not.toContain("date-after-article");
    const plain = analyze(snapshot({ published: "2003-05-12", blocks, references: refs }));
    expect(plain.references[0]!.checks.map((c) => c.code)).toContain("date-after-article");
    expect("modified" in plain.article).toBe(false);
  });
});
