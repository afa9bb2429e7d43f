// @vitest-environment jsdom
// Storage failing, as a reader meets it: the popup says when the report could not be saved,
// the options page says when settings could not be saved (and shows none when they could not
// be read, so nothing overwrites them). Real settings storage over a quota-enforcing area.
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { OptionsPage } from "../../src/options/components/OptionsPage";
import { createOptionsStore } from "../../src/options/options-store";
import type { BrowserApi } from "../../src/platform/browser-api";
import { DEFAULT_SETTINGS, SETTINGS_KEY } from "../../src/platform/settings";
import { PopupView } from "../../src/popup/components/PopupView";
import { fromAnnotate, fromTabState } from "../../src/popup/state";
import { quotaArea } from "../extension/fake-browser";
import { sampleReport } from "./sample-report";

afterEach(cleanup);

const actions = { annotate: vi.fn(), focusClaim: vi.fn(), clear: vi.fn() };
const UNSAVED = /could not save this report/;

describe("popup: a report storage could not hold", () => {
  it("the background's unsaved mark becomes a note with what to do", () => {
    const state = fromAnnotate({ ok: true, value: { report: sampleReport(), drawn: null, unsaved: true } });
    render(<PopupView state={state} actions={actions} />);
    const note = screen.getByText(UNSAVED);
    expect(note.textContent).toMatch(UNSAVED);
    expect(note.textContent).toMatch(/annotate the page again/);
    expect(note.getAttribute("role")).toBe("status");
  });

  it("getState's unsaved mark too; a stored report shows no note", () => {
    const unsaved = fromTabState({ ok: true, value: { status: "done", report: sampleReport(), drawn: null, unsaved: true } });
    expect(unsaved).toMatchObject({ kind: "report", unsaved: true });
    const stored = fromTabState({ ok: true, value: { status: "done", report: sampleReport(), drawn: null } });
    render(<PopupView state={stored} actions={actions} />);
    expect(screen.queryByText(UNSAVED)).toBeNull();
  });
});

function optionsOver(quota: ReturnType<typeof quotaArea>) {
  const api = { storage: { sync: quota.area }, permissions: { contains: async () => false, remove: async () => true } } as unknown as BrowserApi;
  render(<OptionsPage store={createOptionsStore(api)} />);
}

describe("options: settings storage failing", () => {
  it("saving over the quota (synced settings allow little): an alert with what to do; a later save that fits clears it", async () => {
    const quota = quotaArea(300);
    quota.data.set(SETTINGS_KEY, { ...DEFAULT_SETTINGS, disabledSites: ["old.example"] });
    optionsOver(quota);
    const input = await screen.findByRole("textbox", { name: /for example/ });
    fireEvent.input(input, { target: { value: `${"a-very-long-subdomain-name.".repeat(8)}example.org` } });
    fireEvent.click(within(input.closest("form") as HTMLElement).getByRole("button", { name: "Add" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/could not save your settings/);
    expect(alert.textContent).toMatch(/quota bytes exceeded/);
    expect(quota.data.get(SETTINGS_KEY)).toMatchObject({ disabledSites: ["old.example"] }); // what was stored stays
    fireEvent.click(screen.getByRole("button", { name: /^Remove a-very-long/ }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("Saved."));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("storage unavailable when saving: the same alert", async () => {
    const quota = quotaArea();
    optionsOver(quota);
    const radio = await screen.findByRole("radio", { name: "Underline only" });
    quota.state.broken = true;
    fireEvent.click(radio);
    expect((await screen.findByRole("alert")).textContent).toMatch(/could not save your settings/);
  });

  it("an earlier save failing after a later one succeeded: the page says what storage holds (saved)", async () => {
    let rejectFirst: (e: Error) => void = () => undefined;
    const save = vi
      .fn()
      .mockImplementationOnce(() => new Promise((_, reject) => (rejectFirst = reject)))
      .mockImplementation(async (s) => s);
    render(<OptionsPage store={{ load: async () => DEFAULT_SETTINGS, save, granted: async () => true, request: async () => true, revoke: async () => true }} />);
    fireEvent.click(await screen.findByRole("radio", { name: "Underline only" }));
    fireEvent.click(screen.getByRole("radio", { name: /One claim per source/ }));
    await waitFor(() => expect(screen.getByText("Saved.")).toBeTruthy());
    rejectFirst(new Error("quota bytes exceeded"));
    await new Promise((r) => setTimeout(r, 10));
    expect(screen.queryByRole("alert")).toBeNull();
    expect(save.mock.calls.at(-1)?.[0]).toMatchObject({ highlightStyle: "underline", density: "minimal" });
  });

  it("storage unreadable: no settings shown (so none overwritten), a message with what to do", async () => {
    const quota = quotaArea();
    quota.data.set(SETTINGS_KEY, { ...DEFAULT_SETTINGS, minScore: 0.8 });
    quota.state.broken = true;
    optionsOver(quota);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/could not read your settings/);
    expect(alert.textContent).toMatch(/reload this page/);
    expect(screen.queryByRole("slider")).toBeNull();
    expect(quota.area.set).not.toHaveBeenCalled();
    expect(quota.data.get(SETTINGS_KEY)).toMatchObject({ minScore: 0.8 });
  });
});
