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
  HTML_PART,
  isKeptReading,
  isOffPageResult,
  isQuickReading,
  ok,
  PAGE_HTML_LIMIT,
  popupToBackgroundGuards,
  type Reply,
} from "../../src/messages";
import { JSDOM } from "jsdom";
import { extract } from "../../src/extract/index";
import { pageReportOf } from "../../src/page-report";
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

  it("answers a quick reading, then the full reading of the page it kept, and a typed error when none is kept", async () => {
    const kept = new Map<string, boolean>();
    const l = createOffscreenListener({
      extensionId: EXT_ID, backgroundUrl: `${ORIGIN}background.js`, extract,
      quick: (p) => (kept.set(p.url, true), { snapshot: { quick: true } as never, paths: {} }),
      kept: (url) => (kept.delete(url) ? { snapshot: { full: true } as never, paths: {} } : null),
    });
    expect(await l(env("extractQuick", page), senders.background)).toEqual({ ok: true, value: { snapshot: { quick: true }, paths: {} } });
    expect(await l(env("extractKept", { url: page.url }), senders.background)).toEqual({ ok: true, value: { snapshot: { full: true }, paths: {} } });
    expect(errorCode((await l(env("extractKept", { url: page.url }), senders.background)) as Reply<unknown>)).toBe("extract-failed");
    for (const args of [{}, { url: "" }, { url: page.url, html: "<p>" }, { url: 3 }]) {
      expect(errorCode((await l(env("extractKept", args), senders.background)) as Reply<unknown>)).toBe("malformed-message");
    }
    expect(errorCode((await l(env("extractKept", { url: page.url }), senders.contentScript)) as Reply<unknown>)).toBe("forbidden-sender");
    // A document built without a quick reader answers that it has none.
    expect(errorCode((await listen(env("extractQuick", page), senders.background)) as Reply<unknown>)).toBe("extract-failed");
  });

  it("takes a page's HTML piece by piece, in order, and reads it quickly by its length; a piece out of order or a wrong length is refused", async () => {
    const read: string[] = [];
    const l = createOffscreenListener({ extensionId: EXT_ID, backgroundUrl: `${ORIGIN}background.js`, extract, quick: (p) => (read.push(p.html), { snapshot: {} as never, paths: {} }), kept: () => null });
    const [a, b] = [page.html.slice(0, 10), page.html.slice(10)];
    expect(await l(env("takeHtml", { url: page.url, from: 0, text: a }), senders.background)).toEqual({ ok: true, value: null });
    expect(await l(env("takeHtml", { url: page.url, from: 10, text: b }), senders.background)).toEqual({ ok: true, value: null });
    expect((await l(env("extractQuick", { url: page.url, length: page.html.length }), senders.background))?.ok).toBe(true);
    expect(read).toEqual([page.html]);
    // Taken once: a second request by length finds nothing.
    expect(errorCode((await l(env("extractQuick", { url: page.url, length: page.html.length }), senders.background)) as Reply<unknown>)).toBe("extract-failed");
    // A piece that skips ahead drops the page; a length that does not add up is refused.
    await l(env("takeHtml", { url: page.url, from: 0, text: a }), senders.background);
    expect(errorCode((await l(env("takeHtml", { url: page.url, from: 11, text: b }), senders.background)) as Reply<unknown>)).toBe("malformed-message");
    expect(errorCode((await l(env("extractQuick", { url: page.url, length: page.html.length }), senders.background)) as Reply<unknown>)).toBe("extract-failed");
    await l(env("takeHtml", { url: page.url, from: 0, text: a }), senders.background);
    expect(errorCode((await l(env("extractQuick", { url: page.url, length: 10 + 1 }), senders.background)) as Reply<unknown>)).toBe("extract-failed");
    // Two pages taken at once (runs in two tabs) do not disturb each other.
    const other = { html: "<html><body><p>another page</p></body></html>", url: "https://news.example/b" };
    await l(env("takeHtml", { url: page.url, from: 0, text: a }), senders.background);
    await l(env("takeHtml", { url: other.url, from: 0, text: other.html.slice(0, 7) }), senders.background);
    await l(env("takeHtml", { url: page.url, from: 10, text: b }), senders.background);
    await l(env("takeHtml", { url: other.url, from: 7, text: other.html.slice(7) }), senders.background);
    expect((await l(env("extractQuick", { url: other.url, length: other.html.length }), senders.background))?.ok).toBe(true);
    expect((await l(env("extractQuick", { url: page.url, length: page.html.length }), senders.background))?.ok).toBe(true);
    expect(read.slice(-2)).toEqual([other.html, page.html]);
    read.length = 1;
    // Only from our background, and only well-formed.
    expect(errorCode((await l(env("takeHtml", { url: page.url, from: 0, text: a }), senders.contentScript)) as Reply<unknown>)).toBe("forbidden-sender");
    for (const args of [{ url: page.url, from: 0, text: "" }, { url: page.url, from: -1, text: a }, { url: page.url, from: 0, text: "x".repeat(HTML_PART + 1) }, { url: page.url, from: 0 }]) {
      expect(errorCode((await l(env("takeHtml", args), senders.background)) as Reply<unknown>)).toBe("malformed-message");
    }
    expect(read).toEqual([page.html]);
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
  const TRICKY = `<!DOCTYPE html><html lang="en" data-x='a"b&amp;c'><head><title>T &amp; T</title><style>p > a { color: red }</style><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry strike"}</script></head>
<body class="page"><!-- a comment --><div id="wrap"><p>One &lt;two&gt; &amp; three&nbsp;four <a href="/x?a=1&amp;b=2" title="&quot;q&quot;">link</a></p>
<ul>${"<li>item <b>bold</b> <i>it</i></li>".repeat(30)}</ul><template><p>inert</p></template><pre>\n  code</pre>
<svg viewBox="0 0 10 10"><foreignObject width="5" height="5"><p>in svg</p></foreignObject><linearGradient id="g"></linearGradient></svg>
<script>if (a < b && c > d) {}</script><div><style>.x { color: red }</style><p>styled</p></div><x-widget some-attr="1"><span>custom</span></x-widget><textarea>
keep</textarea></div><p>after</p></body></html>`;

  /** doctype + outerHTML of a copy whose scripts (but JSON-LD) and style sheets are empty. */
  const expected = (html: string) => {
    const { document } = new JSDOM(html).window;
    for (const el of document.querySelectorAll("script, style")) if (!/ld\+json/.test(el.getAttribute("type") ?? "")) el.textContent = "";
    return `<!DOCTYPE html>${document.documentElement.outerHTML}`;
  };

  it("writes doctype + documentElement.outerHTML, scripts and style sheets empty, also when cut into small pieces", async () => {
    const { document } = new JSDOM(TRICKY).window;
    const whole = expected(TRICKY);
    expect(whole).not.toBe(`<!DOCTYPE html>${document.documentElement.outerHTML}`);
    expect(await serializePage(document, "https://news.example/a")).toEqual({ ok: true, value: { html: whole, url: "https://news.example/a" } });
    let ticks = 0;
    const pieces = await serializePage(document, "https://news.example/a", async () => void ticks++, 1);
    expect(pieces.ok && pieces.value.html).toBe(whole);
    expect(ticks).toBeGreaterThan(20);
  });

  it("keeps JSON-LD and every element in its place, so extraction and its paths read the same page", async () => {
    const { document } = new JSDOM(TRICKY).window;
    const r = await serializePage(document, "https://news.example/a", undefined, 2);
    const html = r.ok ? r.value.html : "";
    expect(html).toContain(`"headline":"Ferry strike"`);
    expect(html).not.toContain("a < b");
    expect(html).not.toContain("color: red");
    const copy = new JSDOM(html).window.document;
    expect([...copy.querySelectorAll("*")].map((e) => e.localName)).toEqual([...document.querySelectorAll("*")].map((e) => e.localName));
  });

  it("leaves out the doctype of a page in quirks mode (the copy parses in the same mode)", async () => {
    const { document } = new JSDOM("<html><body><p>Hi</p></body></html>").window;
    expect(await serializePage(document, "https://news.example/a", undefined, 0)).toEqual({ ok: true, value: { html: "<html><head></head><body><p>Hi</p></body></html>", url: "https://news.example/a" } });
  });

  it("answers page-too-large above the limit instead of sending it", async () => {
    const { document } = new JSDOM("<!DOCTYPE html><p>x</p>").window;
    document.body.append(document.createTextNode("x".repeat(PAGE_HTML_LIMIT)));
    const r = await serializePage(document, "https://news.example/a");
    expect(r.ok ? "ok" : r.error.code).toBe("page-too-large");
  });

  it("a forged extraction result fails its guard", () => {
    expect(isOffPageResult({ snapshot: { snapshotVersion: 1 }, paths: {} })).toBe(false);
    expect(isOffPageResult({ snapshot: null, paths: { b0: [-1] } })).toBe(false);
  });

  it("a quick reading may say it is the full one, a kept reading that it is the same; nothing else passes", () => {
    const snapshot = extract(new JSDOM("<!DOCTYPE html><title>Fares</title><p>The harbour board raised ferry fares again this spring, its report says.</p>").window.document, "https://news.example/a");
    const read = { snapshot: JSON.parse(JSON.stringify(snapshot)), paths: { b0: [1, 0] } };
    expect(isQuickReading(read)).toBe(true);
    expect(isQuickReading({ ...read, full: true })).toBe(true);
    for (const forged of [{ ...read, full: false }, { ...read, full: "yes" }, { ...read, same: true }, { full: true }, { same: true }]) expect(isQuickReading(forged)).toBe(false);
    expect(isKeptReading(read)).toBe(true);
    expect(isKeptReading({ same: true })).toBe(true);
    for (const forged of [{ same: false }, { same: "true" }, { same: true, snapshot: read.snapshot }, { ...read, full: true }, {}, null]) expect(isKeptReading(forged)).toBe(false);
  });
});

