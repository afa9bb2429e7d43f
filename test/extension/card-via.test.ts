// A body sentence that a sourced key point restates, on the seed page in jsdom: the page report
// carries the link compactly, the sentence is drawn, and its hover card says it is backed through
// the key point and that point's source, never as a source of its own.
import { beforeEach, describe, expect, it } from "vitest";
import { analyze, analyzeStaged } from "../../src/analyze/index";
import { selectClaims } from "../../src/density";
import { createSession, type Session } from "../../src/content/session";
import { isPageReport } from "../../src/messages";
import { pageReportOf } from "../../src/page-report";
import type { Report, ReportClaim } from "../../src/report";
import { collapse, seedWindow } from "./seed-window";

const URL_ = "https://peninsula-wire.example/diplomacy/north-korea-troops-russia";

let win: Window & typeof globalThis;
let session: Session;
let report: Report;
let treaty: ReportClaim;
let shadow: () => ShadowRoot | undefined;

beforeEach(() => {
  const seed = seedWindow(URL_, () => treaty.text);
  win = seed.win;
  shadow = seed.shadow;
  report = analyze(seed.snapshot);
  treaty = report.claims.find((c) => c.text.includes("strategic partnership treaty"))!;
  session = createSession(win);
  session.useElements(seed.elements);
});

const clickClaim = () => win.document.dispatchEvent(new win.MouseEvent("click", { clientX: 10, clientY: 10, bubbles: true }));

describe("a body sentence backed through a key point", () => {
  it("travels to the page as point and reference only", () => {
    const page = pageReportOf(report);
    expect(isPageReport(page)).toBe(true);
    const ref = report.references.find((r) => r.label === "1")!.id;
    expect(page.claims.find((c) => c.id === treaty.id)!.via).toEqual([{ point: 0, ref }]);
    expect(page.claims.find((c) => c.id === treaty.id)!.sources).toEqual([]);
    expect(page.claims.filter((c) => c.via).length).toBeLessThan(page.claims.length);
  });

  it("is drawn with every claim, not when the reader asks for one highlight per source or only warnings", () => {
    const page = pageReportOf(report);
    const ids = (density: "all" | "minimal" | "warnings") => selectClaims(page, { unsourced: false, density }).map((c) => c.id);
    expect(ids("all")).toContain(treaty.id);
    expect(ids("minimal")).not.toContain(treaty.id);
    expect(ids("warnings")).not.toContain(treaty.id);
  });

  it("its hover card says it is backed through key point 1 → [1] 38 North", async () => {
    const result = await session.draw(pageReportOf(report));
    clickClaim();
    expect(win.document.querySelector<HTMLElement>("sourcelight-card")?.hidden).toBe(false);
    const text = collapse(shadow()?.textContent ?? "");
    expect(text).toContain("Backed through a key point");
    expect(text).toContain("Backed through key point 1 → [1] 38 North");
    expect(text).not.toContain("No source found");
    // Not counted among the claims drawn with a source of their own.
    expect(result.anchored).toBe(report.claims.filter((c) => c.sources.length > 0).length);
  });
});

describe("key points added to a drawing made before the summary (addVia)", () => {
  // A Wikipedia-like page: drawn from the report's first step (no summary, no via), then patched.
  const WIKI = "https://en.wikipedia.org/wiki/Harrow_Sound_ferry";
  let restated: ReportClaim;
  let whole: Report;
  let firstStep: Report;

  beforeEach(() => {
    const page = seedWindow(WIKI, () => restated.text, "wiki-restated-lead");
    win = page.win;
    shadow = page.shadow;
    const staged = analyzeStaged(page.snapshot);
    firstStep = staged.first;
    whole = staged.finish();
    // A claim with a note of its own that a key point, sourced elsewhere, restates.
    restated = whole.claims.find((c) => c.via?.length && c.sources.length)!;
    session = createSession(win);
    session.useElements(page.elements);
  });

  const cardText = () => (clickClaim(), collapse(shadow()?.textContent ?? ""));
  const viaPatch = (r: Report) => Object.fromEntries(pageReportOf(r).claims.flatMap((c) => (c.via ? [[c.id, c.via]] : [])));

  // One highlight per source: a view drawn before the summary, where the restated claim shows.
  const options = { style: "marker", unsourced: false, density: "minimal" } as const;
  const ownSource = () => whole.references.find((r) => r.id === restated.sources[0]!.ref)!.title!;

  it("the card names the key point once the patch comes, and the drawing stays as it was", async () => {
    const drawn = await session.draw(pageReportOf(firstStep), options);
    expect(drawn.anchored).toBeGreaterThan(0);
    expect(cardText()).toContain(ownSource());
    expect(cardText()).not.toContain("Backed through key point");
    const point = whole.claims.find((c) => c.id === whole.summary[restated.via![0]!.point]!.claim)!;
    expect(point.sources.length).toBeGreaterThan(0);
    expect(session.addVia("https://en.wikipedia.org/wiki/Another_page", viaPatch(whole))).toBe(false);
    expect(session.addVia(WIKI, viaPatch(whole))).toBe(true);
    const label = whole.references.find((r) => r.id === restated.via![0]!.ref)!.label;
    expect(cardText()).toContain(`Backed through key point ${restated.via![0]!.point + 1} → [${label}]`);
    expect(session.status()).toEqual(drawn);
  });

  it("a claim placed after the patch reads it too (re-anchoring draws from the patched report)", async () => {
    const report = pageReportOf(firstStep);
    const drawing = session.draw(report, options);
    expect(session.addVia(WIKI, viaPatch(whole))).toBe(true);
    await drawing;
    expect(report.claims.find((c) => c.id === restated.id)!.via).toEqual(pageReportOf(whole).claims.find((c) => c.id === restated.id)!.via);
    expect(cardText()).toContain(ownSource());
    expect(cardText()).toContain("Backed through key point");
  });

  it("nothing is patched when nothing is drawn, or after the drawing is cleared", async () => {
    expect(session.addVia(WIKI, viaPatch(whole))).toBe(false);
    await session.draw(pageReportOf(firstStep), options);
    session.clear();
    expect(session.addVia(WIKI, viaPatch(whole))).toBe(false);
  });
});
