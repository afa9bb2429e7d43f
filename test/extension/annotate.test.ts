// The background's annotation run against a fake browser: inject, read, analyze, cache,
// badge, draw — and the typed errors when a step fails.
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { afterEach, describe, expect, it, vi } from "vitest";
import { annotateTab, contentHandlers } from "../../src/background/annotate";
import { fail, HTML_PART, isPageReport, ok, type ClaimViaPatch, type OffPageResult, type Reply } from "../../src/messages";
import { analyze } from "../../src/analyze/index";
import { extractFromHtml } from "../../src/extract/from-html";
import { DEFAULT_SETTINGS } from "../../src/platform/settings";
import { SAME, type Reading } from "../../src/background/off-page";
import { pageReportOf, type PageReport } from "../../src/page-report";
import { BADGE_WARNING } from "../../src/background/badge";
import { popupHandlers } from "../../src/background/popup-handlers";
import { createReportStore } from "../../src/background/report-store";
import { watchTabs } from "../../src/background/tab-lifecycle";
import type { PageSnapshot, Report } from "../../src/report";
import { sampleReport } from "../ui/sample-report";
import { EXT_ID, fakeBrowser, ORIGIN, pageAnswers } from "./fake-browser";
import { readPage } from "../../src/background/content-client";
import { createContentListener } from "../../src/content/listener";

const snapshot: PageSnapshot = {
  snapshotVersion: 1, url: "https://world-desk.example/a", found: true, reason: null, title: "T", byline: null, published: null,
  siteName: null, lang: "en", description: null, metaOrigin: {}, blocks: [], keyPoints: [], references: [], source: null,
  stats: { elements: 10, truncated: false },
};

const PAGE = { html: "<!DOCTYPE html><html><head></head><body><p>Text</p></body></html>", url: snapshot.url };
const paths = { b0: [1, 0] };
/** Off-page extraction as the event page or offscreen document would answer it. */
const extractHtml = async () => ok({ snapshot, paths });

const contentAnswer = pageAnswers(PAGE.html, PAGE.url);

afterEach(() => vi.unstubAllGlobals());

