import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index";
import { scoreEvidence } from "../../src/analyze/scoring";
import type { Report, SnapshotBlock } from "../../src/report";
import { para, ref, snapshot } from "./helpers";

const link = (href: string, text = href) => ({ href, text });
const sourcesOf = (r: Report, text: string) => r.claims.find((c) => c.text.includes(text))!.sources;

const refs = [
  ref("r1", `BBC News, “Ferry fares to rise by a fifth”, 14 January 2025 – bbc.co.uk/news/articles/x1`, { links: [link("https://www.bbc.co.uk/news/articles/x1", "bbc.co.uk/news/articles/x1")] }),
  ref("r2", `Which?, “Life jackets that failed our tests”, 21 November 2024`, { links: [link("https://www.which.co.uk/news/life-jackets-failed-tests")] }),
  ref("r3", `The Guardian, “Why island ferries keep breaking down”, 9 February 2025`, { links: [link("https://www.theguardian.com/uk/2025/feb/09/island-ferries-breaking-down")] }),
  ref("r4", `Mei Tanaka and Omar Diaz, “Ferry reliability in cold seas,” Marine Policy 12 (2021): 1–9.`, { hints: { italic: ["Marine Policy"] } }),
  ref("r5", `Harbour Board, “Island ferry timetable and fare review for winter”, 3 March 2024`),
];

describe("attribution", () => {
  const r = analyze(
    snapshot({
      blocks: [
        para("The BBC reported that fares will rise by a fifth next month."),
        para("Which? found life jackets that failed basic tests."),
        para("The Guardian's explainer says old hulls are to blame."),
        para("One skipper told the BBC the crossings were rough."),
        para("Tanaka et al. found that cold seas double breakdowns."),
        para("I watched the ferry leave from the pier at dawn."),
      ],
      references: refs,
    }),
  );
  it("links a claim that names the outlet with a reporting cue", () => {
    expect(sourcesOf(r, "The BBC reported")[0]).toMatchObject({ ref: "r1", evidence: expect.arrayContaining(["attribution"]) });
    expect(sourcesOf(r, "Which? found")[0]!.ref).toBe("r2");
    expect(sourcesOf(r, "Guardian's explainer")[0]!.ref).toBe("r3");
    expect(sourcesOf(r, "told the BBC")[0]!.ref).toBe("r1");
    expect(sourcesOf(r, "Tanaka et al.")[0]!.ref).toBe("r4");
  });
  it("links nothing to the writer's own observation", () => {
    expect(sourcesOf(r, "I watched the ferry")).toEqual([]);
  });
});

describe("evidence and scores", () => {
  it("a marker beats attribution, which beats similarity; sources are best first", () => {
    const r = analyze(
      snapshot({
        blocks: [para("The BBC reported fares will rise by a fifth, while the island ferry timetable and fare review for winter was delayed.[r5]")],
        references: refs,
      }),
    );
    const s = r.claims[0]!.sources;
    expect(s.map((x) => x.ref)).toEqual(["r5", "r1"]);
    expect(s[0]!.evidence[0]).toBe("marker");
    expect(s[0]!.score).toBeGreaterThanOrEqual(0.9);
    expect(s[1]!.score).toBeGreaterThanOrEqual(0.75);
    expect(s[1]!.score).toBeLessThan(s[0]!.score);
  });

  it("a hyperlink to the reference's URL is `link` evidence, with or without the snapshot's ref", () => {
    const block: SnapshotBlock = { ...para("Fares will rise, the broadcaster said."), links: [{ start: 0, end: 5, href: "https://bbc.co.uk/news/articles/x1/", text: "Fares" }] };
    const r = analyze(snapshot({ blocks: [block], references: refs }));
    expect(r.claims[0]!.sources[0]).toMatchObject({ ref: "r1", evidence: expect.arrayContaining(["link"]) });
    expect(r.claims[0]!.sources[0]!.evidence[0]).toBe("link");
  });

  it("similar wording alone does not link", () => {
    const r = analyze(snapshot({ blocks: [para("Island ferries keep breaking down in winter, and fares rise.")], references: refs }));
    expect(r.claims[0]!.sources).toEqual([]);
    const low = analyze(snapshot({ blocks: [para("Island ferries keep breaking down in winter, and fares rise.")], references: refs }), { minScore: 0.05 });
    expect(low.claims[0]!.sources.length).toBeGreaterThan(0);
    expect(low.claims[0]!.sources.every((s) => s.evidence.join() === "similarity" && s.score < 0.5)).toBe(true);
  });

  it("combines strengths as independent signals", () => {
    expect(scoreEvidence({ marker: true, authorYear: false, link: false, attribution: null, similarity: 0, titleWords: 0 }).score).toBe(0.95);
    const both = scoreEvidence({ marker: false, authorYear: false, link: false, attribution: "cue", similarity: 0.6, titleWords: 6 });
    expect(both.evidence).toEqual(["attribution", "similarity"]);
    expect(both.score).toBeGreaterThan(0.8);
    expect(scoreEvidence({ marker: false, authorYear: false, link: false, attribution: "mention", similarity: 0, titleWords: 0 }).score).toBeLessThan(0.5);
    const cited = scoreEvidence({ marker: false, authorYear: true, link: false, attribution: null, similarity: 0, titleWords: 0 });
    expect(cited).toEqual({ score: 0.9, evidence: ["marker"] });
    expect(scoreEvidence({ marker: true, authorYear: true, link: false, attribution: null, similarity: 0, titleWords: 0 })).toEqual({ score: 0.95, evidence: ["marker"] });
  });

  it("citedBy agrees exactly with the claims' sources", () => {
    const r = analyze(
      snapshot({
        blocks: [para("The BBC reported a rise.[r5] Which? found faults."), para("Fares rose again.[r1]")],
        keyPoints: [para("According to the Guardian, ferries break down.", "list-item", "k0")],
        references: refs,
      }),
    );
    for (const ref of r.references) {
      const expected = r.claims.filter((c) => c.sources.some((s) => s.ref === ref.id)).map((c) => c.id);
      expect(ref.citedBy).toEqual(expected);
    }
    expect(r.references.find((x) => x.id === "r3")!.citedBy).toHaveLength(1);
  });
});