/** The sample report as the background sends it to the page. */
const pageReport = () => pageReportOf(sampleReport());

describe("content listener", () => {
  const session: Session = {
    useElements: vi.fn(),
    draw: vi.fn(async () => ({ anchored: 0, missing: [], mode: "mark" as const })),
    focus: vi.fn(async () => true),
    clear: vi.fn(() => true),
    status: vi.fn(() => null),
    update: vi.fn(async () => null),
    addVia: vi.fn(() => true),
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

  it("refuses a draw whose report is not a page report", async () => {
    expect(errorCode(await listen(env("draw", { report: { schemaVersion: 2 } }), senders.background))).toBe("malformed-message");
    // The whole Report is not what the page takes: a sender that forgot pageReportOf is caught.
    expect(errorCode(await listen(env("draw", { report: sampleReport(), options: { style: "marker", unsourced: false } }), senders.background))).toBe("malformed-message");
    const claimless = { ...pageReport(), claims: [{ id: "c1", text: "x", sources: [] }] }; // no block or offsets
    expect(errorCode(await listen(env("draw", { report: claimless, options: { style: "marker", unsourced: false } }), senders.background))).toBe("malformed-message");
    expect(errorCode(await listen(env("serialize", { extra: 1 }), senders.background))).toBe("malformed-message");
    expect(errorCode(await listen(env("draw", { report: pageReport(), options: { style: "marker", unsourced: false }, paths: { b0: [0, -1] } }), senders.background))).toBe("malformed-message");
    expect(errorCode(await listen(env("draw", { report: pageReport(), options: { style: "marker", unsourced: false }, paths: { b0: "1/2" } }), senders.background))).toBe("malformed-message");
    expect(errorCode(await listen(env("draw", { report: pageReport() }), senders.background))).toBe("malformed-message"); // no options
    expect(errorCode(await listen(env("draw", { report: pageReport(), options: { style: "<b>", unsourced: true } }), senders.background))).toBe("malformed-message");
    expect(session.draw).not.toHaveBeenCalled();
  });

  it("draws with the reader's options and answers status", async () => {
    const options = { style: "underline", unsourced: true };
    expect((await listen(env("draw", { report: pageReport(), options }), senders.background)).ok).toBe(true);
    expect(session.draw).toHaveBeenCalledWith(pageReport(), options, undefined);
    const paths = { b0: [1, 0, 2], r1: [1, 4] };
    expect((await listen(env("draw", { report: pageReport(), options, paths }), senders.background)).ok).toBe(true);
    expect(session.draw).toHaveBeenLastCalledWith(pageReport(), options, paths);
    expect(await listen(env("status", {}), senders.background)).toEqual({ ok: true, value: null });
  });

  it("adds key points' via to the drawing, and refuses a malformed patch", async () => {
    const via = { c2: [{ point: 0, ref: "r1" }] };
    expect(await listen(env("addVia", { url: "https://news.example/a", via }), senders.background)).toEqual({ ok: true, value: { patched: true } });
    expect(session.addVia).toHaveBeenCalledWith("https://news.example/a", via);
    vi.mocked(session.addVia).mockClear();
    for (const bad of [
      { url: "https://news.example/a", via: { c2: [{ point: -1, ref: "r1" }] } },
      { url: "https://news.example/a", via: { c2: { point: 0, ref: "r1" } } },
      { url: "https://news.example/a", via: [[{ point: 0, ref: "r1" }]] },
      { url: 7, via },
      { url: "https://news.example/a", via, report: pageReport() },
    ]) expect(errorCode(await listen(env("addVia", bad), senders.background))).toBe("malformed-message");
    expect(errorCode(await listen(env("addVia", { url: "https://news.example/a", via }), senders.contentScript))).toBe("forbidden-sender");
    expect(session.addVia).not.toHaveBeenCalled();
  });

  it("updates the drawing with a checked report, and refuses anything else", async () => {
    expect(await listen(env("update", { report: pageReport() }), senders.background)).toEqual({ ok: true, value: null });
    expect(session.update).toHaveBeenCalledWith(pageReport());
    vi.mocked(session.update).mockClear();
    expect(errorCode(await listen(env("update", { report: { schemaVersion: 2 } }), senders.background))).toBe("malformed-message");
    expect(errorCode(await listen(env("update", { report: sampleReport() }), senders.background))).toBe("malformed-message"); // the whole Report
    expect(errorCode(await listen(env("update", { report: pageReport(), options: { style: "marker", unsourced: false } }), senders.background))).toBe("malformed-message");
    expect(errorCode(await listen(env("update", { report: pageReport() }), senders.webPage))).toBe("forbidden-sender");
    expect(session.update).not.toHaveBeenCalled();
  });

  it("turns a serialize exception into a typed error instead of throwing into the page", async () => {
    expect(errorCode(await listen(env("serialize", {}), senders.background))).toBe("extract-failed");
  });

  it("hands a serialized page over in pieces, never splitting a surrogate pair, then forgets it", async () => {
    // An emoji (two UTF-16 units) straddles the first piece boundary.
    const html = `${"a".repeat(HTML_PART - 1)}😀${"b".repeat(HTML_PART)}tail`;
    const l = createContentListener({ extensionId: EXT_ID, extensionOrigin: ORIGIN, session, serialize: async () => ok({ html, url: "https://news.example/a" }) });
    expect(errorCode(await l(env("readHtml", { from: 0 }), senders.background))).toBe("malformed-message"); // nothing serialized yet
    // The pieces' starts come with the length: the first piece ends before the emoji, not inside it.
    expect(await l(env("serialize", {}), senders.background)).toEqual({ ok: true, value: { url: "https://news.example/a", length: html.length, starts: [0, HTML_PART - 1, 2 * HTML_PART - 1] } });
    // Asked all at once, as the background does: each piece runs to the next start.
    const answers = await Promise.all([0, HTML_PART - 1, 2 * HTML_PART - 1].map((from) => l(env("readHtml", { from }), senders.background)));
    const parts = answers.map((r) => {
      if (!r.ok) throw new Error(r.error.message);
      return r.value as string;
    });
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(HTML_PART);
      expect(/[\uD800-\uDBFF]$/.test(part)).toBe(false);
    }
    expect(parts.join("")).toBe(html);
    expect(parts.map((p) => p.length)).toEqual([HTML_PART - 1, HTML_PART, 6]);
    expect(errorCode(await l(env("readHtml", { from: 0 }), senders.background))).toBe("malformed-message"); // released after the last piece
    expect(errorCode(await l(env("readHtml", { from: -1 }), senders.background))).toBe("malformed-message");
  });

  it("answers a drawing stopped by a newer one with a typed error", async () => {
    const stopped: Session = { ...session, draw: vi.fn(async () => Promise.reject(new DOMException("replaced", "AbortError"))) };
    const l = createContentListener({ extensionId: EXT_ID, extensionOrigin: ORIGIN, session: stopped, serialize: async () => fail("page-too-large", "x") });
    expect(errorCode(await l(env("draw", { report: pageReport(), options: { style: "marker", unsourced: false } }), senders.background))).toBe("internal");
    expect(errorCode(await l(env("serialize", {}), senders.background))).toBe("page-too-large");
  });
});

describe("every message type has a guard and a handler", () => {
  it("popup → background", () => {
    const { handlers } = router();
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(popupToBackgroundGuards).sort());
  });
  it("background → content", () => {
    expect(Object.keys(backgroundToContentGuards).sort()).toEqual(["addVia", "clear", "draw", "focusClaim", "readHtml", "serialize", "status", "update"]);
  });
  it("content → background and background → offscreen", () => {
    expect(Object.keys(contentToBackgroundGuards)).toEqual(["drawProgress"]);
    expect(Object.keys(backgroundToOffscreenGuards)).toEqual(["extractHtml", "extractQuick", "takeHtml", "extractKept", "expectHtml"]);
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