describe("annotateTab", () => {
  it("runs every step and caches the report in storage.session", async () => {
    const { api, raw } = fakeBrowser({ contentAnswer });
    const store = createReportStore(api.storage.session);
    const result = await annotateTab(5, { store, api, analyze: () => sampleReport(), extractHtml });
    expect(result.ok).toBe(true);
    expect(raw.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 5 }, files: ["content.js"] });
    expect(raw.tabs.sendMessage.mock.calls.map((c) => (c[1] as { type: string }).type)).toEqual(["serialize", "readHtml", "draw"]);
    expect(raw.action.setBadgeText).toHaveBeenCalledWith({ tabId: 5, text: "3" });
    expect(raw.action.setBadgeBackgroundColor).toHaveBeenCalledWith({ tabId: 5, color: BADGE_WARNING });
    const stages = raw.runtime.sendMessage.mock.calls.map((c) => ((c as unknown[])[0] as { args: { stage: string } }).args.stage);
    expect(stages).toEqual(["injecting", "reading", "analyzing", "drawing"]);
    expect((await store.get(5))?.drawn?.anchored).toBe(3);
  });

  it("maps an injection refusal on a browser page to restricted-page", async () => {
    const { api } = fakeBrowser({ injectError: "Cannot access a chrome:// URL" });
    const r = await annotateTab(6, { store: createReportStore(undefined), api, analyze: () => sampleReport(), extractHtml });
    expect(r.ok ? "ok" : r.error.code).toBe("restricted-page");
  });

  it("maps a missing activeTab grant to no-permission", async () => {
    const { api } = fakeBrowser({ injectError: "Missing host permission for the tab" });
    const r = await annotateTab(6, { store: createReportStore(undefined), api, analyze: () => sampleReport(), extractHtml });
    expect(r.ok ? "ok" : r.error.code).toBe("no-permission");
  });

  it("hands the page's HTML to off-page extraction, and the page the report's drawable part with the paths of its claims' blocks", async () => {
    const { api, raw } = fakeBrowser({ contentAnswer });
    const seen: string[][] = [];
    // b1 holds the sample report's claims; b0 holds none, r1 is a reference entry.
    const found = { b0: [1, 0], b1: [1, 1], r1: [1, 5] };
    const r = await annotateTab(11, { store: createReportStore(undefined), api, analyze: () => sampleReport(), extractHtml: async (html, url) => (seen.push([html, url]), ok({ snapshot, paths: found })) });
    expect(r.ok).toBe(true);
    expect(seen).toEqual([[PAGE.html, PAGE.url]]);
    const draw = raw.tabs.sendMessage.mock.calls.find((c) => (c[1] as { type: string }).type === "draw")?.[1] as { args: { report: unknown; paths: unknown } };
    expect(draw.args.paths).toEqual({ b1: [1, 1] });
    expect(draw.args.report).toEqual(pageReportOf(sampleReport()));
    expect(isPageReport(draw.args.report)).toBe(true);
    // The popup still gets the whole report.
    if (r.ok) expect(r.value.report).toEqual(sampleReport());
  });

  it("reads a large page's HTML in pieces and hands it whole to extraction", async () => {
    const html = `<!DOCTYPE html><html><body>${"<p>Paragraph of the long page.</p>".repeat(20_000)}</body></html>`;
    const { api, raw } = fakeBrowser({
      contentAnswer: (m) => {
        if (m.type === "serialize") return { ok: true, value: { url: PAGE.url, length: html.length } };
        if (m.type === "readHtml") return { ok: true, value: html.slice((m.args as { from: number }).from, (m.args as { from: number }).from + HTML_PART) };
        return contentAnswer(m);
      },
    });
    let got = "";
    await annotateTab(14, { store: createReportStore(undefined), api, analyze: () => sampleReport(), extractHtml: async (h) => ((got = h), ok({ snapshot, paths })) });
    expect(got).toBe(html);
    const reads = raw.tabs.sendMessage.mock.calls.filter((c) => (c[1] as { type: string }).type === "readHtml");
    expect(reads.length).toBe(Math.ceil(html.length / HTML_PART));
  });

  it("asks for every piece at once when the page says where they start, and passes each on in order as it comes", async () => {
    // The real content listener, its answers delayed so that they overlap: pieces answered out of order still arrive in order.
    const html = `<!DOCTYPE html><html><body>${"<p>Paragraph 😀 of the long page.</p>".repeat(25_000)}</body></html>`;
    const listen = createContentListener({ extensionId: EXT_ID, extensionOrigin: ORIGIN, session: {} as never, serialize: async () => ok({ html, url: PAGE.url }) });
    let inFlight = 0;
    let most = 0;
    const sendMessage = vi.fn(async (_tab: number, m: unknown) => {
      most = Math.max(most, ++inFlight);
      const answer = await listen(m, { id: EXT_ID, url: `${ORIGIN}background.js` } as never);
      const from = (m as { args: { from?: number } }).args.from ?? 0;
      await new Promise((r) => setTimeout(r, from % 3 === 0 ? 1 : 8 - (from % 7)));
      inFlight--;
      return answer;
    });
    const pieces: [string, number, number][] = [];
    const page = await readPage(1, { sendMessage } as never, (url, from, text) => pieces.push([url, from, text.length]));
    expect(page.ok && page.value.html).toBe(html);
    const reads = sendMessage.mock.calls.filter((c) => (c[1] as { type: string }).type === "readHtml").length;
    expect(reads).toBeGreaterThanOrEqual(Math.ceil(html.length / HTML_PART));
    expect(most).toBe(reads); // all asked before the first answer came
    let at = 0;
    for (const [url, from, length] of pieces) {
      expect([url, from]).toEqual([PAGE.url, at]);
      at += length;
    }
    expect(at).toBe(html.length);
    // A page whose pieces do not match the starts it gave is refused.
    const liar = vi.fn(async (_tab: number, m: unknown) => ((m as { type: string }).type === "serialize" ? ok({ url: PAGE.url, length: 10, starts: [0, 5] }) : ok("abc")));
    const refused = await readPage(1, { sendMessage: liar } as never);
    expect(refused.ok ? "ok" : refused.error.code).toBe("malformed-message");
    // Starts that do not rise from 0 in pieces of at most HTML_PART are refused before anything is read.
    for (const [length, starts] of [[10, [1]], [10, [0, 0]], [10, [0, 12]], [HTML_PART + 10, [0]], [2 * HTML_PART, [0, HTML_PART + 1]], [10, "0"]] as const) {
      const odd = vi.fn(async (_tab: number, m: unknown) => ((m as { type: string }).type === "serialize" ? ok({ url: PAGE.url, length, starts }) : ok("abc")));
      const r = await readPage(1, { sendMessage: odd } as never);
      expect(r.ok ? "ok" : r.error.code).toBe("malformed-message");
      expect(odd).toHaveBeenCalledTimes(1);
    }
  });

  it("answers page-too-large from extraction without analysing or drawing", async () => {
    const { api, raw } = fakeBrowser({ contentAnswer });
    const tooLarge = async () => ({ ok: false as const, error: { code: "page-too-large" as const, message: "too large" } });
    const r = await annotateTab(12, { store: createReportStore(undefined), api, analyze: () => sampleReport(), extractHtml: tooLarge });
    expect(r.ok ? "ok" : r.error.code).toBe("page-too-large");
    expect(raw.tabs.sendMessage.mock.calls.map((c) => (c[1] as { type: string }).type)).toEqual(["serialize", "readHtml"]);
  });

  it("passes the page's drawing progress on to the popup, only while that tab's run draws", async () => {
    let release: (v: unknown) => void = () => undefined;
    const { api, raw } = fakeBrowser({
      contentAnswer: (m) => (m.type === "draw" ? new Promise((r) => (release = r)) : contentAnswer(m)),
    });
    await contentHandlers.drawProgress({ done: 1, total: 9 }, 13); // no run: dropped
    const run = annotateTab(13, { store: createReportStore(undefined), api, analyze: () => sampleReport(), extractHtml });
    await new Promise((r) => setTimeout(r, 10));
    await contentHandlers.drawProgress({ done: 4, total: 9 }, 13);
    await contentHandlers.drawProgress({ done: 4, total: 9 }, 99); // another tab: dropped
    release({ ok: true, value: { anchored: 3, missing: [], mode: "highlight" } });
    await run;
    const events = raw.runtime.sendMessage.mock.calls.map((c) => ((c as unknown[])[0] as { args: unknown }).args);
    expect(events).toEqual([
      { tabId: 13, stage: "injecting" },
      { tabId: 13, stage: "reading" },
      { tabId: 13, stage: "analyzing" },
      { tabId: 13, stage: "drawing" },
      { tabId: 13, stage: "drawing", progress: { done: 4, total: 9 } },
    ]);
  });

  it("sends the draw message before any storage write, and stores the report once, with what was drawn", async () => {
    let release: (v: unknown) => void = () => undefined;
    const { api, raw } = fakeBrowser({
      contentAnswer: (m) => (m.type === "draw" ? new Promise((r) => (release = r)) : contentAnswer(m)),
    });
    const store = createReportStore(api.storage.session);
    const run = annotateTab(14, { store, api, analyze: () => sampleReport(), extractHtml });
    await new Promise((r) => setTimeout(r, 10));
    // The page draws; the badge is up; nothing is stored yet.
    expect(raw.tabs.sendMessage.mock.calls.map((c) => (c[1] as { type: string }).type)).toContain("draw");
    expect(raw.action.setBadgeText).toHaveBeenCalledWith({ tabId: 14, text: "3" });
    expect(raw.storage.session.set).not.toHaveBeenCalled();
    release({ ok: true, value: { anchored: 2, missing: [], mode: "highlight" } });
    const r = await run;
    expect(r.ok && r.value.drawn?.anchored).toBe(2);
    expect((await store.get(14))?.drawn?.anchored).toBe(2);
    expect((await store.get(14))?.report).toEqual(sampleReport());
  });

  it("stores the report with nothing drawn when the page does not answer the draw", async () => {
    const { api } = fakeBrowser({ contentAnswer: (m) => (m.type === "draw" ? undefined : contentAnswer(m)) });
    const store = createReportStore(api.storage.session);
    const r = await annotateTab(15, { store, api, analyze: () => sampleReport(), extractHtml });
    expect(r.ok && r.value.drawn).toBeNull();
    expect((await store.get(15))?.report).toEqual(sampleReport());
  });

  describe("a quick reading first", () => {
    const quickSnap: PageSnapshot = { ...snapshot, title: "quick" };
    const fullSnap: PageSnapshot = { ...snapshot, title: "full" };
    const reading = (full: PageSnapshot | null = fullSnap) => () => ({
      quick: Promise.resolve(ok({ snapshot: quickSnap, paths: { b1: [1, 1] } })),
      full: () => Promise.resolve(full ? ok({ snapshot: full, paths: { b1: [1, 1] } }) : fail("extract-failed", "gone")),
    });
    const types = (raw: ReturnType<typeof fakeBrowser>["raw"]) => raw.tabs.sendMessage.mock.calls.map((c) => (c[1] as { type: string }).type);

    it("draws the quick reading once when the full reading draws the same; the full report is kept", async () => {
      const { api, raw } = fakeBrowser({ contentAnswer });
      const store = createReportStore(api.storage.session);
      const seen: string[] = [];
      const analyze = (s: PageSnapshot) => (seen.push(s.title ?? ""), { ...sampleReport(), article: { ...sampleReport().article, title: s.title } });
      const r = await annotateTab(21, { store, api, analyze, readHtml: reading() });
      expect(seen).toEqual(["quick", "full"]);
      expect(types(raw)).toEqual(["serialize", "readHtml", "draw"]);
      expect(r.ok && r.value.report.article.title).toBe("full");
      expect(r.ok && r.value.drawn?.anchored).toBe(3);
      expect((await store.get(21))?.report.article.title).toBe("full");
    });

    it("draws again when the full reading finds other claims, and keeps that drawing", async () => {
      const { api, raw } = fakeBrowser({ contentAnswer });
      const fewer = () => ({ ...sampleReport(), claims: sampleReport().claims.slice(1) });
      const analyze = (s: PageSnapshot) => (s.title === "quick" ? sampleReport() : fewer());
      const r = await annotateTab(22, { store: createReportStore(undefined), api, analyze, readHtml: reading() });
      expect(types(raw)).toEqual(["serialize", "readHtml", "draw", "draw"]);
      const draws = raw.tabs.sendMessage.mock.calls.filter((c) => (c[1] as { type: string }).type === "draw").map((c) => (c[1] as { args: { report: unknown } }).args.report);
      expect(draws).toEqual([pageReportOf(sampleReport()), pageReportOf(fewer())]);
      expect(r.ok && r.value.report.claims.length).toBe(fewer().claims.length);
    });

    it("clears the quick drawing when the full reading finds no article, or fails", async () => {
      const { api, raw } = fakeBrowser({ contentAnswer: (m) => (m.type === "clear" ? { ok: true, value: { cleared: true } } : contentAnswer(m)) });
      const none = () => ({ ...sampleReport(), article: { ...sampleReport().article, found: false } });
      const r = await annotateTab(23, { store: createReportStore(undefined), api, analyze: (s) => (s.title === "quick" ? sampleReport() : none()), readHtml: reading() });
      expect(types(raw)).toEqual(["serialize", "readHtml", "draw", "clear"]);
      expect(r.ok && r.value.drawn).toBeNull();

      const failed = fakeBrowser({ contentAnswer: (m) => (m.type === "clear" ? { ok: true, value: { cleared: true } } : contentAnswer(m)) });
      const f = await annotateTab(24, { store: createReportStore(undefined), api: failed.api, analyze: () => sampleReport(), readHtml: reading(null) });
      expect(f.ok ? "ok" : f.error.code).toBe("extract-failed");
      expect(types(failed.raw)).toEqual(["serialize", "readHtml", "draw", "clear"]);
    });

    it("analyzes once when the full reading is the same as the quick one, and keeps the quick reading's report and drawing", async () => {
      const { api, raw } = fakeBrowser({ contentAnswer });
      const store = createReportStore(api.storage.session);
      const seen: string[] = [];
      const analyze = (s: PageSnapshot) => (seen.push(s.title ?? ""), { ...sampleReport(), article: { ...sampleReport().article, title: s.title } });
      const same = (): Reading => ({ quick: Promise.resolve(ok({ snapshot: quickSnap, paths: { b1: [1, 1] } })), full: () => Promise.resolve(ok(SAME)) });
      const r = await annotateTab(26, { store, api, analyze, readHtml: same });
      expect(seen).toEqual(["quick"]);
      expect(types(raw)).toEqual(["serialize", "readHtml", "draw"]);
      expect(r.ok && r.value.report.article.title).toBe("quick");
      expect(r.ok && r.value.drawn?.anchored).toBe(3);
      expect((await store.get(26))?.report.article.title).toBe("quick");
    });

    it("draws nothing before the full reading when there is no quick one (its guess was not sure)", async () => {
      let fullRead = false;
      const { api, raw } = fakeBrowser({ contentAnswer: (m) => (m.type === "draw" ? (expect(fullRead).toBe(true), contentAnswer(m)) : contentAnswer(m)) });
      const seen: string[] = [];
      const analyze = (s: PageSnapshot) => (seen.push(s.title ?? ""), sampleReport());
      const unsure = () => ({
        quick: Promise.resolve(null),
        full: () => new Promise<Reply<OffPageResult>>((done) => setTimeout(() => ((fullRead = true), done(ok({ snapshot: fullSnap, paths: { b1: [1, 1] } }))), 5)),
      });
      const r = await annotateTab(27, { store: createReportStore(undefined), api, analyze, readHtml: unsure });
      expect(seen).toEqual(["full"]);
      expect(types(raw)).toEqual(["serialize", "readHtml", "draw"]);
      expect(r.ok && r.value.drawn?.anchored).toBe(3);
    });

    it("does not draw a quick reading without an article; the full reading draws", async () => {
      const { api, raw } = fakeBrowser({ contentAnswer });
      const none = () => ({ ...sampleReport(), article: { ...sampleReport().article, found: false } });
      const r = await annotateTab(25, { store: createReportStore(undefined), api, analyze: (s) => (s.title === "quick" ? none() : sampleReport()), readHtml: reading() });
      expect(types(raw)).toEqual(["serialize", "readHtml", "draw"]);
      expect(r.ok && r.value.drawn?.anchored).toBe(3);
    });
  });

  it("refuses a forged page from the content script", async () => {
    const { api } = fakeBrowser({ contentAnswer: () => ({ ok: true, value: { url: "https://x.example/", length: -3 } }) });
    const r = await annotateTab(7, { store: createReportStore(undefined), api, analyze: () => sampleReport(), extractHtml });
    expect(r.ok ? "ok" : r.error.code).toBe("malformed-message");
  });

  it("reports an analyzer crash as analyze-failed", async () => {
    const { api } = fakeBrowser({ contentAnswer });
    const r = await annotateTab(8, { store: createReportStore(undefined), api, analyze: () => { throw new Error("bug"); }, extractHtml });
    expect(r.ok ? "ok" : r.error.code).toBe("analyze-failed");
  });

  it("does not draw when there is no article, and badges a dash", async () => {
    const { api, raw } = fakeBrowser({ contentAnswer });
    const r = sampleReport();
    r.article.found = false;
    await annotateTab(9, { store: createReportStore(undefined), api, analyze: () => r, extractHtml });
    expect(raw.tabs.sendMessage.mock.calls.map((c) => (c[1] as { type: string }).type)).toEqual(["serialize", "readHtml"]);
    expect(raw.action.setBadgeText).toHaveBeenCalledWith({ tabId: 9, text: "–" });
  });

  it("two triggers at once share one run", async () => {
    const { api, raw } = fakeBrowser({ contentAnswer });
    const store = createReportStore(undefined);
    await Promise.all([annotateTab(10, { store, api, analyze: () => sampleReport(), extractHtml }), annotateTab(10, { store, api, analyze: () => sampleReport(), extractHtml })]);
    expect(raw.scripting.executeScript).toHaveBeenCalledTimes(1);
  });
});

