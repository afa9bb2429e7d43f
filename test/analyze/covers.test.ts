// The body a summary point covers (summary[].covers) and the claims backed through a sourced point (claims[].via).
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index";
import { validateReport } from "../../src/report-schema";
import { para, ref, snapshot } from "./helpers";

const BODY = [
  "The harbour board met on Tuesday to discuss the winter timetable.",
  "Ferry fares on the island route will rise by a fifth from March, the board decided.",
  "Islanders said the rise would hit commuters hardest.",
  "The new pier at the north beach opened to walkers in the summer.",
  "A lifeboat crew rescued two kayakers near the lighthouse last week.",
];

function report(point: string, withSource: boolean, body = BODY) {
  return analyze(
    snapshot({
      blocks: body.map((t, i) => para(t, "paragraph", `b${i}`)),
      keyPoints: [para(point, "list-item", "k0")],
      references: withSource ? [ref("r1", `"Island fares to rise by a fifth" - Tide Post - 2025`)] : [],
    }),
  );
}

const claimOf = (r: ReturnType<typeof analyze>, text: string) => r.claims.find((c) => c.kind === "sentence" && c.text.includes(text))!;
const POINT = "Island ferry fares will rise by a fifth from March, according to a report by Tide Post.";

describe("what a key point covers", () => {
  it("lists the body sentence it restates, not the unrelated ones", () => {
    const r = report(POINT, true);
    expect(r.summary[0]!.covers).toEqual([claimOf(r, "Ferry fares on the island route").id]);
  });

  it("a sourced point backs the sentence it covers through itself, never as the sentence's own source", () => {
    const r = report(POINT, true);
    const fares = claimOf(r, "Ferry fares on the island route");
    expect(r.claims.find((c) => c.id === r.summary[0]!.claim)!.sources[0]!.ref).toBe("r1");
    expect(fares.via).toEqual([{ point: 0, ref: "r1", score: expect.any(Number) }]);
    expect(fares.via![0]!.score).toBeGreaterThan(0);
    expect(fares.sources).toEqual([]);
    expect(r.references[0]!.citedBy).not.toContain(fares.id);
    expect(validateReport(r)).toEqual([]);
  });

  it("an unsourced point still lists what it covers, and backs nothing", () => {
    const r = report("Island ferry fares will rise by a fifth from March.", false);
    expect(r.summary[0]!.covers).toEqual([claimOf(r, "Ferry fares on the island route").id]);
    expect(r.claims.some((c) => c.via)).toBe(false);
  });

  it("a sentence that points back is read with the names it points at", () => {
    const body = [
      "Mayor Ana Okafor and council leader Tom Reyes opened the new ferry terminal on Monday.",
      "The friendship between these two has grown stronger since the harbour strike.",
      "Ticket prices at the terminal stay the same this year.",
    ];
    const r = report("The friendship between Ana Okafor and Tom Reyes keeps the harbour plan alive, according to a report by Tide Post.", true, body);
    expect(r.summary[0]!.covers).toContain(claimOf(r, "between these two").id);
    expect(r.summary[0]!.covers).not.toContain(claimOf(r, "Ticket prices").id);
  });

  it("a sentence citing the point's source itself gets no second link through the point", () => {
    const body = [...BODY];
    body[1] = "Ferry fares on the island route will rise by a fifth from March, Tide Post reported.";
    const r = report(POINT, true, body);
    const fares = claimOf(r, "Ferry fares on the island route");
    expect(fares.sources.map((s) => s.ref)).toEqual(["r1"]);
    expect(r.summary[0]!.covers).toContain(fares.id);
    expect(fares.via).toBeUndefined();
  });

  it("an extracted point covers the sentence that repeats it, never itself", () => {
    const body = [
      "The island ferry will run only twice a day from December because of engine repairs.",
      "Commuters said the timetable leaves them stranded on the mainland after work.",
      "The council asked the operator to bring back the evening crossing.",
      "Freight lorries now queue at dawn for the first crossing of the day.",
      "Because of engine repairs, the island ferry will run only twice a day from December.",
    ];
    const r = analyze(snapshot({ title: "Island ferry cut to two crossings a day", blocks: body.map((t, i) => para(t, "paragraph", `e${i}`)) }));
    const twins = [claimOf(r, "The island ferry will run").id, claimOf(r, "Because of engine repairs").id];
    const point = r.summary.find((p) => twins.includes(p.claim));
    expect(point).toBeDefined();
    expect(point!.covers).toEqual(twins.filter((id) => id !== point!.claim));
  });
});
