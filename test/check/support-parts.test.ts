// Support verdicts part by part: how a claim is split (dates in every common format,
// numbers with units and separators, names with initials, quoted phrases, clauses), how
// each part is looked up across the whole source, contradictions, and short sources.
import { describe, expect, it } from "vitest";
import { claimParts } from "../../src/check/claim-parts";
import { datesIn, numbersIn } from "../../src/check/facts";
import { indexSource, judgeSupport } from "../../src/check/support";
import { readableBlocks } from "../../src/check/index";
import { pageTextLines } from "../../src/check/page-text";
import { modelMatchesFeatures } from "../../src/check/support-model";
import { extract } from "../../src/extract/index";
import { parseHtml } from "../support/pipeline";

const parse = (html: string, url: string) => extract(parseHtml(html, url), url);

const partsOf = (claim: string, kind: string) => claimParts(claim).filter((p) => p.kind === kind);
const judge = (claim: string, source: string[]) => judgeSupport(claim, indexSource(source));
const part = (claim: string, source: string[], text: string) => judge(claim, source)?.parts.find((p) => p.text === text);

describe("dates", () => {
  it.each([
    ["born 11 July 1909", { year: 1909, month: 7, day: 11 }],
    ["born July 11, 1909", { year: 1909, month: 7, day: 11 }],
    ["born on the 11th of July, 1909", { year: 1909, month: 7, day: 11 }],
    ["born 1909-07-11", { year: 1909, month: 7, day: 11 }],
    ["born 25/07/1909", { year: 1909, month: 7, day: 25 }],
    ["born Jul. 11 1909", { year: 1909, month: 7, day: 11 }],
    ["opened in July 1909", { year: 1909, month: 7, day: null }],
    ["opened on July 11", { year: null, month: 7, day: 11 }],
    ["popular in the 1960s", { decade: 1960, year: null }],
    ["opened in 1909", { year: 1909, month: null, day: null }],
  ])("%s", (text, want) => {
    const dates = partsOf(`The bridge was ${text}.`, "date");
    expect(dates).toHaveLength(1);
    expect(dates[0]!.date).toMatchObject(want);
  });

  it("reads both years of a season or range", () => {
    expect(datesIn("the 2016–17 season and 1991-2010").map((d) => d.year)).toEqual([2016, 2017, 1991, 2010]);
  });

  it("finds a date the source writes in another format", () => {
    const source = ["The singer was born on July 11, 1909, in a small town by the river.", "She recorded her first album in 1931."];
    expect(part("She was born 11 July 1909.", source, "11 July 1909")).toMatchObject({ found: true, passage: source[0] });
    expect(part("She was born 1909-07-11.", source, "1909-07-11")).toMatchObject({ found: true });
    expect(part("She was born 12 July 1909.", source, "12 July 1909")?.found).toBe(false);
  });

  it("backs a year from the page's dateline when no sentence gives it", () => {
    const source = ["Published 4 September 2013", "Researchers dated the first dynasty with radiocarbon from hair and plant remains."];
    expect(part("In 2013, researchers dated the first dynasty with radiocarbon.", source, "2013")).toMatchObject({ found: true, passage: source[0] });
  });
});

describe("numbers", () => {
  it.each([
    ["6,000 troops", 6000, "troop"],
    ["6 000 troops", 6000, "troop"],
    ["4.2 million euros", 4_200_000, "euro"],
    ["$3bn", 3e9, "$"],
    ["41.3%", 41.3, "%"],
    ["41.3 per cent", 41.3, "%"],
    ["over fifty films", 50, "film"],
    ["twenty-five films", 25, "film"],
    ["its seventh album", 7, "album"],
  ])("%s", (text, value, unit) => {
    const numbers = partsOf(`The group counted ${text} in all.`, "number");
    expect(numbers).toHaveLength(1);
    expect(numbers[0]!.number).toMatchObject({ value, unit });
  });

  it("does not read a year or a date as a number", () => {
    expect(partsOf("On 3 May 2019 the club signed 14 players.", "number").map((p) => p.number?.value)).toEqual([14]);
  });

  it("finds a number written another way, and one rounded as the claim rounds it", () => {
    const source = ["The council approved a budget of 4,213,000 euros for the sea wall.", "Six thousand residents signed the petition."];
    expect(part("The council approved 4.2 million euros for the wall.", source, "4.2 million")?.found).toBe(true);
    expect(part("The petition had 6,000 signatures from residents.", source, "6,000")?.found).toBe(true);
    expect(numbersIn("six thousand residents")[0]?.value).toBe(6000);
  });
});

