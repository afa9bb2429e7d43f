// Author–year citations in running text, and the APA / MLA / Chicago entries they name.
import { describe, expect, it } from "vitest";
import { AuthorYearIndex, findAuthorYearCitations } from "../../src/analyze/author-year";
import { analyze } from "../../src/analyze/index";
import { parseReference } from "../../src/analyze/parse-reference";
import type { SnapshotReference } from "../../src/report";
import { para, snapshot } from "./helpers";

const entry = (id: string, raw: string): SnapshotReference => ({ id, label: null, kind: "list", raw, links: [], hints: { italic: [] } });
const index = (entries: SnapshotReference[]) => new AuthorYearIndex(entries.map((e) => ({ entry: e, parsed: parseReference(e) })));
const short = (text: string) => findAuthorYearCitations(text).map((c) => `${c.names.join("+")}${c.etAl ? "+etal" : ""} ${c.year}${c.suffix}`);

describe("author–year citations in text", () => {
  it("reads parenthetical and narrative forms, with locators, several years and several works", () => {
    expect(short("Fares fell (Okafor & Lind, 2019).")).toEqual(["Okafor+Lind 2019"]);
    expect(short("Tanaka et al. (2021) found the opposite.")).toEqual(["Tanaka+etal 2021"]);
    expect(short("Both agree (Okafor and Lind 2019; Tanaka et al., 2021a).")).toEqual(["Okafor+Lind 2019", "Tanaka+etal 2021a"]);
    expect(short("As Okafor & Lind (2019, p. 4) put it, streets are shared.")).toEqual(["Okafor+Lind 2019"]);
    expect(short("Lind (2018a, 2018b) asked twice (see Ito, 2020, pp. 4–6).")).toEqual(["Lind 2018a", "Lind 2018b", "Ito 2020"]);
    expect(short("Three wrote it (Okafor, Lind, and Tanaka 2022).")).toEqual(["Okafor+etal 2022"]);
    expect(short("A body wrote it (World Bank, 2020).")).toEqual(["World Bank 2020"]);
  });

  it("ignores parentheses that are not citations", () => {
    expect(short("The line opened in (roughly) 2019, at a cost of (about) $4m.")).toEqual([]);
    expect(short("Ridership rose (from 2019 to 2021) and the act passed (in 2020).")).toEqual([]);
  });
});

describe("matching citations to entries", () => {
  const entries = [
    entry("r1", "Okafor, N., & Lind, M. (2019). Shared streets and who uses them. Urban Studies, 56(4), 801–818. https://doi.org/10.1177/0042098019000001"),
    entry("r2", "Okafor, N. (2019). Cycling in Lagos. Transport Reviews, 39(2), 1–19."),
    entry("r3", "Tanaka, H., Mori, K., & Ito, S. (2021a). Transit pricing in Osaka. Journal of Urban Economics, 12(3), 45–60."),
    entry("r4", "Tanaka, H., Mori, K., & Ito, S. (2021b). Fare capping and ridership. Journal of Urban Economics, 12(4), 61–80."),
    entry("r5", "Lind, Mara. “Streets Without Cars.” Journal of Planning History, vol. 17, no. 2, 2018, pp. 33–50."), // MLA
    entry("r6", "Ito, Sora, and Hana Mori. 2020. “Night Buses.” Urban Affairs Review 56 (3): 700–725."), // Chicago author-date
  ];
  const idx = index(entries);
  const ids = (text: string) => idx.find(text);

  it("links by surname, second author, year and letter", () => {
    expect(ids("Fares fell (Okafor & Lind, 2019).")).toEqual(["r1"]);
    expect(ids("Okafor (2019) rode every route.")).toEqual(["r2"]);
    expect(ids("Tanaka et al. (2021b) saw ridership rise.")).toEqual(["r4"]);
    expect(ids("Both agree (Okafor and Lind 2019; Tanaka et al., 2021a).")).toEqual(["r1", "r3"]);
  });

  it("reads MLA and Chicago entries too", () => {
    expect(ids("Cars left the street (Lind 2018, 35).")).toEqual([]); // "35" is no locator we read
    expect(ids("Cars left the street (Lind, 2018, p. 35).")).toEqual(["r5"]);
    expect(ids("Ito and Mori (2020) counted night riders.")).toEqual(["r6"]);
    expect(index([entry("r7", "Mein Smith, P. (2005). A concise history. Cambridge University Press.")]).find("As Mein Smith (2005) shows.")).toEqual(["r7"]);
  });

  it("links nothing when the citation is ambiguous or names no entry", () => {
    expect(ids("Tanaka et al. (2021) priced fares.")).toEqual([]); // 2021a or 2021b
    expect(ids("Okafor (2018) said so.")).toEqual([]); // no such year
    expect(ids("Mori (2021) said so.")).toEqual([]); // Mori is not a first author
    expect(ids("Okafor & Ito (2019) said so.")).toEqual([]); // no entry by these two
  });
});

