// Articles built from item headings are summed up by their headings.
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index";
import { para, snapshot } from "./helpers";

const TIPS = [
  "Keep the bedroom dark",
  "Wear sunglasses on the drive home",
  "Eat a light meal before bed",
  "Stop caffeine six hours before sleep",
  "Keep the same sleep times on days off",
  "Turn the phone to silent",
  "Use a fan for steady noise",
  "Tell your family your sleep hours",
  "Nap before a night shift",
  "Keep the bedroom cool",
  "Skip alcohol as a sleep aid",
  "Exercise before the shift, not after",
  "Take a warm shower before bed",
  "Ask your doctor about melatonin",
  "See a doctor if tiredness lasts",
];

/** A body paragraph under a tip: a study sentence that would otherwise win ("Similarly, another study …"). */
const body = (tip: string, i: number) =>
  i % 2 === 0
    ? `Night-shift workers who sleep in the day sleep better when they ${tip.toLowerCase()}, a study of 900 night-shift nurses found.`
    : `Similarly, another study of night-shift nurses found that sleep in the day improves for those who ${tip.toLowerCase()}.`;

function article(title: string, headings: string[]) {
  const blocks = [para(`Working nights makes sleeping in the day hard, and night-shift nurses sleep two hours less than day workers.`, "paragraph", "intro")];
  headings.forEach((h, i) => blocks.push(para(h, "heading", `h${i}`), para(body(TIPS[i % TIPS.length]!, i), "paragraph", `p${i}`)));
  return analyze(snapshot({ title, blocks }));
}

describe("heading-structured articles", () => {
  it('"15 tips": the points are the fifteen tips, in order', () => {
    const r = article("15 tips for sleeping after a night shift", TIPS);
    expect(r.summary.map((p) => p.text)).toEqual(TIPS);
    expect(r.summary.every((p) => p.origin === "extracted")).toBe(true);
    expect(r.summary.some((p) => p.text.startsWith("Similarly"))).toBe(false);
  });

  it("spelled-out counts and a heading more or less than announced count too", () => {
    const six = TIPS.slice(0, 7);
    expect(article("Six ways to sleep after a night shift", six).summary.map((p) => p.text)).toEqual(six);
  });

  it("numbered headings are items even when the title announces no count", () => {
    const numbered = TIPS.slice(0, 5).map((t, i) => `${i + 1}. ${t}`);
    const r = article("How night-shift nurses get their sleep", [...numbered, "Conclusion"]);
    expect(r.summary.map((p) => p.text)).toEqual(numbered);
  });

  it("a news story's section headings are no items: its points are sentences", () => {
    const r = article("Night-shift nurses sleep two hours less than day workers", ["Background", "What the study found", "What happens next"]);
    expect(r.summary.length).toBeGreaterThan(0);
    expect(r.summary.every((p) => r.claims.find((c) => c.id === p.claim)?.kind === "sentence")).toBe(true);
  });

  it("the page's own key points still win over headings", () => {
    const blocks = TIPS.slice(0, 5).flatMap((t, i) => [para(t, "heading", `h${i}`), para(body(t, i), "paragraph", `p${i}`)]);
    const r = analyze(snapshot({ title: "5 tips for sleeping after a night shift", blocks, keyPoints: [para("Dark, cool and quiet rooms help most.", "list-item", "k0")] }));
    expect(r.summary).toHaveLength(1);
    expect(r.summary[0]).toMatchObject({ origin: "article", text: "Dark, cool and quiet rooms help most." });
  });
});
