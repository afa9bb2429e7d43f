// The per-tab report store against a session area that enforces a quota: bounded by count and
// bytes (oldest evicted first), a report too large is kept in memory only and marked unsaved,
// a failing area never loses the report of the run, closing a tab evicts its report.
import { describe, expect, it } from "vitest";
import { annotateTab } from "../../src/background/annotate";
import { popupHandlers } from "../../src/background/popup-handlers";
import { createReportStore, DEFAULT_LIMITS, type StoredReport } from "../../src/background/report-store";
import { watchTabs } from "../../src/background/tab-lifecycle";
import { ok } from "../../src/messages";
import type { PageSnapshot, Report } from "../../src/report";
import { sampleReport } from "../ui/sample-report";
import { fakeBrowser, pageAnswers, quotaArea } from "./fake-browser";

/** A report whose JSON is about `kb` kilobytes (the article text carries the bulk). */
function reportOf(kb: number, url = "https://world-desk.example/a"): StoredReport {
  const report: Report = sampleReport();
  report.url = url;
  report.article.text = "The deployment was reported by several outlets. ".repeat(Math.ceil((kb * 1024) / 48));
  return { report, drawn: null };
}
const reportKeys = (data: Map<string, unknown>) => [...data.keys()].filter((k) => k.startsWith("report:")).sort();

describe("writing", () => {
  it("writes a report and its index in one call (one trip to the browser, never one without the other)", async () => {
    const { area, data } = quotaArea();
    const store = createReportStore(area);
    expect(await store.set(7, reportOf(1))).toBe("stored");
    expect(area.set).toHaveBeenCalledTimes(1);
    expect(Object.keys(area.set.mock.calls[0]![0]).sort()).toEqual(["report:7", "reports:index"]);
    expect(data.get("reports:index")).toEqual([{ tab: 7, bytes: expect.any(Number) }]);
  });
});

describe("bounds", () => {
  it("keeps at most maxTabs reports, evicting the oldest written", async () => {
    const { area, data } = quotaArea();
    const store = createReportStore(area, { maxTabs: 3, maxBytes: 10_000_000 });
    for (const tab of [1, 2, 3]) expect(await store.set(tab, reportOf(1))).toBe("stored");
    await store.set(1, reportOf(1)); // tab 1 written again: now the newest
    expect(await store.set(4, reportOf(1))).toBe("stored");
    expect(reportKeys(data)).toEqual(["report:1", "report:3", "report:4"]);
    expect(await store.get(2)).toBeNull();
    expect((await store.get(4))?.report.url).toBe("https://world-desk.example/a");
  });

  it("keeps the total under maxBytes, evicting as many old reports as needed", async () => {
    const { area, data } = quotaArea();
    const store = createReportStore(area, { maxTabs: 20, maxBytes: 100 * 1024 });
    for (const tab of [1, 2, 3, 4]) await store.set(tab, reportOf(20));
    expect(reportKeys(data)).toHaveLength(4);
    expect(await store.set(5, reportOf(50))).toBe("stored");
    expect(reportKeys(data)).toEqual(["report:3", "report:4", "report:5"]);
    const index = data.get("reports:index") as { tab: number; bytes: number }[];
    expect(index.map((e) => e.tab)).toEqual([3, 4, 5]);
    expect(index.reduce((n, e) => n + e.bytes, 0)).toBeLessThanOrEqual(100 * 1024);
  });

  it("a report bigger than the bound is kept in memory only, marked unsaved, and stored reports stay", async () => {
    const { area, data } = quotaArea();
    const store = createReportStore(area, { maxTabs: 20, maxBytes: 100 * 1024 });
    await store.set(1, reportOf(10));
    expect(await store.set(2, reportOf(150))).toBe("unsaved");
    expect(reportKeys(data)).toEqual(["report:1"]);
    expect((await store.get(2))?.unsaved).toBe(true);
    expect((await store.get(1))?.unsaved).toBeUndefined();
  });

  it("the browser's quota below our bound: old reports are dropped until the new one fits", async () => {
    const quota = quotaArea(70 * 1024);
    const store = createReportStore(quota.area, { maxTabs: 20, maxBytes: 1024 * 1024 });
    for (const tab of [1, 2, 3]) expect(await store.set(tab, reportOf(20))).toBe("stored");
    expect(await store.set(4, reportOf(30))).toBe("stored");
    expect(reportKeys(quota.data)).toEqual(["report:3", "report:4"]);
    expect(quota.used()).toBeLessThanOrEqual(70 * 1024);
    // A report larger than the whole quota: every older report was tried out of its way, then memory.
    expect(await store.set(5, reportOf(80))).toBe("unsaved");
    expect((await store.get(5))?.report.article.text.length).toBeGreaterThan(80 * 1024);
    expect(reportKeys(quota.data)).toEqual([]);
    expect(quota.data.get("reports:index")).toEqual([]);
  });

  it("concurrent writes for many tabs keep the index consistent with what is stored", async () => {
    const { area, data } = quotaArea();
    const store = createReportStore(area, { maxTabs: 5, maxBytes: 10_000_000 });
    await Promise.all(Array.from({ length: 12 }, (_, i) => store.set(i + 1, reportOf(1))));
    const index = (data.get("reports:index") as { tab: number }[]).map((e) => `report:${e.tab}`).sort();
    expect(reportKeys(data)).toEqual(index);
    expect(index).toHaveLength(5);
  });

  it("the default bound leaves room under Chrome's 10 MB session quota", () => {
    expect(DEFAULT_LIMITS.maxBytes).toBeLessThan(10 * 1024 * 1024);
    expect(DEFAULT_LIMITS.maxTabs).toBeGreaterThan(1);
  });
});

