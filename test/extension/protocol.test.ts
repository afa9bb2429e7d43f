// The border checks: every listener refuses forged, malformed and foreign messages with a
// typed error, and every message type of every direction has a guard and a handler.
import { describe, expect, it, vi } from "vitest";
import { popupHandlers } from "../../src/background/popup-handlers";
import { createReportStore } from "../../src/background/report-store";
import { createRouter, type ContentHandlers } from "../../src/background/router";
import { createContentListener } from "../../src/content/listener";
import { serializePage } from "../../src/content/serialize";
import type { Session } from "../../src/content/session";
import { createOffscreenListener } from "../../src/offscreen/listener";
import {
  backgroundToContentGuards,
  backgroundToOffscreenGuards,
  backgroundToPopupGuards,
  CHANNEL,
  contentToBackgroundGuards,
  fail,
  isOffPageResult,
  ok,
  PAGE_HTML_LIMIT,
  popupToBackgroundGuards,
  type Reply,
} from "../../src/messages";
import { JSDOM } from "jsdom";
import { sampleReport } from "../ui/sample-report";
import { EXT_ID, fakeBrowser, ORIGIN, senders } from "./fake-browser";

const env = (type: string, args: unknown) => ({ channel: CHANNEL, type, args });

function router() {
  const { api } = fakeBrowser();
  const handlers = popupHandlers(createReportStore(undefined), api, () => sampleReport());
  const log = vi.fn();
  const fromContent: ContentHandlers = { drawProgress: vi.fn(async () => ok(null)) };
  return { route: createRouter(handlers, { extensionId: EXT_ID, extensionOrigin: ORIGIN }, log, fromContent), handlers, log, fromContent };
}

const errorCode = (r: Reply<unknown>) => (r.ok ? "ok" : r.error.code);

describe("background router", () => {
  it("answers a well-formed request from the popup", async () => {
    const { route } = router();
    expect(await route(env("getState", { tabId: 3 }), senders.popup)).toEqual({ ok: true, value: { status: "none" } });
    expect(await route(env("getState", { tabId: 3 }), senders.popupInTab)).toEqual({ ok: true, value: { status: "none" } });
  });

  it.each([
    ["another extension", senders.otherExtension],
    ["a web page", senders.webPage],
    ["our own content script", senders.contentScript],
    ["no sender", undefined],
  ])("refuses %s with forbidden-sender", async (_name, sender) => {
    const { route, log } = router();
    const reply = await route(env("annotate", { tabId: 3 }), sender as never);
    expect(errorCode(reply)).toBe("forbidden-sender");
    expect(log).toHaveBeenCalled();
  });

  it.each([
    ["null", null],
    ["a string", "annotate"],
    ["no channel", { type: "annotate", args: { tabId: 1 } }],
    ["another channel", { channel: "other", type: "annotate", args: { tabId: 1 } }],
    ["tabId as string", env("annotate", { tabId: "1" })],
    ["negative tabId", env("annotate", { tabId: -1 })],
    ["fractional tabId", env("annotate", { tabId: 1.5 })],
    ["extra fields", env("annotate", { tabId: 1, code: "alert(1)" })],
    ["missing args", env("getState", undefined)],
    ["empty claim", env("focusClaim", { tabId: 1, claim: "" })],
    ["huge claim id", env("focusClaim", { tabId: 1, claim: "c".repeat(5000) })],
  ])("refuses %s with malformed-message", async (_name, message) => {
    const { route } = router();
    expect(errorCode(await route(message, senders.popup))).toBe("malformed-message");
  });

  it.each(["toString", "__proto__", "constructor", "draw", "progress"])("refuses type %s with unknown-message", async (type) => {
    const { route } = router();
    expect(errorCode(await route(env(type, { tabId: 1 }), senders.popup))).toBe("unknown-message");
  });
});

