// The density setting: which sourced claims the page highlights (all, only those with a
// problem, one per source), with unsourced claims added only on request.
import { describe, expect, it } from "vitest";
import { highlightView, selectClaims, sourcedShare } from "../../src/density";
import { isDrawOptions, isDrawResult } from "../../src/messages";
import type { Report } from "../../src/report";
import { sampleReport } from "../ui/sample-report";

const ids = (report: Report, options: Parameters<typeof selectClaims>[1]) => selectClaims(report, options).map((c) => c.id);

/** The sample report plus: c6 citing r2 again, c7 citing r1 and r2, a heading without a source, a claim with its own warning. */
function report(): Report {
  const r = sampleReport();
  const claim = (id: string, refs: string[], extra: Partial<Report["claims"][number]> = {}) => ({
    id,
    text: `Claim ${id}.`,
    kind: "sentence" as const,
    sources: refs.map((ref) => ({ ref, score: 0.8, evidence: ["marker" as const] })),
    checks: [],
    block: "b2",
    start: 0,
    end: 9,
    ...extra,
  });
  r.claims.push(
    claim("c6", ["r2"]),
    claim("c7", ["r1", "r2"]),
    claim("c8", [], { kind: "heading" }),
    claim("c9", ["r2"], { checks: [{ code: "unsourced-attribution", severity: "warning", message: "Says who?" }] }),
    claim("c10", ["r-gone"]),
  );
  return r;
}

describe("selectClaims", () => {
  it("all: every claim citing a known reference, in report order (a dangling reference is no source)", () => {
    expect(ids(report(), { unsourced: false, density: "all" })).toEqual(["c1", "c3", "c5", "c6", "c7", "c9"]);
    expect(ids(report(), { unsourced: false })).toEqual(["c1", "c3", "c5", "c6", "c7", "c9"]);
  });

  it("warnings: claims whose sources have a warning or error, or with one of their own; info notes do not count", () => {
    // r1 has warnings, r3 an error, r2 nothing; c9 has its own warning.
    expect(ids(report(), { unsourced: false, density: "warnings" })).toEqual(["c1", "c5", "c7", "c9"]);
    const onlyInfo = report();
    for (const ref of onlyInfo.references) ref.checks = ref.checks.map((c) => ({ ...c, severity: "info" as const }));
    expect(ids(onlyInfo, { unsourced: false, density: "warnings" })).toEqual(["c9"]);
  });

  it("minimal: the first claim citing each source, and a later one only for a source not yet shown", () => {
    expect(ids(report(), { unsourced: false, density: "minimal" })).toEqual(["c1", "c3", "c5"]);
    const r = report();
    r.claims = r.claims.filter((c) => c.id !== "c3"); // now r2 is first cited by c6
    expect(ids(r, { unsourced: false, density: "minimal" })).toEqual(["c1", "c5", "c6"]);
  });

  it("unsourced claims are added on request whatever the density; headings never", () => {
    expect(ids(report(), { unsourced: true, density: "minimal" })).toEqual(["c1", "c2", "c3", "c5", "c10"]);
    expect(ids(report(), { unsourced: true, density: "warnings" })).toEqual(["c1", "c2", "c5", "c7", "c9", "c10"]);
  });

  it("auto on a mostly sourced page: the exceptions, sourced claims with a problem and unsourced claims with one of their own", () => {
    const r = report();
    r.claims.find((c) => c.id === "c2")!.checks = [{ code: "unsourced-attribution", severity: "warning", message: "Says who?" }];
    // 6 of 8 claims (the heading aside) cite a known reference.
    expect(sourcedShare(r)).toBe(0.75);
    expect(highlightView(r, "auto")).toEqual({ view: "exceptions", adapted: true });
    expect(ids(r, { unsourced: false, density: "auto" })).toEqual(["c1", "c2", "c5", "c7", "c9"]);
    // "warnings" is about sourced claims only; unsourced ones come with the toggle.
    expect(ids(r, { unsourced: false, density: "warnings" })).toEqual(["c1", "c5", "c7", "c9"]);
    expect(ids(r, { unsourced: true, density: "auto" })).toEqual(["c1", "c2", "c5", "c7", "c9", "c10"]);
  });

  it("auto on a page where few claims cite anything: every sourced claim, as all", () => {
    const r = report();
    for (let i = 0; i < 10; i++) r.claims.push({ ...r.claims[1]!, id: `u${i}` });
    expect(sourcedShare(r)).toBeLessThan(0.5);
    expect(highlightView(r, "auto")).toEqual({ view: "all", adapted: true });
    expect(ids(r, { unsourced: false, density: "auto" })).toEqual(ids(r, { unsourced: false, density: "all" }));
  });

  it("a density the reader picked wins over the page's mix", () => {
    expect(highlightView(report(), "all")).toEqual({ view: "all", adapted: false });
    expect(highlightView(report(), "minimal")).toEqual({ view: "minimal", adapted: false });
    expect(highlightView(report())).toEqual({ view: "all", adapted: false });
  });

  it("a report with no claims or references selects nothing", () => {
    const r = { ...sampleReport(), claims: [], references: [] };
    expect(ids(r, { unsourced: true, density: "minimal" })).toEqual([]);
  });
});

