// A body sentence that a sourced key point restates, on the seed page in jsdom: the page report
// carries the link compactly, the sentence is drawn, and its hover card says it is backed through
// the key point and that point's source, never as a source of its own.
import { beforeEach, describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index";
import { selectClaims } from "../../src/content/density";
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
