// @vitest-environment jsdom
// The popup as a reader sees it, state by state, rendered from plain values.
import { cleanup, fireEvent, render, screen, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PopupView } from "../../src/popup/components/PopupView";
import type { PopupActions, SiteInfo } from "../../src/popup/use-popup";
import type { PopupState } from "../../src/popup/state";
import { HOSTILE_TITLE, sampleReport } from "./sample-report";

afterEach(cleanup);

const actions = (): PopupActions => ({ annotate: vi.fn(), focusClaim: vi.fn(), clear: vi.fn() });
const show = (state: PopupState, a = actions(), site: SiteInfo | null = null) => ({ ...render(<PopupView state={state} actions={a} site={site} />), a });

describe("popup states", () => {
  it("not analysed yet: explains and offers the button", () => {
    const { a } = show({ kind: "idle" });
    expect(screen.getByRole("heading", { name: /what does this article rest on/i })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Annotate this page" }));
    expect(a.annotate).toHaveBeenCalledOnce();
  });

  it("working: shows the current step as progress", () => {
    show({ kind: "working", stage: "analyzing" });
    expect(screen.getByRole("status").textContent).toMatch(/matching claims to their sources/i);
    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Annotate this page" })).toBeNull();
  });

  it("working on a large page: shows how many claims are drawn so far", () => {
    show({ kind: "working", stage: "drawing", progress: { done: 120, total: 302 } });
    expect(screen.getByRole("status").textContent).toMatch(/highlighting the claims/i);
    expect(screen.getByText("120 of 302 claims")).toBeTruthy();
    expect(Number(screen.getByRole("progressbar").getAttribute("value"))).toBeCloseTo(3 + 120 / 302);
  });

  it("no article: gives the snapshot's reason and a next step", () => {
    show({ kind: "no-article", reason: "This page looks like a list of links, not an article." });
    expect(screen.getByRole("heading", { name: "No article on this page" })).toBeTruthy();
    expect(screen.getByText("This page looks like a list of links, not an article.")).toBeTruthy();
    expect(screen.getByText(/open a news story/i)).toBeTruthy();
  });

  it("error: says what to do next and can retry", () => {
    const { a } = show({ kind: "error", error: { code: "restricted-page", message: "Cannot access a chrome:// URL" } });
    expect(screen.getByRole("alert").textContent).toMatch(/open an article on a website/i);
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(a.annotate).toHaveBeenCalledOnce();
  });

  it("error without a tab: no retry button", () => {
    show({ kind: "error", error: { code: "no-tab", message: "no tab" } });
    expect(screen.getByText(/no page to annotate/i)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Try again" })).toBeNull();
  });
});

describe("popup report", () => {
  const report = () => show({ kind: "report", report: sampleReport(), drawn: { anchored: 3, missing: [], mode: "highlight" } });

  it("header: title, site, date and counts (the source line is not counted as a source)", () => {
    report();
    const header = screen.getByRole("banner");
    expect(within(header).getByRole("heading", { name: "Deployment of 6,000 Troops to Russia" })).toBeTruthy();
    expect(header.textContent).toContain("Peninsula Wire");
    expect(header.textContent).toContain("2025-02-15");
    expect(header.textContent).toContain("3 sources");
    expect(header.textContent).toContain("3 sourced claims");
    expect(header.textContent).toContain("3 warnings"); // two warnings and one error; notes do not count
  });

  it("lists the three cited sources with outlet, date, domain and checks", () => {
    report();
    const list = screen.getByRole("region", { name: "Sources" });
    const items = within(list).getAllByRole("listitem").filter((li) => li.classList.contains("source"));
    expect(items).toHaveLength(3);
    expect(items[0]?.textContent).toContain("North Korea diversifies military");
    expect(items[0]?.textContent).toContain("38 North · 2025-01-15 · 38north.org");
    expect(items[0]?.textContent).toMatch(/Warning\s*The link has no scheme/);
    expect(items[2]?.textContent).toMatch(/Problem\s*The link uses a javascript: address/);
    expect(screen.getByRole("region", { name: "Republished from" }).textContent).toContain("JoongAng Ilbo");
  });

  it("offers an open button only for safe http(s) links", () => {
    report();
    const links = screen.getAllByRole("link", { name: /^Open / });
    expect(links.map((a) => a.getAttribute("href"))).toEqual(["https://www.nknews.org/2025/01/new-phase", "https://www.joongang.co.kr/x?utm_source=Naver"]);
    for (const a of links) expect(a.getAttribute("rel")).toContain("noopener");
    expect(document.querySelector('a[href^="javascript:"]')).toBeNull();
    expect(document.querySelector('a[href="38north.org/20240513-kim-russia"]')).toBeNull();
    expect(screen.getAllByText("No link that can be opened safely")).toHaveLength(2);
  });

  it("shows hostile text as text, never as HTML", () => {
    report();
    expect(document.querySelector("img[src='x']")).toBeNull();
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
    expect(screen.getAllByText(HOSTILE_TITLE, { exact: false }).length).toBeGreaterThan(0);
  });

  it("summary points with their source chips; clicking a point asks to scroll to it", () => {
    const { a } = report();
    const summary = screen.getByRole("region", { name: "Summary" });
    const points = within(summary).getAllByRole("listitem");
    expect(points).toHaveLength(3);
    expect(within(points[0] as HTMLElement).getByRole("link", { name: /Source 1 38 North: North Korea diversifies/ })).toBeTruthy();
    expect(points[1]?.textContent).toContain("No source");
    fireEvent.click(within(points[2] as HTMLElement).getByRole("button"));
    expect(a.focusClaim).toHaveBeenCalledWith("c5");
  });

  it("a cited-by claim scrolls too", () => {
    const { a } = report();
    const sources = screen.getByRole("region", { name: "Sources" });
    fireEvent.click(within(sources).getByRole("button", { name: "Relations entered a new phase in January." }));
    expect(a.focusClaim).toHaveBeenCalledWith("c3");
  });

  it("says when claims could not be placed in the page", () => {
    show({ kind: "report", report: sampleReport(), drawn: { anchored: 1, missing: ["c3", "c5"], mode: "mark" } });
    expect(screen.getByText("2 sourced claims could not be found again in the page.")).toBeTruthy();
    const lost = screen.getByRole("region", { name: "Not found in the page" });
    expect(within(lost).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Relations entered a new phase in January.",
      "The opinion column published in The Diplomat suggests a threat.",
    ]);
  });

  it("an article that cites nothing says so", () => {
    const r = sampleReport();
    r.references = [];
    show({ kind: "report", report: r, drawn: null });
    expect(screen.getByText(/cites no sources/)).toBeTruthy();
  });

  it("every interactive element is reachable by keyboard (no positive tabindex, buttons are buttons)", () => {
    report();
    expect(document.querySelectorAll("[tabindex]:not([tabindex='-1']):not([tabindex='0'])")).toHaveLength(0);
    expect(document.querySelectorAll("[onclick], div[role=button]")).toHaveLength(0);
  });
});
