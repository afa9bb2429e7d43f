/** Honest titles (issue 17): no number or bare link word as a title; a slug title is marked as a guess and never checked against its own URL. */
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index";
import { parseReference } from "../../src/analyze/parse-reference";
import type { SnapshotReference } from "../../src/report";
import { para, ref, snapshot } from "./helpers";

const linkRef = (id: string, text: string, href: string, context: string): SnapshotReference =>
  ref(id, text, { kind: "link", label: null, links: [{ href, text }], hints: { italic: [], context } });

describe("titles of inline links", () => {
  it("never takes a number for a title: the citing sentence's words stand in, marked as such", () => {
    const p = parseReference(linkRef("r1", "1", "https://harbourcity.example/council/agenda?id=4411", "The council approved the ferry budget on Monday (1)."));
    expect(p.title).not.toBe("1");
    expect(p.title).toBe("The council approved the ferry budget on Monday (1).");
    expect(p.titleFrom).toBe("context");
  });

  it("never takes a bare link word ('here', 'this report') for a title", () => {
    for (const word of ["here", "this report", "Source", "link"]) {
      const p = parseReference(linkRef("r2", word, "https://stats.example/q?table=7", "Ferry use rose by a fifth in 2024, as shown here."));
      expect(p.title, word).toBe("Ferry use rose by a fifth in 2024, as shown here.");
      expect(p.titleFrom, word).toBe("context");
    }
  });

  it("says the title is unknown when neither the words nor the address say anything", () => {
    const p = parseReference(linkRef("r3", "[2]", "https://stats.example/", ""));
    expect(p.title).toBeNull();
    expect(p.titleFrom).toBeUndefined();
  });

  it("marks a title made from the URL's slug as a guess", () => {
    const p = parseReference(linkRef("r4", "reported", "https://news.example/2024/11/donald-trump-interview-knoe-monroe-la-jeff-horchak-november", "The station reported the interview."));
    expect(p.title).toBe("Donald trump interview knoe monroe la jeff horchak november");
    expect(p.titleFrom).toBe("url");
  });

  it("leaves a document's file type out of a slug guess", () => {
    const p = parseReference(linkRef("r7", "penalty notice", "https://regulator.example/decisions/2025/northport-ferries-penalty-notice.pdf", "The regulator's penalty notice says so."));
    expect(p).toMatchObject({ title: "Northport ferries penalty notice", titleFrom: "url" });
  });

  it("takes a title quoted in the link's words as the page's own", () => {
    const p = parseReference(linkRef("r5", "“Deterministic Nonperiodic Flow”", "https://doi.org/10.1175/1520-0469", "Lorenz's paper “Deterministic Nonperiodic Flow” appeared in 1963."));
    expect(p).toMatchObject({ title: "Deterministic Nonperiodic Flow", titleFrom: "entry" });
  });

  it("keeps descriptive link words, marked as the sentence's", () => {
    const p = parseReference(linkRef("r6", "state patronage figures", "https://transportdata.example/ferries", "Ferry use has climbed, according to state patronage figures."));
    expect(p).toMatchObject({ title: "state patronage figures", titleFrom: "context" });
  });
});

describe("titleFrom in the report", () => {
  const report = analyze(
    snapshot({
      blocks: [para("Ferry use rose by a fifth in 2024, the regulator said.[r1] Fares stay free.[r2]")],
      references: [
        ref("r1", "https://regulator.example/reports/annual-ferry-report-2024", { links: [{ href: "https://regulator.example/reports/annual-ferry-report-2024", text: "https://regulator.example/reports/annual-ferry-report-2024" }] }),
        ref("r2", "\"Fares stay free through winter\". Bay Ledger. 2 June 2025.", { links: [{ href: "https://bayledger.example/news/fares-stay-free-through-winter", text: "Fares stay free through winter" }] }),
      ],
    }),
  );
  it("marks a list entry whose title is only its URL's slug as a guess, and does not check it against that URL", () => {
    const r1 = report.references.find((r) => r.id === "r1");
    expect(r1?.title).toMatch(/^Annual ferry report/);
    expect(r1?.titleFrom).toBe("url");
    expect(r1?.checks.map((c) => c.code)).not.toContain("title-url-mismatch");
  });
  it("marks a title the entry states as the entry's, even when its URL's slug says the same words", () => {
    expect(report.references.find((r) => r.id === "r2")?.titleFrom).toBe("entry");
  });
});
