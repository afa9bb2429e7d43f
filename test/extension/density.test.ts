// The density setting: which sourced claims the page highlights (all, only those with a
// problem, one per source), with unsourced claims added only on request.
import { describe, expect, it } from "vitest";
import { selectClaims } from "../../src/content/density";
import { isDrawOptions } from "../../src/messages";
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

  it("a report with no claims or references selects nothing", () => {
    const r = { ...sampleReport(), claims: [], references: [] };
    expect(ids(r, { unsourced: true, density: "minimal" })).toEqual([]);
  });
});

describe("draw options on the wire", () => {
  it("density is optional, and only the three known values pass", () => {
    expect(isDrawOptions({ style: "marker", unsourced: false })).toBe(true);
    expect(isDrawOptions({ style: "marker", unsourced: false, density: "minimal" })).toBe(true);
    expect(isDrawOptions({ style: "marker", unsourced: false, density: "some" })).toBe(false);
    expect(isDrawOptions({ style: "marker", unsourced: false, density: null })).toBe(false);
  });
});

describe("drawing with a density (seed page, jsdom)", () => {
  it("minimal draws one claim per source and does not count the others as lost", async () => {
    const fs = await import("node:fs");
    const { JSDOM, VirtualConsole } = await import("jsdom");
    const { analyze } = await import("../../src/analyze/index");
    const { extractWithElements } = await import("../../src/extract/index");
    const { createSession } = await import("../../src/content/session");
    const url = "https://world-desk.example/world/north-korea-troops-russia";
    const html = fs.readFileSync(new URL("../fixtures/seed-article/page.html", import.meta.url), "utf8");
    const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole(), pretendToBeVisual: true });
    const win = dom.window as unknown as Window & typeof globalThis;
    const { snapshot, elements } = extractWithElements(win.document, url);
    const r = analyze(snapshot);
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
