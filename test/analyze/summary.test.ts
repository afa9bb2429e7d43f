import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index";
import { para, ref, snapshot } from "./helpers";

/** A short article about a ferry timetable, with a two-sentence aside about a bakery (sentences 3 and 6). */
const FERRY_WITH_ASIDE = [
  "The island ferry service cut its winter timetable to two crossings a day.",
  "Islanders said two winter crossings a day leave commuters stranded on the mainland.",
  "The ferry operator blamed engine repairs for the winter timetable.",
  "A new bakery on the high street now sells rye bread and seed cakes.",
  "Council members asked the ferry service to restore the third crossing.",
  "Freight lorries now queue for the morning ferry crossing.",
  "The bakery owner trained in a city kitchen before moving back home.",
];

describe("summary", () => {
  it("uses the page's own key points, linked to their sources", () => {
    const r = analyze(
      snapshot({
        blocks: [para("Ferries are late.")],
        keyPoints: [para("Fares will rise by a fifth, according to a report by Tide Post.", "list-item", "k0"), para("The harbour stays open all winter.", "list-item", "k1")],
        references: [ref("r1", `"Fares to rise" - Tide Post - 2024`)],
      }),
    );
    expect(r.summary.map((p) => p.origin)).toEqual(["article", "article"]);
    const first = r.claims.find((c) => c.id === r.summary[0]!.claim)!;
    expect(first.kind).toBe("summary-point");
    expect(first.sources[0]).toMatchObject({ ref: "r1" });
    expect(first.sources[0]!.evidence[0]).toBe("attribution");
  });

  it("extracts 2–3 sentences in article order when the page has none, preferring sourced ones", () => {
    const topics = ["ferry fares", "ferry timetable", "harbour crane", "ferry crew", "island school", "ferry engine", "harbour café", "ferry ticket"];
    const blocks = topics.map((t, i) => para(`The ${t} changed this winter because the island ferry service was reorganised by the council${i === 2 ? ".[r1]" : "."} Locals had mixed feelings about the ${t}.`));
    const r = analyze(snapshot({ blocks, references: [ref("r1", `"Crane" - Tide Post`)] }));
    expect(r.summary.length).toBeGreaterThanOrEqual(2);
    expect(r.summary.length).toBeLessThanOrEqual(3);
    expect(r.summary.every((p) => p.origin === "extracted")).toBe(true);
    const ids = r.summary.map((p) => Number(p.claim.slice(1)));
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    expect(r.summary.some((p) => p.text.includes("harbour crane changed"))).toBe(true);
  });

  it("of a sentence pasted twice, the summary points to the first copy", () => {
    const texts = [...FERRY_WITH_ASIDE, FERRY_WITH_ASIDE[0]!];
    const r = analyze(snapshot({ blocks: texts.map((t, i) => para(t, "paragraph", `b${i}`)) }));
    const claimOf = (i: number) => r.claims.find((c) => c.block === `b${i}`)!.id;
    const picked = r.summary.map((p) => p.claim);
    expect(picked).toContain(claimOf(0));
    expect(picked).not.toContain(claimOf(7));
  });
});

describe("summary of a short article with an aside", () => {
  it("prefers sentences tied to the whole article over two that share words only with each other", () => {
    const texts = FERRY_WITH_ASIDE;
    const r = analyze(snapshot({ blocks: texts.map((t, i) => para(t, "paragraph", `a${i}`)) }));
    const picked = r.summary.map((p) => p.text);
    expect(picked.length).toBeGreaterThanOrEqual(2);
    expect(picked).toContain(texts[0]);
    expect(picked.some((t) => t.includes("bakery"))).toBe(false);
  });
});
