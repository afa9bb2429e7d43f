import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index";
import { para, ref, snapshot } from "./helpers";

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

  it("extracts 3–5 central sentences in article order when the page has none, preferring sourced ones", () => {
    const topics = ["ferry fares", "ferry timetable", "harbour crane", "ferry crew", "island school", "ferry engine", "harbour café", "ferry ticket"];
    const blocks = topics.map((t, i) => para(`The ${t} changed this winter because the island ferry service was reorganised by the council${i === 2 ? ".[r1]" : "."} Locals had mixed feelings about the ${t}.`));
    const r = analyze(snapshot({ blocks, references: [ref("r1", `"Crane" - Tide Post`)] }));
    expect(r.summary.length).toBeGreaterThanOrEqual(3);
    expect(r.summary.length).toBeLessThanOrEqual(5);
    expect(r.summary.every((p) => p.origin === "extracted")).toBe(true);
    const ids = r.summary.map((p) => Number(p.claim.slice(1)));
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    expect(r.summary.some((p) => p.text.includes("harbour crane changed"))).toBe(true);
  });
});
