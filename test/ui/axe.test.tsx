// @vitest-environment jsdom
// axe-core on the rendered popup (every state) and the options page: no violations.
// Colour contrast needs layout, which jsdom lacks; axe reports it as incomplete, not passed.
import { cleanup, render } from "@testing-library/preact";
import axe from "axe-core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { OptionsPage } from "../../src/options/components/OptionsPage";
import type { OptionsStore } from "../../src/options/options-store";
import { DEFAULT_SETTINGS } from "../../src/platform/settings";
import { PopupView } from "../../src/popup/components/PopupView";
import type { PopupState } from "../../src/popup/state";
import { sampleReport } from "./sample-report";

afterEach(cleanup);

async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const actions = { annotate: vi.fn(), focusClaim: vi.fn(), clear: vi.fn(), showUnsourced: vi.fn(), alwaysAnnotate: vi.fn(), openOptions: vi.fn() };
const states: [string, PopupState][] = [
  ["idle", { kind: "idle" }],
  ["working", { kind: "working", stage: "reading" }],
  ["no article", { kind: "no-article", reason: "Too little text." }],
  ["error", { kind: "error", error: { code: "no-permission", message: "x" } }],
  ["report", { kind: "report", report: sampleReport(), drawn: { anchored: 1, missing: ["c3"], mode: "mark" } }],
];

describe("axe-core", () => {
  it.each(states)("popup, %s: no violations", async (_name, state) => {
    document.documentElement.lang = "en";
    document.title = "Sourcelight";
    render(<PopupView state={state} actions={actions} site={{ host: "world-desk.example", granted: false, disabled: false, refused: false }} />);
    expect(await violations()).toEqual([]);
  });

  it("options page: no violations", async () => {
    const store: OptionsStore = {
      load: async () => ({ ...DEFAULT_SETTINGS, disabledSites: ["example.org"], alwaysSites: ["news.example"], autoCheckSites: ["world-desk.example"] }),
      save: async (s) => s,
      granted: async () => false,
      request: async () => false,
      revoke: async () => true,
    };
    render(<OptionsPage store={store} />);
    await new Promise((r) => setTimeout(r, 20));
    expect(document.querySelector("#min-score")).toBeTruthy();
    expect(await violations()).toEqual([]);
  });
});