describe("background router: content-script events", () => {
  it("passes a page's drawing progress on, told the page's own tab", async () => {
    const { route, fromContent } = router();
    expect(await route(env("drawProgress", { done: 2, total: 5 }), senders.contentScript)).toEqual({ ok: true, value: null });
    expect(fromContent.drawProgress).toHaveBeenCalledWith({ done: 2, total: 5 }, 3);
  });

  it.each([
    ["a popup request", env("annotate", { tabId: 1 })],
    ["done above total", env("drawProgress", { done: 6, total: 5 })],
    ["negative counts", env("drawProgress", { done: -1, total: 5 })],
    ["extra fields", env("drawProgress", { done: 1, total: 5, tabId: 9 })],
    ["not an envelope", { type: "drawProgress" }],
  ])("refuses %s from a content script", async (_n, message) => {
    const { route, fromContent, handlers } = router();
    const annotate = vi.spyOn(handlers, "annotate");
    expect(errorCode(await route(message, senders.contentScript))).toBe("forbidden-sender");
    expect(fromContent.drawProgress).not.toHaveBeenCalled();
    expect(annotate).not.toHaveBeenCalled();
  });

  it("refuses progress from another extension's page or a web page", async () => {
    const { route, fromContent } = router();
    for (const sender of [senders.webPage, senders.otherExtension]) {
      expect(errorCode(await route(env("drawProgress", { done: 1, total: 2 }), sender))).toBe("forbidden-sender");
    }
    expect(fromContent.drawProgress).not.toHaveBeenCalled();
  });
});

describe("offscreen document listener", () => {
  const extract = vi.fn(() => ({ snapshot: {} as never, paths: {} }));
  const listen = createOffscreenListener({ extensionId: EXT_ID, backgroundUrl: `${ORIGIN}background.js`, extract });
  const page = { html: "<html><body><p>x</p></body></html>", url: "https://news.example/a" };

  it("answers our background's extractHtml", async () => {
    expect(await listen(env("extractHtml", page), senders.background)).toEqual({ ok: true, value: { snapshot: {}, paths: {} } });
    expect(extract).toHaveBeenCalledWith(page);
  });

  it("stays silent on messages meant for the background (the popup's requests)", () => {
    expect(listen(env("annotate", { tabId: 1 }), senders.popup)).toBeUndefined();
    expect(listen({ hello: 1 }, senders.popup)).toBeUndefined();
  });

  it.each([
    ["the popup", senders.popup],
    ["a content script", senders.contentScript],
    ["another extension", senders.otherExtension],
    ["a web page", senders.webPage],
  ])("refuses extractHtml from %s", async (_n, sender) => {
    extract.mockClear();
    expect(errorCode((await listen(env("extractHtml", page), sender)) as Reply<unknown>)).toBe("forbidden-sender");
    expect(extract).not.toHaveBeenCalled();
  });

  it("refuses a page above the size limit or of the wrong shape", async () => {
    extract.mockClear();
    const huge = { html: "x".repeat(PAGE_HTML_LIMIT + 1), url: page.url };
    for (const args of [huge, { html: 1, url: page.url }, { ...page, extra: true }, { html: "", url: "" }]) {
      expect(errorCode((await listen(env("extractHtml", args), senders.background)) as Reply<unknown>)).toBe("malformed-message");
    }
    expect(extract).not.toHaveBeenCalled();
  });
});

describe("serializing the page", () => {
  it("keeps the doctype of a standards-mode page and the page's address", () => {
    const { document } = new JSDOM("<!DOCTYPE html><html><head></head><body><p>Hi</p></body></html>").window;
    const r = serializePage(document, "https://news.example/a");
    expect(r).toEqual({ ok: true, value: { html: "<!DOCTYPE html><html><head></head><body><p>Hi</p></body></html>", url: "https://news.example/a" } });
  });

  it("answers page-too-large above the limit instead of sending it", () => {
    const { document } = new JSDOM("<!DOCTYPE html><p>x</p>").window;
    const big = { ...document, compatMode: "CSS1Compat", documentElement: { outerHTML: "x".repeat(PAGE_HTML_LIMIT) } } as unknown as Document;
    const r = serializePage(big, "https://news.example/a");
    expect(r.ok ? "ok" : r.error.code).toBe("page-too-large");
  });

  it("a forged extraction result fails its guard", () => {
    expect(isOffPageResult({ snapshot: { snapshotVersion: 1 }, paths: {} })).toBe(false);
    expect(isOffPageResult({ snapshot: null, paths: { b0: [-1] } })).toBe(false);
  });
});

