// @vitest-environment jsdom
// A long article in the popup: 320 claims. The list shows 50 at a time behind "Show more"
// (a real button: keyboard reachable, focus moves to the first new claim), filters still
// apply to every claim, and changing the filter starts again at one page.
import { cleanup, fireEvent, render, screen, within } from "@testing-library/preact";
import { afterEach, expect, it, vi } from "vitest";
import { CLAIMS_PAGE } from "../../src/popup/components/ClaimList";
import { ReportView } from "../../src/popup/components/ReportView";
import type { Report } from "../../src/report";
import { sampleReport } from "./sample-report";

afterEach(cleanup);

const TOTAL = 320;

/** Claim i cites r1, r2, r3 in turn; every third claim has no source; every seventh has a warning. */
function longReport(): Report {
  const r = sampleReport();
  const refIds = ["r1", "r2", "r3"];
  r.claims = Array.from({ length: TOTAL }, (_, i) => {
    const text = `Claim number ${i + 1} says something about the deployment.`;
    const ref = i % 3 === 2 ? null : refIds[i % refIds.length];
    return {
      id: `c${i + 1}`,
      text,
      kind: "sentence" as const,
      sources: ref ? [{ ref, score: 0.8, evidence: ["marker" as const] }] : [],
      checks: i % 7 === 0 ? [{ code: "unsourced-attribution" as const, severity: "warning" as const, message: "Says who?" }] : [],
      block: `b${i}`,
      start: 0,
      end: text.length,
    };
  });
  for (const ref of r.references) ref.citedBy = r.claims.filter((c) => c.sources.some((s) => s.ref === ref.id)).map((c) => c.id);
  return r;
}

function view() {
  const actions = { annotate: vi.fn(), focusClaim: vi.fn(), clear: vi.fn() };
  render(<ReportView report={longReport()} drawn={null} actions={actions} />);
  return actions;
}

// Role queries compute accessible names over the whole (large) document: slow in jsdom. The
// section and button are found by role once per test; the list is read from the DOM.
const region = () => document.getElementById("claims") as HTMLElement;
const claims = () => [...region().querySelectorAll("li.claim")].map((li) => li.querySelector("button")?.textContent ?? "");
const more = () => region().querySelector<HTMLButtonElement>(":scope > button.more");

it("shows one page of claims, then 50 more per press, until all are shown", () => {
  view();
  expect(region().querySelector("h2")?.textContent).toBe("Claims");
  expect(CLAIMS_PAGE).toBe(50);
  expect(claims()).toHaveLength(50);
  expect(claims()[0]).toMatch(/^Claim number 1 /);
  expect(more()?.textContent).toBe("Show 50 more (50 of 320 shown)");
  for (const shown of [100, 150, 200, 250, 300]) {
    fireEvent.click(more() as HTMLElement);
    expect(claims()).toHaveLength(shown);
  }
  expect(more()?.textContent).toBe("Show 20 more (300 of 320 shown)");
  fireEvent.click(more() as HTMLElement);
  expect(claims()).toHaveLength(TOTAL);
  expect(claims().at(-1)).toMatch(/^Claim number 320 /);
  expect(more()).toBeNull();
});

it("'Show more' is a focusable button; pressing it moves focus to the first new claim", () => {
  view();
  const button = more() as HTMLButtonElement;
  expect(button.tagName).toBe("BUTTON");
  button.focus();
  expect(document.activeElement).toBe(button);
  fireEvent.click(button);
  expect(document.activeElement?.textContent).toMatch(/^Claim number 51 /);
});

it("filters apply to every claim, paged too; a new filter starts at one page", () => {
  view();
  fireEvent.click(more() as HTMLElement);
  expect(claims()).toHaveLength(100);

  fireEvent.click(screen.getByRole("radio", { name: "Unsourced (106)" }));
  expect(claims()).toHaveLength(50);
  expect(claims()[0]).toMatch(/^Claim number 3 /);
  expect(more()?.textContent).toBe("Show 50 more (50 of 106 shown)");

  fireEvent.click(screen.getByRole("radio", { name: "With warnings (46)" }));
  expect(claims()).toHaveLength(46);
  expect(more()).toBeNull();
  expect(claims().slice(0, 3).map((c) => /\d+/.exec(c)?.[0])).toEqual(["1", "8", "15"]);

  fireEvent.click(screen.getByRole("radio", { name: "Of one source" }));
  const select = within(region()).getByRole("combobox");
  fireEvent.change(select, { target: { value: "r2" } });
  expect(claims()).toHaveLength(50);
  expect(more()?.textContent).toBe("Show 50 more (50 of 107 shown)");
  fireEvent.click(more() as HTMLElement);
  fireEvent.click(more() as HTMLElement);
  expect(claims()).toHaveLength(107);
  expect(claims().every((c) => Number(/\d+/.exec(c)?.[0]) % 3 === 2)).toBe(true);
});

it("a claim shown after paging still scrolls the page to itself", () => {
  const actions = view();
  fireEvent.click(more() as HTMLElement);
  fireEvent.click(region().querySelector('li[data-claim="c77"] > button') as HTMLElement);
  expect(actions.focusClaim).toHaveBeenCalledWith("c77");
});
