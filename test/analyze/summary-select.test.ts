// The picker chooses points together for the words an editor's highlights would use
// (summary-select.ts): likely words held once count, a repeat counts little, every word costs,
// the sentence score still weighs, and points come only from the better-scored sentences.
import { describe, expect, it } from "vitest";
import type { ScoredCandidate } from "../../src/analyze/summary";
import { selectPoints, type SelectSettings } from "../../src/analyze/summary-select";

function cand(index: number, score: number, text: string): ScoredCandidate {
  return {
    claim: { id: `c${index}`, text, kind: "sentence", sources: [], checks: [], block: `b${index}`, start: 0, end: text.length },
    index,
    paraStart: true,
    leaning: false,
    before: -1,
    terms: text.toLowerCase().replace(/[.,]/g, "").split(" "),
    words: text.split(" ").length,
    features: [],
    score,
  };
}

/** Word probabilities: the harbour story's words are likely, anything else is not. */
const LIKELY = new Map(
  Object.entries({ harbour: 0.6, bridge: 0.6, closed: 0.5, council: 0.5, repairs: 0.5, ferry: 0.5, crossings: 0.5, doubled: 0.4, monday: 0.3, spring: 0.3 }),
);

/** Sentences hardly anyone would pick, after `cands`, so that the better half of the article holds all of `cands`. */
function withFillers(cands: ScoredCandidate[]): ScoredCandidate[] {
  const fillers = ["Some readers wrote letters about it", "Others were not so sure either way", "Nobody else had much to add then", "Then it rained for most of a week"];
  return [...cands, ...fillers.slice(0, cands.length).map((t, i) => cand(cands.length + i, 0.01, t))];
}

const SETTINGS: SelectSettings = { min: 1, max: 3, mu: 0.05, rankGate: 0, referenceWords: 45, repeat: { stop: 0.25, content: 0.1 } };
const picked = (cands: ScoredCandidate[], settings: Partial<SelectSettings> = {}, prob = LIKELY) =>
  selectPoints(cands, prob, { ...SETTINGS, ...settings }).map((c) => c.index);

describe("points chosen for the words editors use", () => {
  it("of two sentences an editor would pick alike, takes the one holding the story's likely words", () => {
    const plain = cand(0, 0.4, "Officials spoke to reporters at length about the situation this week");
    const rich = cand(1, 0.4, "The council closed the harbour bridge for repairs on Monday");
    expect(picked([plain, rich], { max: 1 })).toEqual([1]);
  });

  it("a word already held counts little: the next point brings new likely words, not the same ones again", () => {
    const first = cand(0, 0.5, "The council closed the harbour bridge for repairs");
    // shares the likely words with the first, but not most of its terms (no near-duplicate)
    const again = cand(1, 0.45, "Repairs to the harbour bridge mean the council has it closed while engineers and builders inspect old steel girders");
    const news = cand(2, 0.4, "Ferry crossings were doubled until the spring");
    expect(picked(withFillers([first, again, news]), { min: 2, max: 2 })).toEqual([0, 2]);
  });

  it("every word given costs: of two sentences with the same likely words, the shorter one", () => {
    const long = cand(0, 0.4, "After a long and winding meeting that went on well into the evening the council closed the harbour bridge for repairs");
    const short = cand(1, 0.4, "The council closed the harbour bridge for repairs");
    expect(picked([long, short], { max: 1 })).toEqual([1]);
  });

  it("past the fewest points, stops when one more would lower the expected overlap", () => {
    const a = cand(0, 0.5, "The council closed the harbour bridge for repairs on Monday");
    const b = cand(1, 0.45, "Ferry crossings were doubled until the spring");
    const filler = cand(2, 0.44, "Some people said that they had thought about it for quite a while before");
    expect(picked([a, b, filler], { min: 2, max: 3 })).toEqual([0, 1]);
    expect(picked([a, b, filler], { min: 3, max: 3 })).toEqual([0, 1, 2]);
  });

  it("the sentence score still weighs: a sentence an editor would rarely pick loses to one they would, at a high enough weight", () => {
    const rare = cand(0, 0.05, "The council closed the harbour bridge for repairs on Monday");
    const likely = cand(1, 0.9, "Officials spoke to reporters at length about the situation this week");
    expect(picked(withFillers([rare, likely]), { max: 1, mu: 0.05 })).toEqual([0]);
    expect(picked(withFillers([rare, likely]), { max: 1, mu: 1 })).toEqual([1]);
  });

  it("the scores add up: a third sentence an editor would likely pick is a point though it scores below the first two", () => {
    const a = cand(0, 0.9, "The council closed the harbour bridge for repairs on Monday");
    const b = cand(1, 0.9, "Ferry crossings were doubled until the spring");
    // no likely word of its own, so the expected overlap falls a little; a mean of the scores would fall too
    const c = cand(2, 0.6, "Officials spoke to reporters at length about the situation this week");
    expect(picked(withFillers([a, b, c]), { min: 2, max: 3, mu: 1 })).toEqual([0, 1, 2]);
    // a sentence hardly anyone would pick is still left out
    const rare = cand(2, 0.05, "Officials spoke to reporters at length about the situation this week");
    expect(picked(withFillers([a, b, rare]), { min: 2, max: 3, mu: 1 })).toEqual([0, 1]);
  });

  it("only sentences among the best `rankGate` scores are points, however many likely words they hold", () => {
    const cands = withFillers([
      cand(0, 0.5, "Officials spoke to reporters at length about the situation this week"),
      cand(1, 0.45, "Residents gathered in the square to hear the news from officials"),
      cand(2, 0.1, "The council closed the harbour bridge for repairs on Monday"),
    ]);
    expect(picked(cands, { max: 1, rankGate: 3 })).toEqual([2]);
    expect(picked(cands, { max: 1, rankGate: 2 })).not.toContain(2);
  });

  it("on a short article, only the better half of the sentences are points (an aside's own words do not make it one)", () => {
    const cands = [
      cand(0, 0.5, "Officials spoke to reporters at length about the situation this week"),
      cand(1, 0.45, "Residents gathered in the square to hear the news from officials"),
      cand(2, 0.4, "Shops stayed open late while people waited for the news"),
      cand(3, 0.1, "The council closed the harbour bridge for repairs on Monday"),
    ];
    // no rank gate: the better half of four candidates is the best two
    expect(picked(cands, { max: 1, rankGate: 0 })).not.toContain(3);
    // the same sentence in a longer article (its better half reaching it) is the point
    expect(picked(withFillers(cands), { max: 1, rankGate: 0 })).toEqual([3]);
  });

  it("gives the points in article order", () => {
    const a = cand(0, 0.3, "Ferry crossings were doubled until the spring");
    const b = cand(1, 0.6, "The council closed the harbour bridge for repairs on Monday");
    expect(picked([a, b], { min: 2, max: 2 })).toEqual([0, 1]);
  });
});
