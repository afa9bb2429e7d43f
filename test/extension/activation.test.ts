// Activation and settings in the background, against a fake browser: the context menu, "always
// annotate" on granted sites, the reader's settings applied to a run, unsourced on request.
import { describe, expect, it, vi } from "vitest";
import { annotateTab, withoutHiddenChecks } from "../../src/background/annotate";
import { adoptSiteGrants, watchUpdate } from "../../src/background/adopt-grants";
import { watchAutoAnnotate } from "../../src/background/auto-annotate";
import { MENU_ID, watchContextMenu } from "../../src/background/context-menu";
import { popupHandlers } from "../../src/background/popup-handlers";
import { createReportStore } from "../../src/background/report-store";
import type { BrowserApi } from "../../src/platform/browser-api";
import { DEFAULT_SETTINGS } from "../../src/platform/settings";
import { ok } from "../../src/messages";
import type { PageSnapshot } from "../../src/report";
import { sampleReport } from "../ui/sample-report";
import { fakeBrowser, pageAnswers } from "./fake-browser";

const snapshot = { snapshotVersion: 1, url: "https://world-desk.example/a", found: true, blocks: [], references: [], keyPoints: [], stats: {} } as unknown as PageSnapshot;
const page = { html: "<html><body><p>Text</p></body></html>", url: "https://world-desk.example/a" };
const contentAnswer = pageAnswers(page.html, page.url);
const extractHtml = async () => ok({ snapshot, paths: {} });

function withExtras(granted: boolean) {
  const f = fakeBrowser({ contentAnswer });
  const listeners = { installed: [] as (() => void)[], clicked: [] as ((info: object, tab?: object) => void)[] };
  const extras = {
    contextMenus: { create: vi.fn(), removeAll: vi.fn(async () => undefined), onClicked: { addListener: (l: never) => listeners.clicked.push(l) } },
    permissions: { contains: vi.fn(async () => granted), request: vi.fn(), getAll: vi.fn(), remove: vi.fn() },
  };
  Object.assign(f.raw, extras);
  Object.assign(f.raw.runtime, { onInstalled: { addListener: (l: () => void) => listeners.installed.push(l) } });
  return { ...f, api: f.raw as unknown as BrowserApi, extras, listeners };
}
const flush = () => new Promise((r) => setTimeout(r, 10));

describe("context menu", () => {
  it("is created on install and annotates the clicked tab", async () => {
    const { api, raw, extras, listeners } = withExtras(false);
    watchContextMenu({ store: createReportStore(undefined), api, analyze: () => sampleReport() });
    listeners.installed.forEach((l) => l());
    await flush();
    expect(extras.contextMenus.create).toHaveBeenCalledWith(expect.objectContaining({ id: MENU_ID, title: "Annotate the sources of this page" }));
    listeners.clicked.forEach((l) => l({ menuItemId: "other" }, { id: 4 }));
    await flush();
    expect(raw.scripting.executeScript).not.toHaveBeenCalled();
    listeners.clicked.forEach((l) => l({ menuItemId: MENU_ID }, { id: 4 }));
    await flush();
    expect(raw.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 4 }, files: ["content.js"] });
  });
});

describe("always annotate on this site", () => {
  const listed = async () => ({ ...DEFAULT_SETTINGS, alwaysSites: ["world-desk.example"] });
  it.each([
    ["listed and granted", listed, true, 1],
    ["listed, not granted", listed, false, 0],
    // A grant alone (any site, asked for by automatic checks; a cited site, by "Check sources") chooses nothing.
    ["granted, not listed", async () => DEFAULT_SETTINGS, true, 0],
  ])("%s: a finished page load annotates %i time(s)", async (_name, settings, granted, times) => {
    const { api, raw, extras } = withExtras(granted);
    watchAutoAnnotate({ store: createReportStore(undefined), api, analyze: () => sampleReport(), settings, extractHtml, afterRun: async () => undefined });
    const onUpdated = (raw.tabs.onUpdated as unknown as { listeners: ((id: number, c: object, t: object) => void)[] }).listeners;
    onUpdated.forEach((l) => l(11, { status: "loading" }, { url: "https://world-desk.example/a" }));
    onUpdated.forEach((l) => l(11, { status: "complete" }, { url: "https://world-desk.example/a" }));
    onUpdated.forEach((l) => l(12, { status: "complete" }, { url: "chrome://settings" }));
    await flush();
    if (times) expect(extras.permissions.contains).toHaveBeenCalledWith({ origins: ["https://world-desk.example/*"] });
    expect(raw.scripting.executeScript).toHaveBeenCalledTimes(times);
  });
});

