// The border checks: every listener refuses forged, malformed and foreign messages with a
// typed error, and every message type of every direction has a guard and a handler.
import { describe, expect, it, vi } from "vitest";
import { popupHandlers } from "../../src/background/popup-handlers";
import { createReportStore } from "../../src/background/report-store";
import { createRouter } from "../../src/background/router";
import { createContentListener } from "../../src/content/listener";
import type { Session } from "../../src/content/session";
import {
  backgroundToContentGuards,
  backgroundToPopupGuards,
  CHANNEL,
  popupToBackgroundGuards,
  type Reply,
} from "../../src/messages";
import { sampleReport } from "../ui/sample-report";
import { EXT_ID, fakeBrowser, ORIGIN, senders } from "./fake-browser";

const env = (type: string, args: unknown) => ({ channel: CHANNEL, type, args });

function router() {
  const { api } = fakeBrowser();
  const handlers = popupHandlers(createReportStore(undefined), api, () => sampleReport());
  const log = vi.fn();
  return { route: createRouter(handlers, { extensionId: EXT_ID, extensionOrigin: ORIGIN }, log), handlers, log };
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

describe("content listener", () => {
  const session: Session = { useElements: vi.fn(), draw: vi.fn(() => ({ anchored: 0, missing: [], mode: "mark" as const })), focus: vi.fn(() => true), clear: vi.fn(() => true), status: vi.fn(() => null) };
  const listen = createContentListener({ extensionId: EXT_ID, extensionOrigin: ORIGIN, session, extract: () => { throw new Error("boom"); } });

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
    expect(errorCode(await listen(env("extract", { extra: 1 }), senders.background))).toBe("malformed-message");
    expect(errorCode(await listen(env("draw", { report: sampleReport() }), senders.background))).toBe("malformed-message"); // no options
    expect(errorCode(await listen(env("draw", { report: sampleReport(), options: { style: "<b>", unsourced: true } }), senders.background))).toBe("malformed-message");
    expect(session.draw).not.toHaveBeenCalled();
  });

  it("draws with the reader's options and answers status", async () => {
    const options = { style: "underline", unsourced: true };
    expect((await listen(env("draw", { report: sampleReport(), options }), senders.background)).ok).toBe(true);
    expect(session.draw).toHaveBeenCalledWith(expect.objectContaining({ schemaVersion: 1 }), options);
    expect(await listen(env("status", {}), senders.background)).toEqual({ ok: true, value: null });
  });

  it("turns an extract exception into a typed error instead of throwing into the page", async () => {
    expect(errorCode(await listen(env("extract", {}), senders.background))).toBe("extract-failed");
  });
});

describe("every message type has a guard and a handler", () => {
  it("popup → background", () => {
    const { handlers } = router();
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(popupToBackgroundGuards).sort());
  });
  it("background → content", () => {
    expect(Object.keys(backgroundToContentGuards).sort()).toEqual(["clear", "draw", "extract", "focusClaim", "status"]);
  });
  it("background → popup", () => {
    expect(Object.keys(backgroundToPopupGuards)).toEqual(["progress"]);
    expect(backgroundToPopupGuards.progress({ tabId: 1, stage: "reading" })).toBe(true);
    expect(backgroundToPopupGuards.progress({ tabId: 1, stage: "hacking" })).toBe(false);
  });
});
