// Off-page extraction (src/background/off-page.ts) and the polyfill-free runtime: a page's
// HTML is read with a DOMParser where the background has one (Firefox), else in Chrome's
// offscreen document, created once even when runs overlap; every answer is a typed Reply.
import fs from "node:fs";
import { JSDOM } from "jsdom";
import { describe, expect, it, vi } from "vitest";
import { extractHtml, htmlFeed, OFFSCREEN_PAGE, readHtml, SAME } from "../../src/background/off-page";
import { offscreenReader } from "../../src/offscreen/reader";
import { createOffscreenListener } from "../../src/offscreen/listener";
import { extractFromHtml } from "../../src/extract/from-html";
import { PAGE_HTML_LIMIT } from "../../src/messages";
import { offscreenApi } from "../../src/platform/browser-api";
import { runtimeLite } from "../../src/platform/runtime-lite";
import { EXT_ID, ORIGIN } from "./fake-browser";

const URL_ = "https://world-desk.example/world/north-korea-troops-russia";
const seed = fs.readFileSync(new URL("../fixtures/seed-article/page.html", import.meta.url), "utf8");
const { DOMParser } = new JSDOM("").window;
const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? "ok" : r.error?.code);

/** A fake offscreen document wired to the real listener and reader, as Chrome would route the message. */
function fakeOffscreen() {
  let open = false;
  const offscreen = {
    exists: vi.fn(async () => open),
    createDocument: vi.fn(async () => {
      await new Promise((r) => setTimeout(r, 5));
      if (open) throw new Error("Only a single offscreen document may be created.");
      open = true;
    }),
  };
  const reader = offscreenReader(new DOMParser());
  const listen = createOffscreenListener({ extensionId: EXT_ID, backgroundUrl: `${ORIGIN}background.js`, extract: ({ html, url }) => extractFromHtml(html, url, new DOMParser()), quick: reader.quick, kept: reader.kept });
  const sendMessage = vi.fn(async (m: unknown) => {
    if (!open) throw new Error("Could not establish connection. Receiving end does not exist.");
    return listen(m, { id: EXT_ID, url: `${ORIGIN}background.js` } as never);
  });
  return { offscreen, sendMessage };
}

describe("extractHtml", () => {
  it("reads a page with the background's own DOMParser (Firefox's event page)", async () => {
    const r = await extractHtml(seed, URL_, { DOMParser });
    expect(r.ok && r.value.snapshot.found).toBe(true);
    expect(r.ok && Object.keys(r.value.paths).length).toBeGreaterThan(5);
  });

  it("asks the offscreen document where there is no DOMParser (Chrome's service worker), creating it once for overlapping runs", async () => {
    const { offscreen, sendMessage } = fakeOffscreen();
    const deps = { offscreen, sendMessage };
    const [a, b] = await Promise.all([extractHtml(seed, URL_, deps), extractHtml(seed, URL_, deps)]);
    expect(a).toEqual(await extractHtml(seed, URL_, { DOMParser }));
    expect(b).toEqual(a);
    expect(offscreen.createDocument).toHaveBeenCalledTimes(1);
    expect(offscreen.createDocument).toHaveBeenCalledWith(expect.objectContaining({ url: OFFSCREEN_PAGE, reasons: ["DOM_PARSER"] }));
    await extractHtml(seed, URL_, deps);
    expect(offscreen.createDocument).toHaveBeenCalledTimes(1); // reused
  });

  it("waits for a document still being created, which Chrome already lists as open", async () => {
    let started = false;
    let ready = false;
    const listen = createOffscreenListener({ extensionId: EXT_ID, backgroundUrl: `${ORIGIN}background.js`, extract: ({ html, url }) => extractFromHtml(html, url, new DOMParser()) });
    const offscreen = {
      exists: vi.fn(async () => started),
      createDocument: vi.fn(async () => {
        started = true;
        await new Promise((r) => setTimeout(r, 20));
        ready = true;
      }),
    };
    // Before its script runs, only the popup's listener hears the message, and it answers nothing.
    const sendMessage = vi.fn(async (m: unknown) => (ready ? listen(m, { id: EXT_ID, url: `${ORIGIN}background.js` } as never) : undefined));
    const first = extractHtml(seed, URL_, { offscreen, sendMessage });
    await new Promise((r) => setTimeout(r, 5)); // the creation is under way
    const second = await extractHtml(seed, URL_, { offscreen, sendMessage });
    expect(code(second)).toBe("ok");
    expect(code(await first)).toBe("ok");
    expect(offscreen.createDocument).toHaveBeenCalledTimes(1);
  });

  it("answers typed errors: too large, no place to parse, a document that cannot open or answers junk", async () => {
    expect(code(await extractHtml("x".repeat(PAGE_HTML_LIMIT + 1), URL_, { DOMParser }))).toBe("page-too-large");
    expect(code(await extractHtml(seed, URL_, {}))).toBe("extract-failed");
    const refused = { exists: async () => false, createDocument: async () => Promise.reject(new Error("reasons must be valid")) };
    expect(code(await extractHtml(seed, URL_, { offscreen: refused, sendMessage: async () => null }))).toBe("extract-failed");
    const open = { exists: async () => true, createDocument: async () => undefined };
    expect(code(await extractHtml(seed, URL_, { offscreen: open, sendMessage: async () => ({ ok: true, value: { snapshot: {}, paths: {} } }) }))).toBe("malformed-message");
    expect(code(await extractHtml(seed, URL_, { offscreen: open, sendMessage: async () => "hello" }))).toBe("malformed-message");
    expect(code(await extractHtml(seed, URL_, { offscreen: open, sendMessage: async () => Promise.reject(new Error("gone")) }))).toBe("extract-failed");
  });
});