describe("names and quotes", () => {
  it.each([
    ["Thomas K. Arnold is the publisher.", "Thomas K. Arnold"],
    ["The novel is by J. R. R. Tolkien.", "J. R. R. Tolkien"],
    ["Judge Lisa White Hardwick applied.", "Judge Lisa White Hardwick"],
    ["It was bought by the Bank of England in 1990.", "Bank of England"],
  ])("%s → %s", (claim, name) => {
    expect(partsOf(claim, "name").map((p) => p.text)).toContain(name);
  });

  it("does not take the words that begin a sentence for names", () => {
    expect(partsOf("In 2019 the museum reopened.", "name")).toEqual([]);
    expect(partsOf("Instead, the museum reopened.", "name")).toEqual([]);
  });

  it("finds a name with initials when the source spells it without them", () => {
    const source = ["Thomas Arnold has covered the home entertainment trade for three decades."];
    expect(part("Thomas K. Arnold covered the home entertainment trade.", source, "Thomas K. Arnold")?.found).toBe(true);
    expect(part("Thomas K. Baxter covered the home entertainment trade.", source, "Thomas K. Baxter")?.found).toBe(false);
  });

  it("reads quoted phrases whole, commas and all, and finds them only when the source has them", () => {
    const claim = 'Critics called the film "slow, sad and beautiful" on release.';
    expect(partsOf(claim, "quote").map((p) => p.text)).toEqual(["slow, sad and beautiful"]);
    expect(part(claim, ["One critic found it slow, sad and beautiful."], "slow, sad and beautiful")?.found).toBe(true);
    expect(part(claim, ["One critic found it slow and sad."], "slow, sad and beautiful")?.found).toBe(false);
  });
});

describe("clauses across the whole source", () => {
  it("splits a claim into its relation clauses", () => {
    expect(partsOf("The station opened in 1932, which made it the oldest in the region.", "clause").map((p) => p.text)).toEqual(["The station opened in 1932", "which made it the oldest in the region."]);
  });

  it("finds each part where it is, even far apart in the source", () => {
    const source = [
      "The lighthouse stands on the northern cape.",
      ...Array.from({ length: 30 }, (_, i) => `Paragraph ${i} describes the walking trails and the birds of the coast.`),
      "The keepers' cottages beside the lighthouse were turned into a small museum in 1998.",
    ];
    const r = judge("The lighthouse on the northern cape has a museum in the keepers' cottages since 1998.", source);
    expect(r?.parts.find((p) => p.text === "1998")).toMatchObject({ found: true, passage: source[31] });
    expect(r?.verdict).not.toBe("not-found");
  });
});

