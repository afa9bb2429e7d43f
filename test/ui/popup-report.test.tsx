// @vitest-environment jsdom
// The report's newer parts as a reader meets them: source types, chip tooltips, the claim
// filters, export buttons and the site controls.
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ReportView } from "../../src/popup/components/ReportView";
import type { ExportFile } from "../../src/popup/export/files";
import type { PopupActions, SiteInfo } from "../../src/popup/use-popup";
import { sampleReport } from "./sample-report";

afterEach(cleanup);

const actions = (): Required<PopupActions> => ({
  annotate: vi.fn(),
  focusClaim: vi.fn(),
  clear: vi.fn(),
  showUnsourced: vi.fn(),
  alwaysAnnotate: vi.fn(),
  openOptions: vi.fn(),
});

function view(opts: { site?: SiteInfo | null; copy?: (t: string) => Promise<boolean>; save?: (f: ExportFile) => void } = {}) {
  const a = actions();
  const r = sampleReport();
  r.claims[1]!.checks = [{ code: "unsourced-attribution", severity: "warning", message: "A quote attributed to nobody." }];
  const exporter = { copy: opts.copy ?? (async () => true), save: opts.save ?? vi.fn() };
  render(<ReportView report={r} drawn={{ anchored: 3, missing: [], mode: "highlight", unsourced: 0 }} actions={a} site={opts.site ?? null} exporter={exporter} />);
  return { a, exporter };
}

const claimTexts = () => within(screen.getByRole("region", { name: "Claims" })).queryAllByRole("listitem").filter((li) => li.classList.contains("claim")).map((li) => li.querySelector("button")?.textContent);

describe("sources", () => {
  it("says when the page was too large to annotate fully, and only then", () => {
    view();
    expect(screen.queryByText(/too large to annotate fully/)).toBeNull();
    cleanup();
    const r = sampleReport();
    r.article.truncated = true;
    render(<ReportView report={r} drawn={null} actions={actions()} />);
    expect(screen.getAllByRole("status").some((s) => /too large to annotate fully/.test(s.textContent ?? ""))).toBe(true);
  });

  it("each source has a type label (its rules arrive just after the list, in a chunk of their own)", async () => {
    view();
    const items = within(screen.getByRole("region", { name: "Sources" })).getAllByRole("listitem").filter((li) => li.classList.contains("source"));
    await waitFor(() => expect(items.map((li) => li.querySelector(".type")?.textContent)).toEqual(["web", "news", "web"]));
  });

  it("a chip shows its reference in a tooltip tied to it for hover and focus", () => {
    view();
    const summary = screen.getByRole("region", { name: "Summary" });
    const chip = within(summary).getAllByRole("link", { name: /Source 1 38 North:/ })[0] as HTMLElement;
    const tip = document.getElementById(chip.getAttribute("aria-describedby") ?? "");
    expect(tip?.getAttribute("role")).toBe("tooltip");
    expect(tip?.textContent).toContain("North Korea diversifies military");
    expect(tip?.textContent).toContain("38 North · 2025-01-15 · 38north.org");
  });
});

describe("claims", () => {
  it("lists every claim and filters to unsourced, with warnings, and one source", () => {
    const { a } = view();
    expect(claimTexts()).toHaveLength(4);
    fireEvent.click(screen.getByRole("radio", { name: "Unsourced (1)" }));
    expect(claimTexts()).toEqual(["South Korea's government opines that the deployment is political."]);
    fireEvent.click(screen.getByRole("radio", { name: "With warnings (1)" }));
    expect(claimTexts()).toEqual(["South Korea's government opines that the deployment is political."]);
    expect(screen.getByText("A quote attributed to nobody.")).toBeTruthy();
    fireEvent.click(screen.getByRole("radio", { name: "Of one source" }));
    fireEvent.change(screen.getByRole("combobox", { name: "Source" }), { target: { value: "r2" } });
    expect(claimTexts()).toEqual(["Relations entered a new phase in January."]);
    fireEvent.click(within(screen.getByRole("region", { name: "Claims" })).getByRole("button", { name: "Relations entered a new phase in January." }));
    expect(a.focusClaim).toHaveBeenCalledWith("c3");
  });

  it("'Show the claims of this source' filters the list to it", () => {
    view();
    const sources = screen.getByRole("region", { name: "Sources" });
    fireEvent.click(within(sources).getAllByRole("button", { name: "Show the claims of this source" })[2] as HTMLElement);
    expect(claimTexts()).toEqual(["The opinion column published in The Diplomat suggests a threat."]);
  });
});

