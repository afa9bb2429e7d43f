// The background's "Check sources" for a tab: the stored report checked against the
// loopback server, progress sent to the popup, the result stored with the tab, the
// storage.local cache, cancelling, and the router's border for the two new messages.
import { describe, it, expect, beforeAll, afterAll, vi } from "vitest";
import { cancelCheck, checkTab } from "../../src/background/check-sources";
import { storageCache } from "../../src/background/check-cache";
import { createReportStore } from "../../src/background/report-store";
import { popupHandlers } from "../../src/background/popup-handlers";
import { createRouter } from "../../src/background/router";
import { CACHE_TTL_MS } from "../../src/check/index";
import { CHANNEL, type Reply } from "../../src/messages";
import type { BrowserApi } from "../../src/platform/browser-api";
import type { Report } from "../../src/report";
import { EXT_ID, fakeBrowser, ORIGIN, senders } from "../extension/fake-browser";
import { serveSources, type SourceServer } from "./support/server";
import { LIMITS, articleReport, parse, withoutSlowLink } from "./support/run";

const NOW = Date.UTC(2026, 10, 27, 12);

/** A storage.local fake with get(null) and remove, as the cache uses them. */
function localArea() {
  const data = new Map<string, unknown>();
  return {
    data,
    area: {
      get: vi.fn(async (k: string | null) => (k === null ? Object.fromEntries(data) : data.has(k) ? { [k]: data.get(k) } : {})),
      set: vi.fn(async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => data.set(k, v))),
      remove: vi.fn(async (k: string | string[]) => void [k].flat().forEach((x) => data.delete(x))),
    },
  };
}

let server: SourceServer;
let report: Report;
beforeAll(async () => {
  server = await serveSources();
  report = await articleReport(server);
});
afterAll(() => server?.close());


function setup(now = () => NOW, contentAnswer?: (message: { type: string; args: unknown }) => unknown) {
  const { api, raw } = fakeBrowser(contentAnswer ? { contentAnswer } : {});
  const local = localArea();
  (raw.storage as Record<string, unknown>).local = local.area;
  const store = createReportStore(undefined);
  const fetchSpy = vi.fn((request: Request) => fetch(request));
  const deps = { store, api: api as BrowserApi, fetch: fetchSpy, parse, now, ...LIMITS };
  return { api, raw, local, store, fetchSpy, deps };
}

