// The word model's features (summary-words.ts): what an article says of each of its words, and
// the shipped model's reading of them.
import { describe, expect, it } from "vitest";
import type { ScoredCandidate } from "../../src/analyze/summary";
import { WORD_MODEL } from "../../src/analyze/summary-scorer";
import { namesMatch, WORD_FEATURE_NAMES, wordFeatures, wordProbabilities } from "../../src/analyze/summary-words";

const SENTENCES = [
  "The Harbour Council closed the Kelby bridge on Monday for repairs.",
  "Drivers must now take the ferry, which runs every hour.",
  "The council said the bridge repairs would cost 4 million pounds.",
  "A local baker, who has worked on the quay for years, said trade was slow.",
  "The bridge should reopen in the spring, the council said.",
];

function cand(index: number, score: number): ScoredCandidate {
  const text = SENTENCES[index]!;
  return {
    claim: { id: `c${index}`, text, kind: "sentence", sources: [], checks: [], block: `b${index}`, start: 0, end: text.length },
    index, paraStart: true, leaning: false, before: -1, terms: [], words: text.split(" ").length, features: [], score,
  };
}

const CANDS = SENTENCES.map((_, i) => cand(i, [0.6, 0.3, 0.4, 0.1, 0.35][i]!));
const HEAD = { title: "Kelby bridge closed for repairs", description: null };
const features = wordFeatures(SENTENCES, CANDS, HEAD);
const f = (word: string, name: (typeof WORD_FEATURE_NAMES)[number]) => features.get(word)![WORD_FEATURE_NAMES.indexOf(name)]!;

describe("word features", () => {
  it("gives every word of the article one vector of the named features", () => {
    expect(features.get("bridge")).toHaveLength(WORD_FEATURE_NAMES.length);
    expect(features.has("ferry")).toBe(true);
    expect(features.has("lighthouse")).toBe(false);
  });

  it("counts how often and in how many sentences a word comes, and where first", () => {
    expect(f("bridge", "frequency")).toBeCloseTo(Math.log(1 + 3));
    expect(f("bridge", "spread")).toBeCloseTo(3 / 5);
    expect(f("baker", "spread")).toBeCloseTo(1 / 5);
    expect(f("bridge", "firstAt")).toBe(1);
    expect(f("baker", "firstAt")).toBeCloseTo(1 / 4);
    expect(f("bridge", "inLead")).toBe(1);
    expect(f("baker", "inLead")).toBe(0);
  });

  it("marks the headline's words, names, numbers and stop words", () => {
    expect(f("kelby", "inHeadline")).toBe(1);
    expect(f("ferry", "inHeadline")).toBe(0);
    expect(f("kelby", "capitalised")).toBe(1);
    expect(f("ferry", "capitalised")).toBe(0);
    expect(f("4", "digit")).toBe(1);
    expect(f("the", "stopWord")).toBe(1);
    expect(f("the", "headlineContent")).toBe(0);
    expect(f("bridge", "headlineContent")).toBe(1);
  });

  it("gives each named feature its own value (the vector is written in the names' order)", () => {
    expect(f("bridge", "length")).toBeCloseTo(6 / 12);
    expect(f("the", "stopFrequency")).toBeCloseTo(f("the", "frequency"));
    expect(f("bridge", "stopFrequency")).toBe(0);
    expect(f("bridge", "articleLength")).toBeCloseTo(Math.log(5));
    expect(f("ferry", "articleLength")).toBeCloseTo(Math.log(5));
  });

  it("carries the best score of the sentences holding the word, and their sum", () => {
    expect(f("bridge", "bestSentence")).toBe(0.6);
    expect(f("baker", "bestSentence")).toBe(0.1);
    expect(f("bridge", "sentenceMass")).toBeCloseTo(Math.log(1 + 0.6 + 0.4 + 0.35));
  });
});

describe("the shipped word model", () => {
  it("names the code's features (else the summary would count no word)", () => {
    expect(WORD_MODEL).not.toBeNull();
    expect(namesMatch({ features: [...WORD_FEATURE_NAMES].reverse() }, WORD_FEATURE_NAMES)).toBe(false);
  });

  it("finds the story's repeated headline words likelier in highlights than an aside's word said once", () => {
    const p = wordProbabilities(features, WORD_MODEL!);
    expect(p.get("bridge")!).toBeGreaterThan(p.get("baker")!);
    expect(p.get("repairs")!).toBeGreaterThan(p.get("quay")!);
  });
});
