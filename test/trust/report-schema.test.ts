// The report validator catches what a broken analyze (or a forged stored report) would carry
// in the optional fields added after version 1 was fixed: `cites` and `article.truncated`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateReport } from "../../src/report-schema";
import type { Report } from "../../src/report";
import { FIXTURES, runPipeline } from "../support/pipeline";

const SEED_URL = "https://peninsula-wire.example/diplomacy/north-korea-troops-russia";
const seed = (): Report => runPipeline(readFileSync(join(FIXTURES, "seed-article", "page.html"), "utf8"), SEED_URL).report;

describe("validateReport on the optional extras", () => {
  it("accepts the seed page's report, then one whose entry cites another entry", () => {
    const r = seed();
    expect(validateReport(r)).toEqual([]);
    r.references[0]!.cites = [r.references[1]!.id];
    r.article.truncated = true;
    expect(validateReport(r)).toEqual([]);
  });

  it("rejects cites naming an unknown entry or the entry itself, and a truncated flag that is not a boolean", () => {
    const r = seed();
    const first = r.references[0]!;
    first.cites = ["r999", first.id];
    (r.article as Record<string, unknown>).truncated = "yes";
    const problems = validateReport(r).join("\n");
    expect(problems).toContain("references[0].cites[0]: names no other reference");
    expect(problems).toContain("references[0].cites[1]: names no other reference");
    expect(problems).toContain("article.truncated: not a boolean");
  });
});

describe("validateReport on the fields of parts, covers, via, roles and quotes", () => {
  const filled = (): Report => {
    const r = seed();
    const sourced = r.claims.find((c) => c.sources.length > 0)!;
    const other = r.claims.find((c) => c.id !== sourced.id && c.kind === "sentence")!;
    const src = sourced.sources[0]!;
    Object.assign(src, { support: "partial", passage: "…", parts: [{ text: "December 29, 2024", found: true, passage: "On December 29, 2024 …" }, { text: "mutual defense", found: false, passage: null }] });
    r.summary[0]!.covers = [other.id];
    other.via = [{ point: 0, ref: src.ref, score: 0.6 }];
    r.references[0]!.role = "news";
    r.references[0]!.titleFrom = "url";
    r.article.modified = "2025-01-02";
    r.quotes = [{ id: "q1", text: "deeply concerning", direct: true, speaker: null, role: null, speakerKind: "unknown", cue: "called it", claim: other.id, sources: [] }];
    return r;
  };

  it("accepts each field in its documented shape", () => {
    expect(validateReport(filled())).toEqual([]);
  });

  it("names each field that breaks its shape", () => {
    const r = filled() as unknown as { claims: Record<string, any>[]; summary: Record<string, any>[]; references: Record<string, any>[]; article: Record<string, any>; quotes: Record<string, any>[] };
    const sourced = r.claims.find((c) => c.sources.length > 0)!;
    sourced.sources[0].parts[1].found = "no";
    delete sourced.sources[0].support;
    delete sourced.sources[0].passage;
    r.summary[0]!.covers = [r.summary[0]!.claim];
    r.claims.find((c) => c.via)!.via[0].point = 99;
    r.references[0]!.role = "gossip";
    r.references[0]!.titleFrom = "dream";
    r.article.modified = "2025-02-30";
    r.quotes.push({ ...r.quotes[0], speakerKind: "ghost", claim: "c999" });
    const problems = validateReport(r).join("\n");
    for (const what of ["parts: without a support verdict", "parts[1].found: not a boolean", "covers[0]: names no other claim", "via[0].point: names no summary point", "references[0].role: unknown role", "references[0].titleFrom: unknown origin", "article.modified: not an ISO date", "quotes[1].id: duplicate id", "quotes[1].speakerKind: unknown kind", "quotes[1].claim: names no claim"]) {
      expect(problems).toContain(what);
    }
  });
});