describe("verdicts", () => {
  const source = [
    "The ministry said on Monday that 6,000 soldiers had been sent to the border region.",
    'Officials called the move "deeply concerning" in a short statement.',
    "Weather on the coast stayed mild for the season.",
  ];

  it("found when every part is backed, each with its sentence", () => {
    const r = judge('The ministry said 6,000 soldiers had been sent to the border, a move officials called "deeply concerning".', source);
    expect(r?.verdict).toBe("found");
    expect(r?.parts.every((p) => p.found)).toBe(true);
    expect(r?.parts.find((p) => p.text === "deeply concerning")?.passage).toBe(source[1]);
    expect(r?.passage).toContain("6,000 soldiers");
  });

  it("not-found when no part is backed", () => {
    const r = judge("Fishing crews reported record catches of mackerel off the islands.", source);
    expect(r?.verdict).toBe("not-found");
    expect(r?.passage).toBeNull();
    expect(r?.parts.some((p) => p.found)).toBe(false);
  });

  it("a different number for the same thing is a contradiction: not-found, with the sentence that says otherwise", () => {
    const r = judge("The ministry said 8,000 soldiers had been sent to the border region.", source);
    expect(r?.verdict).toBe("not-found");
    expect(r?.parts.find((p) => p.text === "8,000")).toEqual({ text: "8,000", found: false, passage: source[0] });
    expect(r?.passage).toBe(source[0]);
  });

  it("a different year for the same thing is a contradiction too", () => {
    const bridge = ["The suspension bridge over the river opened to traffic in 1934.", "It was painted red in 1950."];
    const r = judge("The suspension bridge over the river opened to traffic in 1932.", bridge);
    expect(r?.verdict).toBe("not-found");
    expect(r?.parts.find((p) => p.text === "1932")).toMatchObject({ found: false, passage: bridge[0] });
    expect(judge("The suspension bridge over the river opened to traffic in 1934.", bridge)?.verdict).toBe("found");
  });

  it("a contradiction never leaves a claim found while other facts stand: partial", () => {
    const life = ["Brian Pendleton, guitarist, was born on 13 April 1944 and died on 25 May 2001.", "He was a founder member of the Pretty Things in the 1960s."];
    const r = judge("Brian Pendleton (13 April 1944 – 16 May 2001) was a guitarist and a founder member of the Pretty Things.", life);
    expect(r?.parts.find((p) => p.text === "16 May 2001")).toMatchObject({ found: false, passage: life[0] });
    expect(r?.parts.find((p) => p.text === "13 April 1944")?.found).toBe(true);
    expect(r?.verdict).toBe("partial");
  });

  it("ships weights fitted on the features this code computes", () => {
    expect(modelMatchesFeatures()).toBe(true);
  });
});

describe("short sources", () => {
  const statement = `<!doctype html><html><head><title>Statement</title><script>var x = "<p>not text</p>";</script></head><body>
    <p>The Harbour Board confirms that the east pier will close on 3 March 2025 for repairs lasting six weeks.</p></body></html>`;

  it("reads a short statement that the extractor does not take for an article", () => {
    const snapshot = parse(statement, "https://board.example/statement");
    expect(snapshot.found).toBe(false);
    const blocks = readableBlocks(snapshot, statement, true);
    expect(blocks).toEqual(["The Harbour Board confirms that the east pier will close on 3 March 2025 for repairs lasting six weeks."]);
    expect(judge("The east pier closes on 3 March 2025 for six weeks of repairs.", blocks)?.verdict).toBe("found");
  });

  it("reads a data page's lines and a list", () => {
    const data = "<table><tr><th>Year</th><th>Visitors</th></tr><tr><td>2022</td><td>14,200</td></tr><tr><td>2023</td><td>17,950</td></tr></table><ul><li>Open daily</li><li>Free entry on Sundays &amp; holidays</li></ul>";
    const lines = pageTextLines(`<html><body>${data}</body></html>`, 10_000);
    expect(lines).toEqual(["Year", "Visitors", "2022", "14,200", "2023", "17,950", "Open daily", "Free entry on Sundays & holidays"]);
    expect(part("The museum had 17,950 visitors in 2023.", lines, "17,950")?.found).toBe(true);
  });

  it("gives no text for a page that has none, or for a wall (not answered as the work)", () => {
    expect(readableBlocks(parse("<html><body></body></html>", "https://x.example/"), "<html><body></body></html>", true)).toEqual([]);
    expect(readableBlocks(null, statement, false)).toEqual([]);
  });

  it("is safe on hostile markup: unclosed scripts and comments hide the rest, in linear time", () => {
    expect(pageTextLines("<body><p>Kept</p><script>var a = 1;<p>hidden", 1000)).toEqual(["Kept"]);
    expect(pageTextLines("<body><p>Kept</p><!-- <p>hidden</p>", 1000)).toEqual(["Kept"]);
    const started = performance.now();
    pageTextLines("<body>" + "<script>x".repeat(50_000), 1000);
    pageTextLines("<body>" + "<!--".repeat(50_000), 1000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
