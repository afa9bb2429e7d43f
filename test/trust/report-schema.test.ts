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