describe("failures", () => {
  it("an unavailable area: the report is kept in memory and marked unsaved; reading does not throw", async () => {
    const quota = quotaArea();
    quota.state.broken = true;
    const store = createReportStore(quota.area);
    expect(await store.set(7, reportOf(1))).toBe("unsaved");
    expect((await store.get(7))?.unsaved).toBe(true);
    await store.delete(7);
    expect(await store.get(7)).toBeNull();
  });

  it("the area recovering: the next write stores for real and drops the unsaved mark", async () => {
    const quota = quotaArea();
    quota.state.broken = true;
    const store = createReportStore(quota.area);
    await store.set(7, reportOf(1));
    quota.state.broken = false;
    expect(await store.set(7, reportOf(1))).toBe("stored");
    expect((await store.get(7))?.unsaved).toBeUndefined();
  });

  it("the memory fallback is bounded too", async () => {
    const quota = quotaArea();
    quota.state.broken = true;
    const store = createReportStore(quota.area, { maxTabs: 2, maxBytes: 1_000_000 });
    for (const tab of [1, 2, 3]) await store.set(tab, reportOf(1));
    expect(await store.get(1)).toBeNull();
    expect(await store.get(3)).not.toBeNull();
  });
});

describe("with the background", () => {
  const snapshot = { snapshotVersion: 1, url: "https://world-desk.example/a", found: true, blocks: [], references: [], keyPoints: [], stats: {} } as unknown as PageSnapshot;
  const contentAnswer = pageAnswers("<!DOCTYPE html><html><head></head><body><p>Text</p></body></html>", snapshot.url, 1);
  /** Off-page extraction as the event page or offscreen document would answer it. */
  const extractHtml = async () => ok({ snapshot, paths: {} });

  it("a run whose report storage cannot hold answers with unsaved, and getState says so later", async () => {
    const f = fakeBrowser({ contentAnswer, sessionQuota: 2 * 1024 });
    const store = createReportStore(f.api.storage.session);
    const r = await annotateTab(40, { store, api: f.api, analyze: () => reportOf(8).report, extractHtml });
    expect(r.ok).toBe(true);
    expect(r.ok && r.value.unsaved).toBe(true);
    const state = await popupHandlers(store, f.api).getState({ tabId: 40 });
    expect(state.ok && state.value.status === "done" && state.value.unsaved).toBe(true);
  });

  it("a run that fits: no unsaved mark", async () => {
    const f = fakeBrowser({ contentAnswer });
    const r = await annotateTab(41, { store: createReportStore(f.api.storage.session), api: f.api, analyze: () => sampleReport(), extractHtml });
    expect(r.ok).toBe(true);
    expect(r.ok && "unsaved" in r.value).toBe(false);
  });

  it("closing a tab evicts its report from storage and from the index", async () => {
    const f = fakeBrowser();
    const store = createReportStore(f.api.storage.session);
    watchTabs(store, f.api);
    await store.set(50, reportOf(1));
    await store.set(51, reportOf(1));
    const onRemoved = (f.raw.tabs.onRemoved as unknown as { listeners: ((id: number) => void)[] }).listeners;
    onRemoved.forEach((l) => l(50));
    await new Promise((r) => setTimeout(r, 10));
    expect(reportKeys(f.session)).toEqual(["report:51"]);
    expect((f.session.get("reports:index") as { tab: number }[]).map((e) => e.tab)).toEqual([51]);
  });
});