describe("export", () => {
  it("copies Markdown and says so", async () => {
    const copy = vi.fn(async (_text: string) => true);
    view({ copy });
    fireEvent.click(screen.getByRole("button", { name: "Copy as Markdown" }));
    await waitFor(() => expect(copy.mock.calls[0]?.[0]).toContain("## Summary"));
    await waitFor(() => expect(screen.getByText("Copied to the clipboard.")).toBeTruthy());
  });

  it("a refused clipboard says what to do instead", async () => {
    view({ copy: async () => false });
    fireEvent.click(screen.getByRole("button", { name: "Copy as Markdown" }));
    await waitFor(() => expect(screen.getByText(/did not allow copying/)).toBeTruthy());
  });

  it("downloads the JSON report, BibTeX and CSL-JSON (formats loaded on the first click)", async () => {
    const save = vi.fn();
    view({ save });
    for (const name of ["Download JSON report", "Download BibTeX", "Download CSL-JSON"]) fireEvent.click(screen.getByRole("button", { name }));
    await waitFor(() => expect(save.mock.calls.map((c) => (c[0] as ExportFile).name.replace(/^.*?\./, "."))).toEqual([".json", ".bib", ".csl.json"]));
  });
});

describe("site controls", () => {
  const site = (p: Partial<SiteInfo> = {}): SiteInfo => ({ host: "world-desk.example", granted: false, disabled: false, refused: false, ...p });

  it("offers 'always annotate' for the site and the unsourced toggle", () => {
    const { a } = view({ site: site() });
    fireEvent.click(screen.getByRole("button", { name: "Always annotate on world-desk.example" }));
    expect(a.alwaysAnnotate).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole("checkbox", { name: "Highlight unsourced claims in the page" }));
    expect(a.showUnsourced).toHaveBeenCalledWith(true);
    fireEvent.click(screen.getByRole("button", { name: "Settings" }));
    expect(a.openOptions).toHaveBeenCalledOnce();
  });

  it("a granted site says so; a refused request says nothing changed; a disabled site says it is off", () => {
    view({ site: site({ granted: true }) });
    expect(screen.getByText(/Annotating automatically on world-desk.example/)).toBeTruthy();
    cleanup();
    view({ site: site({ refused: true }) });
    expect(screen.getByText(/did not get the permission/)).toBeTruthy();
    cleanup();
    view({ site: site({ disabled: true }) });
    expect(screen.getByText(/off for this site/)).toBeTruthy();
    expect(screen.queryByRole("checkbox", { name: "Highlight unsourced claims in the page" })).toBeNull();
  });
});

describe("which highlights the page chose", () => {
  const drawnWith = (extra: object) => ({ anchored: 2, missing: [], mode: "highlight" as const, unsourced: 0, ...extra });

  it("says when the default chose the exceptions on a mostly sourced page, or every sourced claim elsewhere", () => {
    render(<ReportView report={sampleReport()} drawn={drawnWith({ view: "exceptions", adapted: true })} actions={actions()} />);
    expect(screen.getByText(/Most claims here cite a source, so the page highlights only the exceptions/)).toBeTruthy();
    cleanup();
    render(<ReportView report={sampleReport()} drawn={drawnWith({ view: "all", adapted: true })} actions={actions()} />);
    expect(screen.getByText(/Few claims here cite a source, so the page highlights every claim that does/)).toBeTruthy();
  });

  it("says nothing when the reader picked a density, or nothing is drawn", () => {
    render(<ReportView report={sampleReport()} drawn={drawnWith({})} actions={actions()} />);
    expect(screen.queryByText(/claims here cite a source/)).toBeNull();
    cleanup();
    render(<ReportView report={sampleReport()} drawn={null} actions={actions()} />);
    expect(screen.queryByText(/claims here cite a source/)).toBeNull();
  });
});
