// Summary points read on their own: never a sentence that leans on the one before it (unless
// that one is taken too), a caption, a pull quote, a byline or a line of links.
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index";
import type { ScoredCandidate } from "../../src/analyze/summary";
import { selectPoints, type SelectSettings } from "../../src/analyze/summary-select";
import type { SnapshotBlock } from "../../src/report";
import { para, snapshot } from "./helpers";

const TITLE = "Coffee after noon cuts sleep by an hour, Leeds researchers say";

/** A short news story about coffee and sleep; `extra` goes in as the second block, after a question that is no point. */
function story(extra: SnapshotBlock) {
  const blocks = [
    para("Does your afternoon coffee keep you awake at night?", "paragraph", "s0"),
    extra,
    para("The Leeds researchers followed 2,000 coffee drinkers for a year and measured their sleep each night.", "paragraph", "s2"),
    para("People who drank coffee after noon slept 61 minutes less than those who stopped in the morning.", "paragraph", "s3"),
    para("The team also found that decaffeinated coffee made no difference to sleep.", "paragraph", "s4"),
    para("Night-shift workers were left out of the study, the researchers said.", "paragraph", "s5"),
    para("The findings will be published in the Journal of Sleep Research next month.", "paragraph", "s6"),
    para("Doctors in Leeds say patients who sleep badly should stop drinking coffee after noon.", "paragraph", "s7"),
  ];
  return analyze(snapshot({ title: TITLE, blocks })).summary.map((p) => p.text);
}

const CENTRAL = "coffee after noon cuts sleep by an hour a night for coffee drinkers, the Leeds researchers say.";

describe("summary points stand alone", () => {
  it.each([
    ["a connective", `Similarly, another study found ${CENTRAL}`],
    ["a pronoun adding to what was said", `He also said ${CENTRAL}`],
    ["a pointer back", `This was because ${CENTRAL}`],
    ["a contrast", `However, ${CENTRAL}`],
  ])("never a sentence opening with %s when the sentence before is no point", (_kind, text) => {
    const points = story(para(text, "paragraph", "s1"));
    expect(points.length).toBeGreaterThan(0);
    expect(points).not.toContain(text);
  });

  it("a sentence that stands on its own is picked in the same place (the rules above are about the opener)", () => {
    const text = `Drinking ${CENTRAL}`;
    expect(story(para(text, "paragraph", "s1"))).toContain(text);
  });

  it("a leaning sentence is taken right after the sentence it leans on, and never without it", () => {
    const cand = (index: number, score: number, leaning: boolean, before: number, text: string): ScoredCandidate => ({
      claim: { id: `c${index}`, text, kind: "sentence", sources: [], checks: [], block: `b${index}`, start: 0, end: text.length },
      index, paraStart: true, leaning, before, terms: text.toLowerCase().split(" "), words: text.split(" ").length, features: [], score,
    });
    const lead = cand(0, 0.5, false, -1, "The council closed the harbour bridge on Monday");
    const leaning = cand(1, 0.9, true, 0, "It will stay shut for repairs until the spring");
    const other = cand(2, 0.4, false, -1, "Ferry crossings were doubled for the winter months");
    // sentence scores only (no word counts), two points
    const settings: SelectSettings = { min: 2, max: 2, mu: 1, rankGate: 0, referenceWords: 45, repeat: { stop: 0, content: 0 } };
    expect(selectPoints([lead, leaning, other], new Map(), settings).map((c) => c.index)).toEqual([0, 1]);
    expect(selectPoints([{ ...leaning, before: -1 }, other], new Map(), settings).map((c) => c.index)).toEqual([2]);
  });

  it("never a figure's caption", () => {
    const caption = { ...para(`Drinking ${CENTRAL}`, "paragraph", "s1"), caption: true };
    expect(story(caption)).not.toContain(caption.text);
  });

  it("never a pull quote or other quotation block", () => {
    const quote = para(`Drinking ${CENTRAL}`, "quote", "s1");
    expect(story(quote)).not.toContain(quote.text);
  });

  it.each([
    ["an author's line", "Jane Okafor is a health reporter at the Leeds Courier who covers coffee, sleep and the night shift."],
    ["a byline", "By Jane Okafor, who reports on coffee, sleep and the night for the Leeds Courier"],
    ["a photo credit", "Photo: coffee drinkers in Leeds, who sleep an hour less when they drink coffee after noon"],
  ])("never %s", (_kind, text) => {
    expect(story(para(text, "paragraph", "s1"))).not.toContain(text);
  });

  it("never a line of links", () => {
    const text = "Coffee after noon and your sleep · Why coffee drinkers sleep less at night · Leeds researchers on coffee";
    const parts = text.split(" · ");
    let at = 0;
    const links = parts.map((p, i) => {
      const start = text.indexOf(p, at);
      at = start + p.length;
      return { start, end: start + p.length, href: `https://courier.example/coffee-${i}`, text: p };
    });
    const block: SnapshotBlock = { id: "s1", kind: "paragraph", text, markers: [], links };
    expect(story(block).some((p) => p.includes("Coffee after noon and your sleep"))).toBe(false);
  });
});
