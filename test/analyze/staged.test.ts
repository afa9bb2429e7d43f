// analyze in two steps (analyzeStaged): the first step is the whole report but its summary and
// the claims' via, and finishing gives exactly what analyze gives. Real pages from
// test/fixtures, extracted in jsdom.
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { analyze, analyzeStaged } from "../../src/analyze/index";
import { extract } from "../../src/extract/index";
import type { PageSnapshot, Report } from "../../src/report";

const snapshotOf = (fixture: string, url: string): PageSnapshot => {
  const html = readFileSync(new URL(`../fixtures/${fixture}/page.html`, import.meta.url), "utf8");
  return extract(new JSDOM(html, { url }).window.document, url);
};

const withoutSummary = (r: Report): Report => ({ ...r, claims: r.claims.map(({ via: _via, ...c }) => c), summary: [] });

describe.each([
  ["seed-article", "https://peninsula-wire.example/diplomacy/north-korea-troops-russia"],
  ["wiki-restated-lead", "https://en.wikipedia.org/wiki/Harrow_Sound_ferry"],
])("analyzeStaged on %s", (fixture, url) => {
  const snap = snapshotOf(fixture, url);

  it("finishes to exactly analyze's report, once", () => {
    const staged = analyzeStaged(snap);
    const whole = staged.finish();
    expect(JSON.stringify(whole)).toBe(JSON.stringify(analyze(snap)));
    expect(staged.finish()).toBe(whole);
    // The page has a summary whose points restate claims: the second step has work to do.
    expect(whole.summary.length).toBeGreaterThan(0);
    expect(whole.claims.some((c) => c.via?.length)).toBe(true);
  });

  it("its first step is that report without the summary and via, and stays so after finishing", () => {
    const staged = analyzeStaged(snap);
    const before = JSON.stringify(staged.first);
    const whole = staged.finish();
    expect(staged.first.summary).toEqual([]);
    expect(staged.first.claims.some((c) => c.via)).toBe(false);
    expect(staged.first).toEqual(withoutSummary(whole));
    expect(JSON.stringify(staged.first)).toBe(before);
  });
});

describe("analyzeStaged on what is not an article", () => {
  it("gives a page without an article in one step", () => {
    const none: PageSnapshot = { ...snapshotOf("seed-article", "https://peninsula-wire.example/a"), found: false, reason: "No article here." };
    const staged = analyzeStaged(none);
    expect(staged.first.article.found).toBe(false);
    expect(staged.finish()).toBe(staged.first);
  });

  it("never throws on a snapshot that breaks its contract, and says why", () => {
    const broken = { ...snapshotOf("seed-article", "https://peninsula-wire.example/a"), blocks: null } as unknown as PageSnapshot;
    const staged = analyzeStaged(broken);
    expect(staged.first.article.found).toBe(false);
    expect(staged.first.article.reason).toMatch(/could not analyze this page/);
    expect(staged.finish()).toEqual(analyze(broken));
  });
});