describe("tab lifecycle", () => {
  it("evicts a closed tab's report and a tab that loads another page", async () => {
    // The popup's path with the default off-page extraction: a DOMParser in the background (Firefox's event page).
    vi.stubGlobal("DOMParser", new JSDOM("").window.DOMParser);
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

describe("drawing before the summary", () => {
  // A Wikipedia-like page (most claims cite a note, so `auto` shows the exceptions): its summary's
  // first key point restates an uncited sentence, its second a sentence citing another note.
  const url = "https://en.wikipedia.org/wiki/Harrow_Sound_ferry";
  const html = readFileSync(new URL("../fixtures/wiki-restated-lead/page.html", import.meta.url), "utf8");
  const read = () => extractFromHtml(html, url, new new JSDOM("").window.DOMParser());
  const whole = analyze(read().snapshot);
  const answers = (m: { type: string; args?: unknown }) => (m.type === "addVia" ? ok({ patched: true }) : pageAnswers(html, url, 12)(m));
  type Sent = { type: string; args: { report?: PageReport; via?: ClaimViaPatch; url?: string } };
  const sent = (raw: ReturnType<typeof fakeBrowser>["raw"]) => raw.tabs.sendMessage.mock.calls.map((c) => c[1] as Sent).filter((m) => m.type !== "serialize" && m.type !== "readHtml");
  const viaOf = (r: Report | PageReport) => Object.fromEntries(r.claims.flatMap((c) => (c.via ? [[c.id, c.via.map((v) => ({ point: v.point, ref: v.ref }))]] : [])));

  it("the page is the kind it is meant to be: a summary whose points restate a cited and an uncited claim", () => {
    expect(whole.summary.length).toBeGreaterThan(0);
    const backed = whole.claims.filter((c) => c.via?.length);
    expect(backed.some((c) => c.sources.length > 0)).toBe(true);
    expect(backed.some((c) => c.sources.length === 0)).toBe(true);
  });

  it("draws the claims before the summary is picked, then patches the cards with the key points that restate them", async () => {
    const { api, raw } = fakeBrowser({ contentAnswer: answers });
    const store = createReportStore(api.storage.session);
    const r = await annotateTab(40, { store, api, extractHtml: async () => ok(read()), settings: async () => DEFAULT_SETTINGS });
    expect(r.ok).toBe(true);
    const [draw, patch, ...rest] = sent(raw);
    expect([draw?.type, patch?.type, rest.length]).toEqual(["draw", "addVia", 0]);
    // The drawing has every claim, source and check of the report, and no via yet.
    expect(draw!.args.report).toEqual(pageReportOf({ ...whole, claims: whole.claims.map(({ via: _via, ...c }) => c), summary: [] }));
    expect(patch!.args).toEqual({ url, via: viaOf(whole) });
    // The popup and the store get the whole report, summary included: the same as analyze's.
    expect(r.ok && r.value.report).toEqual(whole);
    expect((await store.get(40))?.report).toEqual(whole);
    expect((await store.get(40))?.drawn?.anchored).toBe(12);
  });

  it("draws again when a claim drawn as uncited is backed through a key point (the reader shows uncited claims)", async () => {
    const { api, raw } = fakeBrowser({ contentAnswer: answers });
    const r = await annotateTab(41, { store: createReportStore(undefined), api, extractHtml: async () => ok(read()), settings: async () => ({ ...DEFAULT_SETTINGS, showUnsourced: true }) });
    expect(r.ok).toBe(true);
    const messages = sent(raw);
    expect(messages.map((m) => m.type)).toEqual(["draw", "draw"]);
    expect(viaOf(messages[0]!.args.report!)).toEqual({});
    expect(messages[1]!.args.report).toEqual(pageReportOf(whole));
  });

  it("waits for the summary where it changes which claims are drawn (`all` shows the claims backed through a key point)", async () => {
    const { api, raw } = fakeBrowser({ contentAnswer: answers });
    const r = await annotateTab(42, { store: createReportStore(undefined), api, extractHtml: async () => ok(read()), settings: async () => ({ ...DEFAULT_SETTINGS, density: "all" }) });
    expect(r.ok).toBe(true);
    const messages = sent(raw);
    expect(messages.map((m) => m.type)).toEqual(["draw"]);
    expect(messages[0]!.args.report).toEqual(pageReportOf(whole));
  });

  it("keeps a quick drawing and its patch when the full reading finds the same, or says it is the same", async () => {
    const fulls: Reading["full"][] = [() => Promise.resolve(ok(read())), () => Promise.resolve(ok(SAME))];
    for (const full of fulls) {
      const { api, raw } = fakeBrowser({ contentAnswer: answers });
      const r = await annotateTab(44, { store: createReportStore(undefined), api, readHtml: () => ({ quick: Promise.resolve(ok(read())), full }), settings: async () => DEFAULT_SETTINGS });
      expect(sent(raw).map((m) => m.type)).toEqual(["draw", "addVia"]);
      expect(r.ok && r.value.report).toEqual(whole);
    }
  });

  it("draws a page without a summary's via once, before the summary", async () => {
    const { api, raw } = fakeBrowser({ contentAnswer: answers });
    const lighthouse = readFileSync(new URL("../fixtures/extract-wiki-reflist/page.html", import.meta.url), "utf8");
    const snap = extractFromHtml(lighthouse, "https://en.wikipedia.org/wiki/Corran_Point_Lighthouse", new new JSDOM("").window.DOMParser());
    expect(viaOf(analyze(snap.snapshot))).toEqual({});
    const r = await annotateTab(43, { store: createReportStore(undefined), api, extractHtml: async () => ok(snap), settings: async () => DEFAULT_SETTINGS });
    expect(r.ok && r.value.report).toEqual(analyze(snap.snapshot));
    expect(sent(raw).map((m) => m.type)).toEqual(["draw"]);
  });
});
