// @vitest-environment jsdom
// Issue 17: the popup groups the sources by what they are to the article (studies, documents,
// news, the outlet's own reporting, posts, primary sources, then the page's own reference
// entries), says when a title is a guess from the address, and never shows a bare "1" as a title.
import { cleanup, render, screen, within } from "@testing-library/preact";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { SourceList } from "../../src/popup/components/SourceList";
import { groupByRole } from "../../src/popup/source-groups";
import { groupedSources } from "../../src/popup/source-groups-chunk";
import type { Report, ReportReference } from "../../src/report";
import { sampleReport } from "./sample-report";

afterEach(cleanup);
// The grouped view is a chunk of the popup: here it is loaded before the first render.
beforeAll(() => groupedSources.load());

function withRoles(): Report {
  const r = sampleReport();
  const link = (id: string, title: string | null, url: string, role: ReportReference["role"], titleFrom?: ReportReference["titleFrom"]): ReportReference => ({
    id, label: null, kind: "link", title, outlet: null, authors: [], date: null, url, doi: null, raw: "1", citedBy: ["c2"], checks: [],
    ...(role ? { role } : {}), ...(titleFrom ? { titleFrom } : {}),
  });
  r.references.push(
    link("r4", "Ferry cancellations leave islanders stranded", "https://peninsula-wire.example/2025/01/22/ferry-cancellations-leave-islanders-stranded", "own-coverage", "url"),
    link("r5", "2023 study of fare-free transit", "https://doi.org/10.5555/utj.2023.118", "study", "context"),
    link("r6", "Penalty notice", "https://regulator.example/notices/penalty.pdf", "document", "entry"),
    link("r7", null, "https://stats.example/", "document"),
    link("r8", "Ferry boss says new boats ordered", "https://harbourdaily.example/2025/04/08/ferry-boss", "news", "url"),
  );
  return r;
}

const groupHeadings = () => screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
const itemsOf = (name: RegExp) => within(screen.getByRole("region", { name })).getAllByRole("listitem").filter((li) => li.classList.contains("source"));

describe("sources grouped by role", () => {
  it("orders the groups studies, documents, news, own reporting, then the page's references, each with its count", () => {
    render(<SourceList report={withRoles()} onFocusClaim={vi.fn()} />);
    expect(groupHeadings()).toEqual(["Studies (1)", "Documents (2)", "News (1)", "The outlet's own reporting (1)", "References (3)"]);
  });

  it("puts each source in its group, in page order, as a labelled region", () => {
    render(<SourceList report={withRoles()} onFocusClaim={vi.fn()} />);
    expect(itemsOf(/^Documents/).map((li) => li.getAttribute("data-ref"))).toEqual(["r6", "r7"]);
    expect(itemsOf(/^The outlet's own reporting/).map((li) => li.getAttribute("data-ref"))).toEqual(["r4"]);
    expect(itemsOf(/^References/).map((li) => li.getAttribute("data-ref"))).toEqual(["r1", "r2", "r3"]);
  });

  it("keeps one plain list when no source has a role", () => {
    render(<SourceList report={sampleReport()} onFocusClaim={vi.fn()} />);
    expect(screen.queryAllByRole("heading", { level: 3 })).toHaveLength(0);
    expect(screen.getByRole("region", { name: "Sources" }).querySelectorAll("li.source")).toHaveLength(3);
  });

  it("says when a title is guessed from the address or taken from the article's words, and when it is unknown", () => {
    render(<SourceList report={withRoles()} onFocusClaim={vi.fn()} />);
    const own = itemsOf(/^The outlet's own reporting/)[0]!;
    expect(own.textContent).toContain("title guessed from the link's address");
    expect(itemsOf(/^Studies/)[0]!.textContent).toContain("title taken from the article's words");
    expect(itemsOf(/^Documents/)[0]!.textContent).not.toMatch(/guessed|taken from/);
    const unknown = itemsOf(/^Documents/)[1]!;
    expect(unknown.querySelector(".source-title")?.textContent).toBe("Title unknown");
    expect(unknown.textContent).not.toMatch(/^1\b/);
  });
});

describe("reference-list entries with a role", () => {
  it("groups a reference list's entries by what they say they are, beside the links, and keeps the rest under References", () => {
    const r = withRoles();
    // A Wikipedia-like list: a journal article and a news story say what they are; a book does not.
    const entry = (id: string, label: string, title: string, role?: ReportReference["role"]): ReportReference => ({
      id, label, kind: "footnote", title, outlet: null, authors: [], date: null, url: null, doi: null, raw: title, citedBy: ["c1"], checks: [], ...(role ? { role } : {}),
    });
    r.references.push(entry("r9", "9", "Salt weathering of sandstone towers", "study"), entry("r10", "10", "Last keeper leaves the point", "news"), entry("r11", "11", "Engineers of the Rocks"));
    render(<SourceList report={r} onFocusClaim={vi.fn()} />);
    expect(groupHeadings()).toEqual(["Studies (2)", "Documents (2)", "News (2)", "The outlet's own reporting (1)", "References (4)"]);
    expect(itemsOf(/^Studies/).map((li) => li.getAttribute("data-ref"))).toEqual(["r5", "r9"]);
    expect(itemsOf(/^References/).map((li) => li.getAttribute("data-ref"))).toEqual(["r1", "r2", "r3", "r11"]);
  });
});

describe("groupByRole", () => {
  it("drops empty groups and an unknown role falls with the references", () => {
    const refs = withRoles().references.filter((r) => r.kind !== "source-line");
    (refs[0] as { role?: string }).role = "rumour";
    expect(groupByRole(refs).map((g) => [g.role, g.references.map((r) => r.id)])).toEqual([
      ["study", ["r5"]], ["document", ["r6", "r7"]], ["news", ["r8"]], ["own-coverage", ["r4"]], [null, ["r1", "r2", "r3"]],
    ]);
  });
});