describe("analyze links author–year citations as markers", () => {
  it("gives the claim a marker source and the entry its citedBy", () => {
    const r = analyze(
      snapshot({
        blocks: [para("Shared streets carry more walkers than cyclists (Okafor & Lind, 2019). Tanaka et al. (2021) disagree.")],
        references: [
          entry("r1", "Okafor, N., & Lind, M. (2019). Shared streets and who uses them. Urban Studies, 56(4), 801–818."),
          entry("r2", "Tanaka, H., Mori, K., & Ito, S. (2021). Transit pricing in Osaka. Journal of Urban Economics, 12(3), 45–60."),
        ],
      }),
    );
    expect(r.claims[0]!.sources[0]).toMatchObject({ ref: "r1", evidence: ["marker", "similarity"] });
    expect(r.claims[0]!.sources[0]!.score).toBeGreaterThanOrEqual(0.9);
    expect(r.claims[1]!.sources.map((s) => s.ref)).toEqual(["r2"]);
    expect(r.references.map((x) => x.citedBy)).toEqual([["c1"], ["c2"]]);
  });
});

describe("short-cite notes", () => {
  const note = (id: string, raw: string): SnapshotReference => ({ ...entry(id, raw), kind: "footnote", label: id.slice(1) });
  it("a note written as a short cite cites the list entry it names, and never makes that entry ambiguous", () => {
    const r = analyze(
      snapshot({
        blocks: [para("Walkers outnumber cyclists.[r1] Shared streets are busy (Okafor & Lind, 2019).")],
        references: [
          note("r1", "Okafor & Lind 2019, p. 4."),
          note("r2", "Okafor, 2019, p. 9."),
          entry("r3", "Okafor, N., & Lind, M. (2019). Shared streets and who uses them. Urban Studies, 56(4), 801–818."),
          entry("r4", "Okafor, N. (2019). Cycling in Lagos. Transport Reviews, 39(2), 1–19."),
        ],
      }),
    );
    expect(r.references.map((x) => x.cites)).toEqual([["r3"], ["r4"], undefined, undefined]);
    expect(r.references[0]).toMatchObject({ title: null, outlet: null, authors: ["Okafor", "Lind"], date: "2019" });
    // Its link lives in the entry it names.
    expect(r.references[0]!.checks.map((c) => c.code)).not.toContain("url-missing");
    expect(r.references[2]!.checks.map((c) => c.code)).toContain("url-missing");
    // Named in the claim, but a short cite is not the work: only the list entry backs it.
    expect(r.claims[1]!.sources.map((s) => s.ref)).toEqual(["r3"]);
    expect(r.claims[0]!.sources.map((s) => s.ref)).toEqual(["r1"]);
    expect(r.references[3]!.checks.map((c) => c.code)).not.toContain("reference-uncited");
  });

  it("reads a short cite the same way when the note keeps its own label in the text", () => {
    const r = analyze(
      snapshot({
        blocks: [para("Shared streets are busy (Okafor & Lind, 2019).[r1]")],
        references: [
          note("r1", "[1] Okafor & Lind 2019, p. 4."),
          entry("r2", "Okafor, N., & Lind, M. (2019). Shared streets and who uses them. Urban Studies, 56(4), 801–818."),
        ],
      }),
    );
    expect(r.references[0]!.cites).toEqual(["r2"]);
    expect(r.references[0]).toMatchObject({ title: null, authors: ["Okafor", "Lind"], date: "2019" });
    // The author–year citation names the list entry, not the note that also mentions it.
    expect(r.claims[0]!.sources.map((s) => s.ref).sort()).toEqual(["r1", "r2"]);
  });
});
