// The background's annotation run against a fake browser: inject, read, analyze, cache,
// badge, draw — and the typed errors when a step fails.
import { describe, expect, it } from "vitest";
import { annotateTab } from "../../src/background/annotate";
import { BADGE_WARNING } from "../../src/background/badge";
import { popupHandlers } from "../../src/background/popup-handlers";
import { createReportStore } from "../../src/background/report-store";
import { watchTabs } from "../../src/background/tab-lifecycle";
import type { PageSnapshot } from "../../src/report";
import { sampleReport } from "../ui/sample-report";
import { fakeBrowser } from "./fake-browser";

const snapshot: PageSnapshot = {
  snapshotVersion: 1, url: "https://world-desk.example/a", found: true, reason: null, title: "T", byline: null, published: null,
  siteName: null, lang: "en", description: null, metaOrigin: {}, blocks: [], keyPoints: [], references: [], source: null,
  stats: { elements: 10, truncated: false },
};

const contentAnswer = (m: { type: string }) => {
  if (m.type === "extract") return { ok: true, value: snapshot };
  if (m.type === "draw") return { ok: true, value: { anchored: 3, missing: [], mode: "highlight" } };
  return { ok: false, error: { code: "internal", message: "?" } };
};

describe("annotateTab", () => {
  it("runs every step and caches the report in storage.session", async () => {
    const { api, raw } = fakeBrowser({ contentAnswer });
    const store = createReportStore(api.storage.session);
    const result = await annotateTab(5, { store, api, analyze: () => sampleReport() });
    expect(result.ok).toBe(true);
    expect(raw.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 5 }, files: ["content.js"] });
    expect(raw.tabs.sendMessage.mock.calls.map((c) => (c[1] as { type: string }).type)).toEqual(["extract", "draw"]);
    expect(raw.action.setBadgeText).toHaveBeenCalledWith({ tabId: 5, text: "3" });
    expect(raw.action.setBadgeBackgroundColor).toHaveBeenCalledWith({ tabId: 5, color: BADGE_WARNING });
    const stages = raw.runtime.sendMessage.mock.calls.map((c) => ((c as unknown[])[0] as { args: { stage: string } }).args.stage);
    expect(stages).toEqual(["injecting", "reading", "analyzing", "drawing"]);
    expect((await store.get(5))?.drawn?.anchored).toBe(3);
  });

  it("maps an injection refusal on a browser page to restricted-page", async () => {
    const { api } = fakeBrowser({ injectError: "Cannot access a chrome:// URL" });
    const r = await annotateTab(6, { store: createReportStore(undefined), api, analyze: () => sampleReport() });
    expect(r.ok ? "ok" : r.error.code).toBe("restricted-page");
  });

  it("maps a missing activeTab grant to no-permission", async () => {
    const { api } = fakeBrowser({ injectError: "Missing host permission for the tab" });
    const r = await annotateTab(6, { store: createReportStore(undefined), api, analyze: () => sampleReport() });
    expect(r.ok ? "ok" : r.error.code).toBe("no-permission");
  });

  it("refuses a forged snapshot from the page", async () => {
    const { api } = fakeBrowser({ contentAnswer: () => ({ ok: true, value: { snapshotVersion: 1, found: "yes" } }) });
    const r = await annotateTab(7, { store: createReportStore(undefined), api, analyze: () => sampleReport() });
    expect(r.ok ? "ok" : r.error.code).toBe("malformed-message");
  });

  it("reports an analyzer crash as analyze-failed", async () => {
    const { api } = fakeBrowser({ contentAnswer });
    const r = await annotateTab(8, { store: createReportStore(undefined), api, analyze: () => { throw new Error("bug"); } });
    expect(r.ok ? "ok" : r.error.code).toBe("analyze-failed");
  });

  it("does not draw when there is no article, and badges a dash", async () => {
    const { api, raw } = fakeBrowser({ contentAnswer });
    const r = sampleReport();
    r.article.found = false;
    await annotateTab(9, { store: createReportStore(undefined), api, analyze: () => r });
    expect(raw.tabs.sendMessage.mock.calls.map((c) => (c[1] as { type: string }).type)).toEqual(["extract"]);
    expect(raw.action.setBadgeText).toHaveBeenCalledWith({ tabId: 9, text: "–" });
  });

  it("two triggers at once share one run", async () => {
    const { api, raw } = fakeBrowser({ contentAnswer });
    const store = createReportStore(undefined);
    await Promise.all([annotateTab(10, { store, api, analyze: () => sampleReport() }), annotateTab(10, { store, api, analyze: () => sampleReport() })]);
    expect(raw.scripting.executeScript).toHaveBeenCalledTimes(1);
  });
});

describe("tab lifecycle", () => {
  it("evicts a closed tab's report and a tab that loads another page", async () => {
    const { api, raw } = fakeBrowser({ contentAnswer });
    const store = createReportStore(api.storage.session);
    const handlers = popupHandlers(store, api, () => sampleReport());
    watchTabs(store, api);
    await handlers.annotate({ tabId: 11 });
    await handlers.annotate({ tabId: 12 });
    expect((await handlers.getState({ tabId: 11 })).ok && (await store.get(11))).toBeTruthy();
    raw.tabs.onRemoved.listeners[0]?.(11 as never);
    await new Promise((r) => setTimeout(r, 0));
    expect(await store.get(11)).toBeNull();
    // same document, new #anchor: kept
    raw.tabs.onUpdated.listeners[0]?.(12 as never, { status: "loading", url: `${sampleReport().url}#refs` } as never);
    await new Promise((r) => setTimeout(r, 0));
    expect(await store.get(12)).not.toBeNull();
    raw.tabs.onUpdated.listeners[0]?.(12 as never, { status: "loading" } as never);
    await new Promise((r) => setTimeout(r, 0));
    expect(await store.get(12)).toBeNull();
  });
});