describe("content listener", () => {
  const session: Session = {
    useElements: vi.fn(),
    draw: vi.fn(async () => ({ anchored: 0, missing: [], mode: "mark" as const })),
    focus: vi.fn(async () => true),
    clear: vi.fn(() => true),
    status: vi.fn(() => null),
  };
  const listen = createContentListener({ extensionId: EXT_ID, extensionOrigin: ORIGIN, session, serialize: () => { throw new Error("boom"); } });

  it("acts on our background's requests", async () => {
    expect(await listen(env("focusClaim", { claim: "c1" }), senders.background)).toEqual({ ok: true, value: { found: true } });
  });

  it.each([
    ["another extension", senders.otherExtension],
    ["a content script of ours in a tab", senders.contentScript],
    ["a web page", senders.webPage],
  ])("refuses %s", async (_n, sender) => {
    expect(errorCode(await listen(env("clear", {}), sender))).toBe("forbidden-sender");
  });

  it("refuses a draw whose report is not a report", async () => {
    expect(errorCode(await listen(env("draw", { report: { schemaVersion: 2 } }), senders.background))).toBe("malformed-message");
    expect(errorCode(await listen(env("serialize", { extra: 1 }), senders.background))).toBe("malformed-message");
    expect(errorCode(await listen(env("draw", { report: sampleReport(), options: { style: "marker", unsourced: false }, paths: { b0: [0, -1] } }), senders.background))).toBe("malformed-message");
    expect(errorCode(await listen(env("draw", { report: sampleReport(), options: { style: "marker", unsourced: false }, paths: { b0: "1/2" } }), senders.background))).toBe("malformed-message");
    expect(errorCode(await listen(env("draw", { report: sampleReport() }), senders.background))).toBe("malformed-message"); // no options
    expect(errorCode(await listen(env("draw", { report: sampleReport(), options: { style: "<b>", unsourced: true } }), senders.background))).toBe("malformed-message");
    expect(session.draw).not.toHaveBeenCalled();
  });

  it("draws with the reader's options and answers status", async () => {
    const options = { style: "underline", unsourced: true };
    expect((await listen(env("draw", { report: sampleReport(), options }), senders.background)).ok).toBe(true);
    expect(session.draw).toHaveBeenCalledWith(expect.objectContaining({ schemaVersion: 1 }), options, undefined);
    const paths = { b0: [1, 0, 2], r1: [1, 4] };
    expect((await listen(env("draw", { report: sampleReport(), options, paths }), senders.background)).ok).toBe(true);
    expect(session.draw).toHaveBeenLastCalledWith(expect.objectContaining({ schemaVersion: 1 }), options, paths);
    expect(await listen(env("status", {}), senders.background)).toEqual({ ok: true, value: null });
  });

  it("turns a serialize exception into a typed error instead of throwing into the page", async () => {
    expect(errorCode(await listen(env("serialize", {}), senders.background))).toBe("extract-failed");
  });

  it("answers a drawing stopped by a newer one with a typed error", async () => {
    const stopped: Session = { ...session, draw: vi.fn(async () => Promise.reject(new DOMException("replaced", "AbortError"))) };
    const l = createContentListener({ extensionId: EXT_ID, extensionOrigin: ORIGIN, session: stopped, serialize: () => fail("page-too-large", "x") });
    expect(errorCode(await l(env("draw", { report: sampleReport(), options: { style: "marker", unsourced: false } }), senders.background))).toBe("internal");
    expect(errorCode(await l(env("serialize", {}), senders.background))).toBe("page-too-large");
  });
});

describe("every message type has a guard and a handler", () => {
  it("popup → background", () => {
    const { handlers } = router();
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(popupToBackgroundGuards).sort());
  });
  it("background → content", () => {
    expect(Object.keys(backgroundToContentGuards).sort()).toEqual(["clear", "draw", "focusClaim", "serialize", "status"]);
  });
  it("content → background and background → offscreen", () => {
    expect(Object.keys(contentToBackgroundGuards)).toEqual(["drawProgress"]);
    expect(Object.keys(backgroundToOffscreenGuards)).toEqual(["extractHtml"]);
  });
  it("background → popup", () => {
    expect(Object.keys(backgroundToPopupGuards)).toEqual(["progress", "checkProgress"]);
    expect(backgroundToPopupGuards.checkProgress({ tabId: 1, progress: { done: 2, total: 5 } })).toBe(true);
    expect(backgroundToPopupGuards.checkProgress({ tabId: 1, progress: { done: 6, total: 5 } })).toBe(false);
    expect(backgroundToPopupGuards.checkProgress({ tabId: 1 })).toBe(false);
    expect(backgroundToPopupGuards.progress({ tabId: 1, stage: "reading" })).toBe(true);
    expect(backgroundToPopupGuards.progress({ tabId: 1, stage: "hacking" })).toBe(false);
    expect(backgroundToPopupGuards.progress({ tabId: 1, stage: "drawing", progress: { done: 3, total: 8 } })).toBe(true);
    expect(backgroundToPopupGuards.progress({ tabId: 1, stage: "drawing", progress: { done: 9, total: 8 } })).toBe(false);
  });
});
