// "Check sources automatically on sites I chose", in the background against the loopback
// server: an annotated page is checked only when its site is listed in the settings and the
// cited sites are granted; otherwise nothing is fetched and nothing waits for a prompt.
// Removing the site from the list stops it. Annotating is what starts it.
import { describe, it, expect, beforeAll, afterAll, vi } from "vitest";
import { annotateTab } from "../../src/background/annotate";
import { autoCheck, type AutoCheck } from "../../src/background/auto-check";
import { createReportStore } from "../../src/background/report-store";
import { ok } from "../../src/messages";
import type { BrowserApi } from "../../src/platform/browser-api";
import { DEFAULT_SETTINGS, type Settings } from "../../src/platform/settings";
import type { Report } from "../../src/report";
import { fakeBrowser, pageAnswers } from "../extension/fake-browser";
import { serveSources, type SourceServer } from "./support/server";
import { LIMITS, articleReport, parse, withoutSlowLink } from "./support/run";

let server: SourceServer;
let report: Report;
beforeAll(async () => {
  server = await serveSources();
  report = await articleReport(server);
});
afterAll(() => server?.close());


const chosen: Settings = { ...DEFAULT_SETTINGS, autoCheckSites: ["127.0.0.1"] };

/** A fake browser whose permissions grant what `granted` says; `null`: a browser without the permissions API. */
function setup(granted: ((origins: string[]) => boolean) | null) {
  const { api, raw } = fakeBrowser({ contentAnswer: (m) => (m.type === "update" ? { ok: true, value: null } : { ok: false, error: { code: "internal", message: "?" } }) });
  const contains = vi.fn(async ({ origins }: { origins: string[] }) => granted?.(origins) ?? false);
  if (granted) (raw as Record<string, unknown>).permissions = { contains, request: vi.fn(), getAll: vi.fn(), remove: vi.fn() };
  const store = createReportStore(undefined);
  const fetchSpy = vi.fn((request: Request) => fetch(request));
  const deps = { store, api: api as BrowserApi, fetch: fetchSpy, parse, ...LIMITS };
  return { api, raw, store, fetchSpy, contains, deps };
}

const ANY = (origins: string[]) => origins.every((o) => /^https?:\/\/127\.0\.0\.1\/\*$/.test(o));

describe("autoCheck", () => {
  it("a chosen site with the cited sites granted: checks, stores the result, asks nothing", async () => {
    const { store, deps, fetchSpy, contains, raw } = setup(ANY);
    await store.set(1, { report: withoutSlowLink(report), drawn: null });
    const started = await autoCheck(1, withoutSlowLink(report), chosen, deps);
    expect(started.kind).toBe("started");
    const r = await (started as Extract<AutoCheck, { kind: "started" }>).done;
    expect(r.ok).toBe(true);
    expect(fetchSpy).toHaveBeenCalledTimes(10);
    expect(contains).toHaveBeenCalledWith({ origins: ["http://127.0.0.1/*", "https://127.0.0.1/*"] });
    expect((raw as unknown as { permissions: { request: ReturnType<typeof vi.fn> } }).permissions.request).not.toHaveBeenCalled();
    const stored = await store.get(1);
    expect(stored?.report.references.find((x) => x.label === "5")?.live?.status).toBe("not-found");
  });

  it.each<[string, Settings, ((o: string[]) => boolean) | null, AutoCheck["kind"]]>([
    ["a site not chosen", DEFAULT_SETTINGS, ANY, "off"],
    ["another site chosen", { ...DEFAULT_SETTINGS, autoCheckSites: ["world-desk.example"] }, ANY, "off"],
    ["the chosen site, cited sites not granted", chosen, () => false, "no-permission"],
    ["the chosen site, a browser without the permissions API", chosen, null, "no-permission"],
  ])("%s: fetches nothing (%s)", async (_name, settings, granted, kind) => {
    const { store, deps, fetchSpy } = setup(granted);
    await store.set(2, { report: withoutSlowLink(report), drawn: null });
    expect((await autoCheck(2, withoutSlowLink(report), settings, deps)).kind).toBe(kind);
    await new Promise((r) => setTimeout(r, 50));
    expect(fetchSpy).not.toHaveBeenCalled();
    expect((await store.get(2))?.report.references.some((x) => x.live)).toBe(false);
  });

  it("a page without checkable links, or without an article: nothing to do", async () => {
    const { deps, fetchSpy, contains } = setup(ANY);
    const noLinks = { ...report, references: report.references.map((x) => ({ ...x, url: null })) };
    expect((await autoCheck(3, noLinks, chosen, deps)).kind).toBe("no-links");
    expect((await autoCheck(3, { ...report, article: { ...report.article, found: false } }, chosen, deps)).kind).toBe("off");
    expect(contains).not.toHaveBeenCalled();
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});

describe("annotating starts it", () => {
  const page = { html: "<html><body><p>Text</p></body></html>" };

  /** Annotates tab `tabId` under `settings`, the analysis giving the loopback article's report; resolves the automatic check's outcome. */
  async function annotate(tabId: number, settings: Settings, granted: (origins: string[]) => boolean) {
    const s = setup(granted);
    Object.assign(s.raw.tabs, { sendMessage: vi.fn(async (_id: number, m: { type: string; args: { from: number } }) => pageAnswers(page.html, server.articleUrl)(m)) });
    let outcome: Promise<AutoCheck> = Promise.resolve({ kind: "off" });
    const r = await annotateTab(tabId, {
      store: s.store,
      api: s.api,
      settings: async () => settings,
      analyze: () => withoutSlowLink(report),
      extractHtml: async () => ok({ snapshot: {} as never, paths: {} }),
      afterRun: (id, rep, set) => (outcome = autoCheck(id, rep, set, s.deps)),
    });
    expect(r.ok).toBe(true);
    const got = await outcome;
    if (got.kind === "started") await got.done;
    return { ...s, outcome: got };
  }

  it("on a chosen site with permission, the annotated page's sources are checked", async () => {
    const { outcome, store, fetchSpy } = await annotate(4, chosen, ANY);
    expect(outcome.kind).toBe("started");
    expect(fetchSpy).toHaveBeenCalledTimes(10);
    expect((await store.get(4))?.report.references.filter((x) => x.live)).toHaveLength(10);
  });

  it("once the reader removed the site from the list, annotating fetches nothing", async () => {
    const removed = { ...chosen, autoCheckSites: [] };
    const { outcome, store, fetchSpy } = await annotate(5, removed, ANY);
    expect(outcome.kind).toBe("off");
    expect(fetchSpy).not.toHaveBeenCalled();
    expect((await store.get(5))?.report.references.some((x) => x.live)).toBe(false);
  });
});
