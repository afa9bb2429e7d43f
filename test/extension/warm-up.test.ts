// The practice analysis a fresh worker runs when the popup opens on a page not yet annotated:
// what the practice page reaches of `analyze`, and when the background runs it.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { analyze } from "../../src/analyze/index";
import { popupHandlers } from "../../src/background/popup-handlers";
import { createReportStore } from "../../src/background/report-store";
import { practiceHtml, practiceSnapshot, PRACTICE_URL, resetWarmUp, warmUpOnce } from "../../src/background/warm-up";
import { extractFromHtml } from "../../src/extract/from-html";
import { JSDOM } from "jsdom";
import type { PageSnapshot } from "../../src/report";
import { sampleReport } from "../ui/sample-report";
import { fakeBrowser } from "./fake-browser";

beforeEach(() => resetWarmUp());

describe("the practice page", () => {
  const report = analyze(practiceSnapshot());

  it("reaches each part of the analysis it is there to warm", () => {
    expect(report.article.found).toBe(true);
    // numbered markers and an author-year citation both link claims to their references
    const cited = new Set(report.claims.flatMap((c) => c.sources.map((s) => s.ref)));
    expect([...cited].sort()).toEqual(["r1", "r2", "r3"]);
    expect(report.claims.some((c) => /\(Okafor & Lind, 2019\)/.test(c.text) && c.sources.some((s) => s.ref === "r3"))).toBe(true);
    // references parsed into fields, and the URL checks run on them
    expect(report.references.map((r) => [r.title, r.outlet, r.date])).toEqual([
      ["Spring flood outlook for the northern basins", "Northern Water Agency", "2025-03-02"],
      ["County approves levee funds", "Riverside Tribune", "2024-01-09"],
      ["Warning time and flood losses", "Journal of Hydrology Practice", "2019"],
    ]);
    const codes = report.references.flatMap((r) => r.checks.map((c) => c.code));
    expect(codes).toEqual(expect.arrayContaining(["url-date-mismatch", "tracking-parameters"]));
    // who says so, the checks built on it, and the summary with what its points cover
    expect(report.quotes?.some((q) => q.speaker === "Hana Okafor" && q.role === "a hydrologist at the agency" && q.direct)).toBe(true);
    expect(report.claims.some((c) => c.checks.some((k) => k.code === "unsourced-attribution"))).toBe(true);
    expect(report.summary.length).toBeGreaterThan(0);
    expect(report.claims.some((c) => c.via?.length)).toBe(true);
  });

  it("is a new object each time, so a run cannot change the next one's page", () => {
    const a = practiceSnapshot();
    a.blocks.length = 0;
    expect(practiceSnapshot().blocks.length).toBe(7);
  });
});

describe("the practice page's HTML", () => {
  it("reads back, site chrome left out, as the snapshot the analyzer practises on", () => {
    const { window } = new JSDOM("");
    const { snapshot } = extractFromHtml(practiceHtml(), PRACTICE_URL, new window.DOMParser());
    const practice = practiceSnapshot();
    expect(snapshot.found).toBe(true);
    expect(snapshot.title).toBe(practice.title);
    expect(snapshot.blocks.map((b) => b.text)).toEqual(practice.blocks.map((b) => b.text));
    expect(snapshot.blocks.flatMap((b) => b.markers.map((m) => [b.id, m.at, m.label]))).toEqual(practice.blocks.flatMap((b) => b.markers.map((m) => [b.id, m.at, m.label])));
    expect(snapshot.references.map((r) => [r.label, r.links.map((l) => l.href)])).toEqual(practice.references.map((r) => [r.label, r.links.map((l) => l.href)]));
  });
});

describe("warmUpOnce", () => {
  it("analyzes the practice page after the current task, once per worker", () => {
    const queued: (() => void)[] = [];
    const seen: PageSnapshot[] = [];
    const run = (s: PageSnapshot) => void seen.push(s);
    expect(warmUpOnce({ analyze: run }, (f) => void queued.push(f))).toBe(true);
    expect(seen).toEqual([]);
    queued.shift()!();
    expect(seen).toEqual([practiceSnapshot()]);
    expect(warmUpOnce({ analyze: run }, (f) => void queued.push(f))).toBe(false);
    expect(queued).toEqual([]);
  });

  it("swallows a failing analysis: the real one then simply runs cold", () => {
    const queued: (() => void)[] = [];
    const read = vi.fn(async () => {
      throw new Error("no reading document");
    });
    warmUpOnce({
      analyze: () => {
        throw new Error("broken analyzer");
      },
      read,
    }, (f) => void queued.push(f));
    expect(() => queued[0]!()).not.toThrow();
    expect(read).toHaveBeenCalledWith(practiceHtml(), PRACTICE_URL);
  });
});

describe("the popup's getState", () => {
  it("warms the analyzer when the page is not annotated yet, and not again", async () => {
    vi.useFakeTimers();
    try {
      const { api } = fakeBrowser({});
      const analyzer = vi.fn(() => sampleReport());
      const handlers = popupHandlers(createReportStore(api.storage.session), api, analyzer);
      expect(await handlers.getState({ tabId: 4 })).toEqual({ ok: true, value: { status: "none" } });
      expect(analyzer).not.toHaveBeenCalled(); // the popup's answer goes first
      await vi.runAllTimersAsync();
      expect(analyzer).toHaveBeenCalledTimes(1);
      expect(analyzer.mock.calls[0]).toEqual([practiceSnapshot()]);
      await handlers.getState({ tabId: 5 });
      await vi.runAllTimersAsync();
      expect(analyzer).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it("does not warm it for a page already annotated", async () => {
    vi.useFakeTimers();
    try {
      const { api } = fakeBrowser({});
      const store = createReportStore(api.storage.session);
      await store.set(6, { report: sampleReport(), drawn: null });
      const analyzer = vi.fn(() => sampleReport());
      const state = await popupHandlers(store, api, analyzer).getState({ tabId: 6 });
      expect(state.ok && state.value.status).toBe("done");
      await vi.runAllTimersAsync();
      expect(analyzer).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});
