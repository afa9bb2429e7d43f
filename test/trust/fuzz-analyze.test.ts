/**
 * Property tests of `analyze`: any type-valid snapshot gives a valid Report of format
 * version 1 (ids unique, `citedBy` agreeing with `sources`, scores in 0..1, known check
 * codes and severities, ISO dates; src/report-schema.ts) that points back into the
 * snapshot; and a snapshot that passes the background's `isSnapshot` guard while lying
 * inside never makes it throw. The formats render every report.
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index";
import { formatMarkdown } from "../../src/format/markdown";
import { formatText } from "../../src/format/text";
import { isSnapshot } from "../../src/messages";
import { validateReport, validateReportAgainst, validateSnapshot } from "../../src/report-schema";
import type { PageSnapshot, Report } from "../../src/report";
import { forgedSnapshot, snapshot } from "./arbitraries";
import { FUZZ_TIMEOUT, runs, tally } from "./budget";
import { rawHtmlInMarkdown } from "./markdown-safety";

/** The answer analyze gives when it caught an exception of its own. */
const CRASHED = /^Sourcelight could not analyze/;
const ran = { "valid snapshots": 0, "forged snapshots": 0 };
afterAll(() => console.log(tally("analyze", ran)));

describe("analyze on random snapshots", () => {
  it("the generator makes valid snapshots (so the property below tests analyze, not the generator)", () => {
    fc.assert(
      fc.property(snapshot, (s) => {
        expect(validateSnapshot(s)).toEqual([]);
      }),
      runs(100),
    );
  });

  it("a valid snapshot → a valid report that points back into it, at any minScore", { timeout: FUZZ_TIMEOUT }, () => {
    fc.assert(
      fc.property(snapshot, fc.oneof(fc.constant(undefined), fc.double({ min: 0, max: 1, noNaN: true })), (s, minScore) => {
        ran["valid snapshots"]++;
        const report = analyze(s, minScore === undefined ? {} : { minScore });
        expect(report.article.reason ?? "").not.toMatch(CRASHED);
        expect(validateReport(report)).toEqual([]);
        expect(validateReportAgainst(report, s)).toEqual([]);
        expect(JSON.parse(JSON.stringify(report))).toEqual(report); // plain JSON: survives messaging and storage
        expect(typeof formatText(report)).toBe("string");
        expect(rawHtmlInMarkdown(formatMarkdown(report))).toEqual([]);
      }),
      runs(700),
    );
  });

  it("a forged snapshot that passes isSnapshot → analyze returns, never throws", { timeout: FUZZ_TIMEOUT }, () => {
    fc.assert(
      fc.property(forgedSnapshot, (x) => {
        fc.pre(isSnapshot(x));
        ran["forged snapshots"]++;
        let report: Report | undefined;
        expect(() => (report = analyze(x as PageSnapshot))).not.toThrow();
        expect(report?.schemaVersion).toBe(1);
      }),
      runs(300),
    );
  });
});
