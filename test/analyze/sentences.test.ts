import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/analyze/sentences";
import { buildClaims } from "../../src/analyze/claims";
import { para, snapshot } from "./helpers";

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe("splitSentences", () => {
  it("keeps abbreviations, decimals and titles inside the sentence", () => {
    expect(split("The U.S. government raised rates by 0.25 points. Dr. Ortiz said it was early. It was Jan. 5 then.")).toEqual([
      "The U.S. government raised rates by 0.25 points.",
      "Dr. Ortiz said it was early.",
      "It was Jan. 5 then.",
    ]);
  });

  it("does not end a sentence at an outlet name with a question mark, nor inside a quote", () => {
    expect(split('Kettles matter. Which? found faults in six models. He said "stop!" and walked out.')).toEqual([
      "Kettles matter.",
      "Which? found faults in six models.",
      'He said "stop!" and walked out.',
    ]);
  });

  it("keeps case names, company abbreviations, circa and dotted initialisms inside the sentence", () => {
    expect(split('In 1954 the court decided "Brown v. Board of Education". The firm Allen and Co. Sun Valley hosts it. The panel dates from c. 1491. She wrote for The A.V. Club for years. It grew in the U.K. The firm left.')).toEqual([
      'In 1954 the court decided "Brown v. Board of Education".',
      "The firm Allen and Co. Sun Valley hosts it.",
      "The panel dates from c. 1491.",
      "She wrote for The A.V. Club for years.",
      "It grew in the U.K.",
      "The firm left.",
    ]);
  });

  it("keeps initials and et al. with the name", () => {
    expect(split("We met J. Moreno at the pier. Tanaka et al. found the same.")).toEqual(["We met J. Moreno at the pier.", "Tanaka et al. found the same."]);
  });
});

describe("buildClaims", () => {
  it("gives stable ids, offsets into the block, and markers after the period to the preceding sentence", () => {
    const s = snapshot({ blocks: [para("Heading here", "heading", "b0"), para("Ferries run late.[r1] Buses run early.[r2]", "paragraph", "b1")], keyPoints: [para("Point one.", "list-item", "k0")] });
    const claims = buildClaims(s);
    expect(claims.map((c) => [c.id, c.kind, c.text])).toEqual([
      ["c1", "heading", "Heading here"],
      ["c2", "sentence", "Ferries run late."],
      ["c3", "sentence", "Buses run early."],
      ["c4", "summary-point", "Point one."],
    ]);
    const block = s.blocks[1]!;
    for (const c of claims.slice(1, 3)) expect(block.text.slice(c.start, c.end)).toBe(c.text);
    expect(claims[1]!.markers.map((m) => m.ref)).toEqual(["r1"]);
    expect(claims[2]!.markers.map((m) => m.ref)).toEqual(["r2"]);
  });
});