describe("a quick reading, then the full one", () => {
  /** A page whose element with most paragraph text is not Readability's pick: a long comment thread beside a short cited story. */
  const split = `<!DOCTYPE html><html lang="en"><head><title>Ferry fares rise</title></head><body>
<article class="story"><h1>Ferry fares rise</h1>${[1, 2, 3, 4].map((n) => `<p>The harbour board raised ferry fares for the ${n}th time this decade, its annual report says.<sup><a href="#fn${n}">${n}</a></sup> Commuters on the outer routes pay most of the rise, and the board expects ridership to fall.</p>`).join("")}
<ol class="footnotes">${[1, 2, 3, 4].map((n) => `<li id="fn${n}">Harbour Board, Annual Report ${2020 + n}, p. ${n * 4}.</li>`).join("")}</ol></article>
<section class="comments">${Array.from({ length: 30 }, (_, n) => `<p>Reader ${n} wrote: I take the ferry every morning and the fares have been rising for years now, which nobody on the board seems to notice at all.</p>`).join("")}</section></body></html>`;

  it("the offscreen reader answers the quick reading, then `same` for the kept page once, and nothing for another address", () => {
    const reader = offscreenReader(new DOMParser());
    expect(reader.kept(URL_)).toBeNull();
    const quick = reader.quick({ html: seed, url: URL_ });
    expect(quick).toEqual(extractFromHtml(seed, URL_, new DOMParser())); // sure of its article, and right
    expect(reader.kept("https://other.example/")).toBeNull();
    expect(reader.kept(URL_)).toEqual({ same: true });
    expect(reader.kept(URL_)).toBeNull(); // dropped once read in full
    reader.quick({ html: seed, url: URL_ });
    reader.extract({ html: seed, url: URL_ }); // a whole reading drops the kept page
    expect(reader.kept(URL_)).toBeNull();
  });

  it("a quick guess that is not sure answers the full reading at once and keeps nothing", () => {
    const reader = offscreenReader(new DOMParser());
    expect(reader.quick({ html: split, url: URL_ })).toEqual({ ...extractFromHtml(split, URL_, new DOMParser()), full: true });
    expect(reader.kept(URL_)).toBeNull();
  });

  it("readHtml reads quickly then in full through the offscreen document; the full reading is the same, unsent", async () => {
    const { offscreen, sendMessage } = fakeOffscreen();
    const reading = readHtml(seed, URL_, { offscreen, sendMessage });
    const quick = await reading.quick!;
    expect(quick).toEqual(await extractHtml(seed, URL_, { DOMParser }));
    expect(await reading.full()).toEqual({ ok: true, value: SAME });
    expect(sendMessage.mock.calls.map((c) => (c[0] as { type: string }).type)).toEqual(["extractQuick", "extractKept"]);
  });

  it("asks for the full reading only when the background calls for it (after its quick drawing), once, without looking for the document again", async () => {
    const { offscreen, sendMessage } = fakeOffscreen();
    const reading = readHtml(seed, URL_, { offscreen, sendMessage });
    await reading.quick;
    await new Promise((r) => setTimeout(r, 10));
    const types = () => sendMessage.mock.calls.map((c) => (c[0] as { type: string }).type);
    expect(types()).toEqual(["extractQuick"]);
    const full = reading.full();
    expect(reading.full()).toBe(full);
    await Promise.resolve(); // the request goes out at once: nothing else runs before it
    expect(types()).toEqual(["extractQuick", "extractKept"]);
    expect(offscreen.exists).toHaveBeenCalledTimes(1);
    expect(await full).toEqual({ ok: true, value: SAME });
  });

  it("a quick guess that is not sure gives no quick reading: the full one (Readability's) is the only one, in one message", async () => {
    const { offscreen, sendMessage } = fakeOffscreen();
    const reading = readHtml(split, URL_, { offscreen, sendMessage });
    expect(await reading.quick).toBeNull();
    const full = await reading.full();
    expect(full).toEqual(await extractHtml(split, URL_, { DOMParser }));
    const text = full.ok && full.value !== SAME ? full.value.snapshot.blocks.map((b) => b.text).join(" ") : "";
    expect(text).toContain("harbour board raised ferry fares");
    expect(text).not.toContain("Reader 3 wrote");
    expect(sendMessage.mock.calls.map((c) => (c[0] as { type: string }).type)).toEqual(["extractQuick"]);
  });

  it("the HTML fed to the document piece by piece as it arrives: the quick reading's request carries its length only, and reads the same", async () => {
    const { offscreen, sendMessage } = fakeOffscreen();
    const deps = { offscreen, sendMessage };
    const feed = htmlFeed(deps)!;
    for (let from = 0; from < seed.length; from += 4000) feed.piece(URL_, from, seed.slice(from, from + 4000));
    const reading = readHtml(seed, URL_, deps, feed);
    expect(await reading.quick).toEqual(await extractHtml(seed, URL_, { DOMParser }));
    const sent = sendMessage.mock.calls.map((c) => c[0] as { type: string; args: Record<string, unknown> });
    expect(sent.map((m) => m.type)).toEqual([...Array(Math.ceil(seed.length / 4000)).fill("takeHtml"), "extractQuick"]);
    expect(sent.at(-1)!.args).toEqual({ url: URL_, length: seed.length });
    expect(offscreen.createDocument).toHaveBeenCalledTimes(1);
    expect(await reading.full()).toEqual({ ok: true, value: SAME });
    // Firefox reads in its event page: nothing to feed.
    expect(htmlFeed({ DOMParser })).toBeNull();
  });

  it("a piece that does not reach the document sends the page whole", async () => {
    const { offscreen, sendMessage } = fakeOffscreen();
    let n = 0;
    const lossy = vi.fn(async (m: unknown) => ((m as { type: string }).type === "takeHtml" && n++ === 1 ? Promise.reject(new Error("gone")) : sendMessage(m)));
    const deps = { offscreen, sendMessage: lossy };
    const feed = htmlFeed(deps)!;
    for (let from = 0; from < seed.length; from += 4000) feed.piece(URL_, from, seed.slice(from, from + 4000));
    const reading = readHtml(seed, URL_, deps, feed);
    expect(await reading.quick).toEqual(await extractHtml(seed, URL_, { DOMParser }));
    const sent = lossy.mock.calls.map((c) => c[0] as { type: string; args: Record<string, unknown> });
    expect(sent.map((m) => m.type)).toEqual(["takeHtml", "takeHtml", "extractQuick"]); // no piece after the lost one
    expect(sent.at(-1)!.args).toEqual({ html: seed, url: URL_ });
  });

  it("without a quick reading (Firefox parses in the event page) reads once; a lost kept page is read again in full", async () => {
    const here = readHtml(seed, URL_, { DOMParser });
    expect(here.quick).toBeNull();
    expect(code(await here.full())).toBe("ok");
    const { offscreen, sendMessage } = fakeOffscreen();
    const forgetful = vi.fn(async (m: unknown) => ((m as { type: string }).type === "extractKept" ? { ok: false, error: { code: "extract-failed", message: "No page is kept to read." } } : sendMessage(m)));
    const reading = readHtml(seed, URL_, { offscreen, sendMessage: forgetful });
    expect(await reading.full()).toEqual(await extractHtml(seed, URL_, { DOMParser }));
    expect(forgetful.mock.calls.map((c) => (c[0] as { type: string }).type)).toEqual(["extractQuick", "extractKept", "extractHtml"]);
  });
});

