// @vitest-environment jsdom
// "Who says so" in the popup, on a report analyze makes of paragraphs written here: the speakers
// by kind with role and count, each opening its statements, a statement scrolling the page to
// its sentence; a report with no quotes shows no section.
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import axe from "axe-core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { analyze } from "../../src/analyze/index";
import { ReportView } from "../../src/popup/components/ReportView";
import type { PopupActions } from "../../src/popup/use-popup";
import type { Report } from "../../src/report";
import { para, snapshot } from "../analyze/helpers";

afterEach(cleanup);

const actions = (): Required<PopupActions> => ({ annotate: vi.fn(), focusClaim: vi.fn(), clear: vi.fn(), showUnsourced: vi.fn(), alwaysAnnotate: vi.fn(), openOptions: vi.fn() });

function quotedReport(): Report {
  return analyze(
    snapshot({
      blocks: [
        para("Taliban spokesman Zabihullah Mujahid said in a tweet that the city had fallen."),
        para("“We are ready for talks,” Mujahid said. “The fighting can stop.”"),
        para("Officials familiar with the talks said a deal was close."),
        para("According to a United Nations report, 300 people died in the fighting."),
      ],
    }),
  );
}

async function showWho(report: Report) {
  const a = actions();
  render(<ReportView report={report} drawn={null} actions={a} />);
  const section = await screen.findByRole("region", { name: "Who says so" }, { timeout: 10_000 });
  return { a, section };
}

describe("Who says so", () => {
  it("lists each speaker with role, kind and number of statements, named people first", async () => {
    const { section } = await showWho(quotedReport());
    expect(within(section).getByText(/4 statements from 3 speakers/)).toBeTruthy();
    const speakers = within(section).getAllByRole("group").map((d) => d.querySelector("summary")?.textContent);
    expect(speakers).toEqual([
      "Zabihullah Mujahid, Taliban spokesmanPerson2 statements",
      "a United Nations reportDocument1 statement",
      "officials familiar with the talksUnnamed source1 statement",
    ]);
  });

  it("opens a speaker to its statements; a statement scrolls the page to its sentence", async () => {
    const report = quotedReport();
    const { a, section } = await showWho(report);
    const mujahid = within(section).getAllByRole("group")[0]!;
    fireEvent.click(mujahid.querySelector("summary")!);
    const statement = within(mujahid).getByRole("button", { name: /“We are ready for talks … The fighting can stop.”/ });
    fireEvent.click(statement);
    const claim = report.claims.find((c) => c.text.includes("We are ready"))!;
    expect(a.focusClaim).toHaveBeenCalledWith(claim.id);
    expect(within(mujahid).getByText(/said in a tweet/)).toBeTruthy();
  });

  it("has no axe-core violations, open or closed (colour contrast needs layout: the real-browser test)", async () => {
    document.documentElement.lang = "en";
    document.title = "Sourcelight";
    const { section } = await showWho(quotedReport());
    const check = async () => (await axe.run(section, { rules: { "color-contrast": { enabled: false } } })).violations.map((v) => v.id);
    expect(await check()).toEqual([]);
    for (const d of within(section).getAllByRole("group")) fireEvent.click(d.querySelector("summary")!);
    expect(await check()).toEqual([]);
  });

  it("shows no section when the article quotes no one", async () => {
    const r = analyze(snapshot({ blocks: [para("The bridge opened in May. Trams cross it every ten minutes.")] }));
    render(<ReportView report={r} drawn={null} actions={actions()} />);
    await waitFor(() => expect(screen.getByRole("region", { name: "Claims" })).toBeTruthy());
    expect(screen.queryByRole("region", { name: "Who says so" })).toBeNull();
  });
});