describe("draw options on the wire", () => {
  it("density is optional, and only the four known values pass", () => {
    expect(isDrawOptions({ style: "marker", unsourced: false })).toBe(true);
    expect(isDrawOptions({ style: "marker", unsourced: false, density: "minimal" })).toBe(true);
    expect(isDrawOptions({ style: "marker", unsourced: false, density: "auto" })).toBe(true);
    expect(isDrawOptions({ style: "marker", unsourced: false, density: "some" })).toBe(false);
    expect(isDrawOptions({ style: "marker", unsourced: false, density: null })).toBe(false);
  });

  it("a drawing's result may say which view auto chose; an unknown view does not pass", () => {
    const drawn = { anchored: 2, missing: [], mode: "mark", unsourced: 0 };
    expect(isDrawResult(drawn)).toBe(true);
    expect(isDrawResult({ ...drawn, view: "exceptions", adapted: true })).toBe(true);
    expect(isDrawResult({ ...drawn, view: "auto", adapted: true })).toBe(false);
    expect(isDrawResult({ ...drawn, view: "all", adapted: "yes" })).toBe(false);
  });
});

/** A fixture page in jsdom, extracted and analysed, with the drawing session's factory. */
async function analysed(fixture: string, url: string) {
  const fs = await import("node:fs");
  const { JSDOM, VirtualConsole } = await import("jsdom");
  const { analyze } = await import("../../src/analyze/index");
  const { extractWithElements } = await import("../../src/extract/index");
  const { createSession } = await import("../../src/content/session");
  const html = fs.readFileSync(new URL(`../fixtures/${fixture}/page.html`, import.meta.url), "utf8");
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole(), pretendToBeVisual: true });
  const win = dom.window as unknown as Window & typeof globalThis;
  const { snapshot, elements } = extractWithElements(win.document, url);
  return { win, elements, r: analyze(snapshot), createSession };
}

describe("auto on a Wikipedia-shaped page (extract → analyze → select)", () => {
  it("highlights only the claims whose sources have a real problem, and says it chose the exceptions", async () => {
    const { win, elements, r, createSession } = await analysed("extract-wiki-cs1-warnings", "https://en.wikipedia.org/wiki/Port_Tamsin");
    const claims = r.claims.filter((c) => c.kind !== "heading");
    expect(sourcedShare(r)).toBeGreaterThanOrEqual(0.5);
    const picked = selectClaims(r, { unsourced: false, density: "auto" });
    // The census title at a 2018 URL ([8]) and the May URL for a December citation ([9]).
    const flagged = new Set(r.references.filter((x) => x.label === "8" || x.label === "9").map((x) => x.id));
    expect(picked.length).toBeGreaterThan(0);
    expect(picked.every((c) => c.sources.some((s) => flagged.has(s.ref)))).toBe(true);
    expect(picked.map((c) => c.id)).toEqual(claims.filter((c) => c.sources.some((s) => flagged.has(s.ref))).map((c) => c.id));
    expect(picked.length).toBeLessThan(claims.length / 3);
    expect(selectClaims(r, { unsourced: false, density: "all" }).length).toBeGreaterThan(claims.length / 2);
    const session = createSession(win);
    session.useElements(elements);
    const drawn = await session.draw(r, { style: "marker", unsourced: false, density: "auto" });
    expect(drawn).toMatchObject({ view: "exceptions", adapted: true, anchored: picked.length, missing: [] });
    const all = await session.draw(r, { style: "marker", unsourced: false, density: "all" });
    expect(all.view).toBeUndefined();
  });
});

describe("drawing with a density (seed page, jsdom)", () => {
  it("minimal draws one claim per source and does not count the others as lost", async () => {
    const { win, elements, r, createSession } = await analysed("seed-article", "https://world-desk.example/world/north-korea-troops-russia");
    const sourced = r.claims.filter((c) => c.sources.length > 0);
    const first = sourced[0];
    const other = r.claims.find((c) => c.sources.length === 0 && c.kind !== "heading");
    if (!first || !other) throw new Error("the seed page changed: no sourced and unsourced claim");
    other.sources = first.sources.slice(0, 1); // a second claim citing the first claim's source
    const session = createSession(win);
    session.useElements(elements);
    const all = await session.draw(r, { style: "marker", unsourced: false, density: "all" });
    expect(all.anchored).toBe(sourced.length + 1);
    const minimal = await session.draw(r, { style: "marker", unsourced: false, density: "minimal" });
    expect(minimal).toEqual({ anchored: sourced.length, missing: [], mode: "mark", unsourced: 0 });
    // `other` is a paragraph sentence, before the key points in the article: it is the one kept.
    const drawnIds = new Set([...win.document.querySelectorAll("sourcelight-mark")].map((m) => (m as HTMLElement).dataset.claim));
    expect([drawnIds.has(other.id), drawnIds.has(first.id)]).toEqual([true, false]);
  });
});