describe("offscreenApi", () => {
  it("is null without Chrome's offscreen API (Firefox), and asks runtime.getContexts for the document", async () => {
    expect(offscreenApi({})).toBeNull();
    const getContexts = vi.fn(async () => [{ contextType: "OFFSCREEN_DOCUMENT" }]);
    const api = offscreenApi({ chrome: { offscreen: { createDocument: async () => undefined }, runtime: { getURL: (p: string) => ORIGIN + p, getContexts } } });
    expect(await api?.exists(OFFSCREEN_PAGE)).toBe(true);
    expect(getContexts).toHaveBeenCalledWith({ contextTypes: ["OFFSCREEN_DOCUMENT"], documentUrls: [`${ORIGIN}offscreen.html`] });
  });
});

describe("runtimeLite", () => {
  it("uses Firefox's native promise runtime as it is", () => {
    const runtime = { id: EXT_ID, getURL: String, sendMessage: vi.fn(), onMessage: { addListener: vi.fn() }, connect: vi.fn(), onConnect: { addListener: vi.fn() } };
    expect(runtimeLite({ browser: { runtime }, chrome: { runtime: runtime as never } })).toBe(runtime);
  });

  it("adapts a promise-returning listener to Chrome's sendResponse, leaves messages it ignores to others, and passes ports through", async () => {
    const added: { listener?: (m: unknown, s: never, send: (r: unknown) => void) => boolean } = {};
    const port = { name: "p" } as never;
    const onConnect = { addListener: vi.fn() };
    const chrome = {
      runtime: { id: EXT_ID, getURL: (p: string) => ORIGIN + p, sendMessage: vi.fn(async () => "sent"), onMessage: { addListener: (l: never) => void (added.listener = l) }, connect: vi.fn(() => port), onConnect },
    };
    const lite = runtimeLite({ chrome });
    lite.onMessage.addListener((m) => (m === "mine" ? Promise.resolve({ ok: true, value: 1 }) : m === "fails" ? Promise.reject(new Error("x")) : undefined));
    const send = vi.fn();
    expect(added.listener?.("other", undefined as never, send)).toBe(false);
    expect(added.listener?.("mine", undefined as never, send)).toBe(true);
    expect(added.listener?.("fails", undefined as never, send)).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(send).toHaveBeenCalledWith({ ok: true, value: 1 });
    expect(send).toHaveBeenCalledWith({ ok: false, error: { code: "internal", message: "Error: x" } });
    expect(await lite.sendMessage("m")).toBe("sent");
    expect(lite.getURL("a.html")).toBe(`${ORIGIN}a.html`);
    // ports as Chrome makes them
    expect(lite.connect({ name: "p" })).toBe(port);
    expect(chrome.runtime.connect).toHaveBeenCalledWith({ name: "p" });
    expect(lite.onConnect).toBe(onConnect);
    expect(() => runtimeLite({})).toThrow(/not in an extension/);
  });
});
