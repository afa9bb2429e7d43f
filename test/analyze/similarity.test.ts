import { describe, expect, it } from "vitest";
import { SimilarityIndex } from "../../src/analyze/similarity";
import { terms } from "../../src/analyze/text";

const doc = (ref: string, text: string) => ({ ref, terms: terms(text) });

describe("SimilarityIndex", () => {
  const docs = [
    doc("r1", "Harbour ferry fares rise for winter crossings"),
    doc("r2", "Lighthouse keepers recall storms on the northern coast"),
    doc("r3", "Ferry timetable cut as winter storms close the harbour"),
  ];
  const claims = [
    "Ferry fares rise this winter, the harbour board said.",
    "Keepers of the lighthouse recall the storms.",
    "The minister opened a new school.",
  ].map(terms);
  const index = new SimilarityIndex(docs, claims);

  it("scores each reference sharing two or more words, as the share of its weight covered", () => {
    const s = index.scores(claims[0]!);
    expect([...s.keys()]).toEqual(["r1", "r3"]);
    expect(s.get("r1")!).toBeGreaterThan(s.get("r3")!);
    expect(s.get("r1")!).toBeLessThanOrEqual(1);
    expect(index.scores(claims[2]!).size).toBe(0);
  });

  it("gives a claim the same scores whatever was asked before (no sums carried over)", () => {
    const storms = terms("Winter storms close the harbour again");
    const fresh = new SimilarityIndex(docs, claims).scores(storms);
    index.scores(claims[0]!);
    index.scores(claims[0]!);
    expect(index.scores(storms)).toEqual(fresh);
    expect([...fresh.keys()].sort()).toEqual(["r1", "r3"]);
    expect(index.scores(claims[1]!)).toEqual(new Map([["r2", expect.any(Number)]]));
  });

  it("a whole description repeated in the claim scores 1", () => {
    expect(index.scores(terms("Lighthouse keepers recall storms on the northern coast")).get("r2")).toBeCloseTo(1, 5);
  });

  it("ignores a word that describes more than 64 references", () => {
    const many = Array.from({ length: 70 }, (_, i) => doc(`m${i}`, `Council budget report number ${i} river`));
    const big = new SimilarityIndex([...many, doc("x", "Council budget for the tram depot")], []);
    // "council" and "budget" each describe 71 references: neither is looked up, so only "tram"
    // and "depot" count, and only "x" has both.
    expect([...big.scores(terms("The council budget pays for the tram depot")).keys()]).toEqual(["x"]);
    expect(big.scores(terms("The council budget was cut")).size).toBe(0);
  });
});