describe("checkTab", () => {
  it("checks the tab's stored report, stores the result and tells the popup its progress", async () => {
    const { raw, store, deps, local } = setup();
    await store.set(3, { report: withoutSlowLink(report), drawn: null });
    const r = await checkTab(3, deps);
    expect(r.ok).toBe(true);
    const stored = await store.get(3);
    expect(stored?.report.references.find((x) => x.label === "5")?.live?.status).toBe("not-found");
    expect(stored?.report.claims.flatMap((c) => c.sources).some((s) => s.support === "found")).toBe(true);
    type Event = { type: string; args: { tabId: number; progress: { done: number; total: number } } };
    const events = (raw.runtime.sendMessage.mock.calls as unknown as [Event][]).map((c) => c[0]);
    expect(events.every((e) => e.type === "checkProgress" && e.args.tabId === 3)).toBe(true);
    expect(events.at(-1)?.args.progress).toEqual({ done: 10, total: 10 });
    expect([...local.data.keys()].filter((k) => k.startsWith("check:"))).toHaveLength(10);
  });

  it("has the page's drawing show the checked report, and leaves an undrawn page alone", async () => {
    const sent: { type: string; args: unknown }[] = [];
    const redrawn = { anchored: 4, missing: [], mode: "highlight" };
    const { raw, store, deps } = setup(undefined, (m) => (sent.push(m), m.type === "update" ? { ok: true, value: redrawn } : { ok: false, error: { code: "internal", message: "?" } }));
    await store.set(6, { report: withoutSlowLink(report), drawn: { anchored: 3, missing: [], mode: "highlight" } });
    await store.set(7, { report: withoutSlowLink(report), drawn: null });
    expect((await checkTab(6, deps)).ok).toBe(true);
    expect(sent.map((m) => m.type)).toEqual(["update"]);
    expect(raw.tabs.sendMessage).toHaveBeenCalledWith(6, expect.anything(), { frameId: 0 });
    const { report: drawnReport } = sent[0]!.args as { report: Report };
    expect(drawnReport.claims.flatMap((c) => c.sources).some((x) => x.support === "found" && x.passage)).toBe(true);
    expect((await store.get(6))?.drawn).toEqual(redrawn);
    expect((await checkTab(7, deps)).ok).toBe(true);
    expect(sent).toHaveLength(1); // nothing drawn on tab 7: nothing to update
    expect((await store.get(7))?.report.references.some((x) => x.live)).toBe(true);
  });

  it("keeps the checked report when the page does not answer the update", async () => {
    const { store, deps } = setup(undefined, () => ({ ok: false, error: { code: "internal", message: "gone" } }));
    const drawn = { anchored: 3, missing: [], mode: "highlight" as const };
    await store.set(8, { report: withoutSlowLink(report), drawn });
    expect((await checkTab(8, deps)).ok).toBe(true);
    const stored = await store.get(8);
    expect(stored?.drawn).toEqual(drawn);
    expect(stored?.report.references.some((x) => x.live)).toBe(true);
  });

  it("answers from storage.local within a day and visits again after it", async () => {
    let now = NOW;
    const first = setup(() => now);
    await first.store.set(1, { report: withoutSlowLink(report), drawn: null });
    const r1 = await checkTab(1, first.deps);
    expect(first.fetchSpy).toHaveBeenCalledTimes(10);
    // On a loaded machine a link may time out; only what answered is kept.
    const unanswered = r1.ok ? r1.value.report.references.filter((x) => x.live?.status === "unreachable").map((x) => x.url) : [];
    // A new background (the worker slept): the same storage area, a fresh fetch.
    const second = setup(() => now);
    (second.raw.storage as Record<string, unknown>).local = first.local.area;
    await second.store.set(1, { report: withoutSlowLink(report), drawn: null });
    now = NOW + CACHE_TTL_MS / 2;
    await checkTab(1, second.deps);
    expect(second.fetchSpy.mock.calls.map((c) => c[0].url)).toEqual(unanswered);
    now = NOW + CACHE_TTL_MS + 1;
    await checkTab(1, second.deps);
    expect(second.fetchSpy).toHaveBeenCalledTimes(10 + unanswered.length);
  }, 60_000);

  it("prunes entries older than a day", async () => {
    const { area, data } = localArea();
    data.set("check:http://old.example/", { status: "ok", fetchedAt: NOW - CACHE_TTL_MS - 1, blocks: [] });
    data.set("check:http://new.example/", { status: "ok", fetchedAt: NOW - 1000, blocks: [] });
    data.set("settings", { version: 1 });
    await storageCache(area as never, () => NOW).prune();
    expect([...data.keys()].sort()).toEqual(["check:http://new.example/", "settings"]);
  });

  it("says so when the tab has no report yet", async () => {
    const { deps } = setup();
    expect(await checkTab(9, deps)).toMatchObject({ ok: false, error: { code: "no-content-script" } });
  });

  it("stops on cancelCheck and answers cancelled", async () => {
    const { store, deps } = setup();
    await store.set(4, { report, drawn: null });
    let started = 0;
    const fetchFn = (request: Request) => {
      started++;
      if (started === 1) queueMicrotask(() => cancelCheck(4));
      return fetch(request);
    };
    const r = await checkTab(4, { ...deps, fetch: fetchFn });
    expect(r).toMatchObject({ ok: false, error: { code: "cancelled" } });
    expect(started).toBeLessThanOrEqual(4);
    expect((await store.get(4))?.report.references.every((x) => x.live === undefined)).toBe(true);
    expect(cancelCheck(4)).toEqual({ cancelled: false });
  });
});

describe("the host permission", () => {
  it("waits for the reader to grant the links' sites, then checks", async () => {
    const { raw, store, deps, fetchSpy } = setup();
    let granted = false;
    const contains = vi.fn(async () => granted);
    (raw as Record<string, unknown>).permissions = { contains };
    await store.set(2, { report: withoutSlowLink(report), drawn: null });
    const run = checkTab(2, deps);
    await new Promise((r) => setTimeout(r, 400));
    expect(fetchSpy).not.toHaveBeenCalled();
    granted = true;
    expect((await run).ok).toBe(true);
    expect(contains).toHaveBeenCalledWith({ origins: ["http://127.0.0.1/*", "https://127.0.0.1/*"] });
    expect(fetchSpy).toHaveBeenCalledTimes(10);
  });

  it("visits nothing when it is not granted", async () => {
    const { raw, store, deps, fetchSpy } = setup();
    (raw as Record<string, unknown>).permissions = { contains: vi.fn(async () => false) };
    await store.set(2, { report: withoutSlowLink(report), drawn: null });
    expect(await checkTab(2, { ...deps, permissionWaitMs: 500 })).toMatchObject({ ok: false, error: { code: "no-permission" } });
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});

describe("the router's border", () => {
  const env = (type: string, args: unknown) => ({ channel: CHANNEL, type, args });
  it("accepts checkSources and cancelCheck from our pages only, with a tab id only", async () => {
    const { api } = fakeBrowser();
    const route = createRouter(popupHandlers(createReportStore(undefined), api), { extensionId: EXT_ID, extensionOrigin: ORIGIN }, () => undefined);
    const code = (r: Reply<unknown>) => (r.ok ? "ok" : r.error.code);
    expect(code(await route(env("checkSources", { tabId: 1 }), senders.popup))).toBe("no-content-script");
    expect(code(await route(env("cancelCheck", { tabId: 1 }), senders.popup))).toBe("ok");
    expect(code(await route(env("checkSources", { tabId: "1" }), senders.popup))).toBe("malformed-message");
    expect(code(await route(env("checkSources", { tabId: 1, urls: ["http://x.example/"] }), senders.popup))).toBe("malformed-message");
    expect(code(await route(env("checkSources", { tabId: 1 }), senders.webPage))).toBe("forbidden-sender");
  });
});
