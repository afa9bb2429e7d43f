// @vitest-environment jsdom
// A summary point shows the body sentences it covers (from the covers chunk), each scrolling the
// page to itself, with the key point they are backed through; the claims list says it too.
import { cleanup, fireEvent, render, screen, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PopupView } from "../../src/popup/components/PopupView";
import type { PopupActions } from "../../src/popup/use-popup";
import type { Report } from "../../src/report";
import { sampleReport } from "./sample-report";

afterEach(cleanup);

const TREATY = "They inked a partnership treaty with a mutual defense clause in June 2024.";

/** The sample report with a body sentence that key point 1 (sourced by [1] 38 North) restates. */
function coveredReport(): Report {
  const r = sampleReport();
  r.claims.push({ id: "c9", text: TREATY, kind: "sentence", sources: [], checks: [], block: "b4", start: 0, end: TREATY.length, via: [{ point: 0, ref: "r1", score: 0.4 }] });
  r.summary[0] = { ...r.summary[0]!, covers: ["c9"] };
  return r;
}

const show = (report: Report) => {
  const actions: PopupActions = { annotate: vi.fn(), focusClaim: vi.fn(), clear: vi.fn() };
  render(<PopupView state={{ kind: "report", report, drawn: { anchored: 3, missing: [], mode: "highlight" } }} actions={actions} site={null} />);
  return actions;
};

describe("what a summary point covers, in the popup", () => {
  it("a point lists its covered sentences, backed through it, and each scrolls the page to itself", async () => {
    const actions = show(coveredReport());
    const summary = screen.getByRole("region", { name: "Summary" });
    const point = within(summary).getAllByRole("listitem")[0] as HTMLElement;
    const disclosure = await within(point).findByText("Said in the body (1)");
    fireEvent.click(disclosure);
    const sentence = within(point).getByRole("button", { name: TREATY });
    expect(within(point).getByText("Backed through key point 1 → [1] 38 North")).toBeTruthy();
    fireEvent.click(sentence);
    expect(actions.focusClaim).toHaveBeenCalledWith("c9");
  });

  it("the claims list says the sentence is backed through the key point, and keeps it unsourced", async () => {
    show(coveredReport());
    const claims = screen.getByRole("region", { name: "Claims" });
    const item = within(claims).getByRole("button", { name: TREATY }).closest("li") as HTMLElement;
    expect(await within(item).findByText("Backed through key point 1 → [1] 38 North")).toBeTruthy();
    expect(item.textContent).toContain("No source");
  });

  it("a point that covers nothing shows no disclosure", async () => {
    show(sampleReport());
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByText(/Said in the body/)).toBeNull();
    expect(screen.queryByText(/Backed through/)).toBeNull();
  });
});