describe("the popup's 'always annotate' request", () => {
  /** Handlers over a browser whose grant of the site flips to `grantAfterMs` (never when null), with settings in storage.sync. */
  function setup(grantAfterMs: number | null) {
    const { api, raw } = withExtras(false);
    let granted = false;
    if (grantAfterMs !== null) setTimeout(() => (granted = true), grantAfterMs);
    const permissions = { contains: vi.fn(async () => granted), request: vi.fn(), getAll: vi.fn(), remove: vi.fn() };
    Object.assign(raw, { permissions });
    const data: Record<string, unknown> = { settings: { ...DEFAULT_SETTINGS, alwaysSites: ["news.example"] } };
    Object.assign(raw.storage, { sync: { get: vi.fn(async (k: string) => ({ [k]: data[k] })), set: vi.fn(async (o: Record<string, unknown>) => void Object.assign(data, o)) } });
    const store = createReportStore(undefined);
    return { handlers: popupHandlers(store, api, undefined, undefined, 1_000), store, data, permissions };
  }

  it("waits for the reader's grant, then lists the report's site (as a host) in the settings", async () => {
    const { handlers, store, data, permissions } = setup(400);
    await store.set(3, { report: { ...sampleReport(), url: "https://www.world-desk.example/world/a" }, drawn: null });
    expect(await handlers.alwaysAnnotate({ tabId: 3 })).toEqual({ ok: true, value: { host: "world-desk.example" } });
    expect((data.settings as { alwaysSites: string[] }).alwaysSites).toEqual(["news.example", "world-desk.example"]);
    expect(permissions.contains).toHaveBeenCalledWith({ origins: ["https://www.world-desk.example/*"] });
  });

  it("not granted in time: nothing listed; no report: nothing to list", async () => {
    const { handlers, store, data } = setup(null);
    await store.set(3, { report: sampleReport(), drawn: null });
    expect(await handlers.alwaysAnnotate({ tabId: 3 })).toMatchObject({ ok: false, error: { code: "no-permission" } });
    expect(await handlers.alwaysAnnotate({ tabId: 4 })).toMatchObject({ ok: false, error: { code: "no-content-script" } });
    expect((data.settings as { alwaysSites: string[] }).alwaysSites).toEqual(["news.example"]);
  });
});

describe("sites granted before the lists lived in the settings", () => {
  /** A browser holding `origins`, with `stored` as the stored settings. */
  function holding(origins: string[], stored: unknown) {
    const data: Record<string, unknown> = stored === undefined ? {} : { settings: stored };
    const sync = { get: vi.fn(async (k: string) => (k in data ? { [k]: data[k] } : {})), set: vi.fn(async (o: Record<string, unknown>) => void Object.assign(data, o)) };
    const installed: ((d: { reason: string }) => void)[] = [];
    const api = {
      storage: { sync },
      permissions: { getAll: vi.fn(async () => ({ origins })) },
      runtime: { onInstalled: { addListener: (l: (d: { reason: string }) => void) => installed.push(l) } },
    } as unknown as BrowserApi;
    return { api, data, installed };
  }
  const grants = ["https://news.example/*", "http://www.blog.example/*", "http://*/*", "https://*/*", "https://*.nytimes.com/*"];

  it("the update lists each site granted on its own; wildcard grants chose nothing", async () => {
    const { api, data, installed } = holding(grants, { version: 2, density: "minimal" });
    watchUpdate(api);
    installed.forEach((l) => l({ reason: "install" }));
    await flush();
    expect(data.settings).toEqual({ version: 2, density: "minimal" });
    installed.forEach((l) => l({ reason: "update" }));
    await flush();
    expect(data.settings).toMatchObject({ density: "minimal", alwaysSites: ["news.example", "blog.example"], autoCheckSites: [] });
  });

  it("runs once: settings that already have the list are left alone", async () => {
    const { api, data } = holding(grants, { ...DEFAULT_SETTINGS, alwaysSites: [] });
    expect(await adoptSiteGrants(api)).toEqual([]);
    expect((data.settings as { alwaysSites: string[] }).alwaysSites).toEqual([]);
    expect(await adoptSiteGrants(holding(grants, undefined).api)).toEqual(["news.example", "blog.example"]);
  });
});

describe("settings applied to a run", () => {
  it("min score reaches analyze, hidden checks disappear, drawing uses the style and density; a disabled site is not drawn", async () => {
    const { api, raw } = withExtras(false);
    const analyze = vi.fn(() => sampleReport());
    const settings = async () => ({ ...DEFAULT_SETTINGS, minScore: 0.8, highlightStyle: "underline" as const, density: "warnings" as const, hiddenChecks: ["url-unsafe" as const] });
    const r = await annotateTab(21, { store: createReportStore(undefined), api, analyze, settings, extractHtml });
    expect(analyze).toHaveBeenCalledWith(snapshot, { minScore: 0.8 });
    expect(r.ok && r.value.report.references.some((x) => x.checks.some((c) => c.code === "url-unsafe"))).toBe(false);
    const draw = raw.tabs.sendMessage.mock.calls.find((c) => (c[1] as { type: string }).type === "draw")?.[1] as { args: { options: unknown } };
    expect(draw.args.options).toEqual({ style: "underline", unsourced: false, density: "warnings" });

    raw.tabs.sendMessage.mockClear();
    const off = async () => ({ ...DEFAULT_SETTINGS, disabledSites: ["world-desk.example"] });
    await annotateTab(22, { store: createReportStore(undefined), api, analyze, settings: off, extractHtml });
    expect(raw.tabs.sendMessage.mock.calls.map((c) => (c[1] as { type: string }).type)).toEqual(["serialize", "readHtml"]);
  });

  it("withoutHiddenChecks leaves the report alone when nothing is hidden", () => {
    const r = sampleReport();
    expect(withoutHiddenChecks(r, DEFAULT_SETTINGS)).toBe(r);
  });

  it("showUnsourced redraws the cached report with unsourced highlights", async () => {
    const { api, raw } = withExtras(false);
    const store = createReportStore(undefined);
    await store.set(30, { report: sampleReport(), drawn: null });
    const handlers = popupHandlers(store, api, undefined, async () => DEFAULT_SETTINGS);
    const r = await handlers.showUnsourced({ tabId: 30, on: true });
    expect(r.ok).toBe(true);
    const draw = raw.tabs.sendMessage.mock.calls.at(-1)?.[1] as { type: string; args: { options: unknown } };
    expect(draw.type).toBe("draw");
    expect(draw.args.options).toEqual({ style: "marker", unsourced: true, density: "auto" });
    expect((await handlers.showUnsourced({ tabId: 31, on: true })).ok).toBe(false);
  });
});
