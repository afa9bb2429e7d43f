// Chrome's content script posts the page's HTML straight to the offscreen document over
// HTML_PORT, under a token the background announced for that tab (`expectHtml`). Here the real
// content listener, offscreen listener, reader and background readers are wired together
// through fake ports that behave like Chrome's (asynchronous, JSON-copied, closed by either end).
import fs from "node:fs";
import { JSDOM } from "jsdom";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { announcePage, extractHtml, readPosted } from "../../src/background/off-page";
import { readPage, type PostedPage } from "../../src/background/content-client";
import { createContentListener, postPieces } from "../../src/content/listener";
import { createOffscreenListener, postedPages } from "../../src/offscreen/listener";
import { offscreenReader } from "../../src/offscreen/reader";
import { extractFromHtml } from "../../src/extract/from-html";
import { envelope, HTML_PART, HTML_PORT, ok, type BackgroundToOffscreen, type HtmlPiece, type SerializedPage } from "../../src/messages";
import type { PortLite } from "../../src/platform/runtime-lite";
import { EXT_ID, ORIGIN } from "./fake-browser";

const URL_ = "https://world-desk.example/world/north-korea-troops-russia";
const seed = fs.readFileSync(new URL("../fixtures/seed-article/page.html", import.meta.url), "utf8");
// The seed page made long enough for three pieces (a hidden block after the article, emoji included).
const long = seed.replace("</body>", `<div hidden>${"<span>A note 😀 kept out of sight.</span>".repeat(16_000)}</div></body>`);
const { DOMParser } = new JSDOM("").window;
const code = (r: { ok: boolean; error?: { code: string } } | undefined) => (r?.ok ? "ok" : r?.error?.code);
const tick = () => new Promise((r) => setTimeout(r, 0));
const BACKGROUND = { id: EXT_ID, url: `${ORIGIN}background.js` };
const TAB = 7;

type Sender = PortLite["sender"];

/** Two ends of one port: what one posts reaches the other's listeners a task later, as a JSON copy; closing either end tells the other. */
function portPair(name: string, sender: Sender) {
  type End = PortLite & { closed: boolean; got: ((m: unknown) => void)[]; gone: (() => void)[] };
  const make = (): End => ({
    name,
    closed: false,
    got: [],
    gone: [],
    postMessage(m) {
      if (this.closed) throw new Error("Attempting to use a disconnected port object");
      const json = JSON.stringify(m);
      const copy = json === undefined ? null : (JSON.parse(json) as unknown);
      setTimeout(() => other(this).got.forEach((l) => l(copy)), 0);
    },
    disconnect() {
      if (this.closed) return;
      this.closed = true;
      const far = other(this);
      far.closed = true;
      setTimeout(() => far.gone.forEach((l) => l()), 0);
    },
    onMessage: { addListener: () => undefined },
    onDisconnect: { addListener: () => undefined },
  });
  const page = make();
  const offscreen = { ...make(), sender };
  for (const end of [page, offscreen]) {
    end.onMessage = { addListener: (l) => void end.got.push(l) };
    end.onDisconnect = { addListener: (l) => void end.gone.push(l) };
  }
  const other = (end: unknown) => (end === page ? offscreen : page);
  return { page, offscreen };
}

/** The offscreen document: the real listener, reader and PostedPages; `connect` opens a port from the page in `tab`. */
function offscreenDocument(waitMs?: number) {
  const posted = postedPages(EXT_ID, waitMs);
  const reader = offscreenReader(new DOMParser());
  const listen = createOffscreenListener({ extensionId: EXT_ID, backgroundUrl: `${ORIGIN}background.js`, extract: ({ html, url }) => extractFromHtml(html, url, new DOMParser()), quick: reader.quick, kept: reader.kept, posted });
  const sendMessage = vi.fn(async (m: unknown) => listen(m, BACKGROUND as never));
  const connect = (sender: Sender = { id: EXT_ID, url: URL_, frameId: 0, tab: { id: TAB } }, name = HTML_PORT) => {
    const { page, offscreen } = portPair(name, sender);
    posted.connect(offscreen);
    return page;
  };
  const deps = { offscreen: { exists: async () => true, createDocument: async () => undefined }, sendMessage };
  return { posted, listen, sendMessage, connect, deps };
}

/** A page's content script (the real listener) that posts over `connect`'s port; `tabs.sendMessage` as the background sees it. */
function contentScript(html: string, connect: () => PortLite) {
  const listen = createContentListener({
    extensionId: EXT_ID,
    extensionOrigin: ORIGIN,
    session: {} as never,
    serialize: async () => ok({ html, url: URL_ }),
    post: (to, page, starts) => {
      void postPieces(connect(), to, page, starts, async () => void (await tick()));
      return true;
    },
  });
  const sendMessage = vi.fn(async (_tab: number, m: unknown) => listen(m, BACKGROUND as never));
  return { tabs: { sendMessage } as never, sendMessage, reads: () => sendMessage.mock.calls.filter((c) => (c[1] as { type: string }).type === "readHtml").length };
}

const piece = (token: string, from: number, text: string, length: number, url = URL_): HtmlPiece => ({ token, url, from, length, text });

describe("the page's HTML posted straight to the offscreen document", () => {
  it("is read there quickly, as the same HTML passed through the background would be, and no piece goes through the background", async () => {
    const doc = offscreenDocument();
    const token = await announcePage(TAB, doc.deps);
    expect(token).toMatch(/^[0-9a-f-]{36}$/);
    const page = contentScript(long, () => doc.connect());
    const read = await readPage(TAB, page.tabs, undefined, token!);
    expect(read.ok && "token" in read.value).toBe(true);
    const posted = (read as { value: PostedPage }).value;
    expect([posted.url, posted.length]).toEqual([URL_, long.length]);
    expect(long.length).toBeGreaterThan(2 * HTML_PART);

    const reading = readPosted(posted, posted.html, doc.deps);
    const quick = await reading.quick;
    const direct = await extractHtml(long, URL_, { DOMParser });
    expect(quick?.ok && direct.ok && quick.value.snapshot).toEqual(direct.ok && direct.value.snapshot);
    expect(code(await reading.full())).toBe("ok");
    expect(page.reads()).toBe(0);
  });

  it("waits for pieces still on their way, and answers a typed error when they never come, stop coming or are another page's", async () => {
    const doc = offscreenDocument(30);
    const ask = (token: string, url = URL_, length = 6) => doc.listen(envelope<BackgroundToOffscreen, "extractQuick">("extractQuick", { url, length, token }), BACKGROUND as never);
    const expectHtml = (token: string, tabId = TAB) => doc.listen(envelope<BackgroundToOffscreen, "expectHtml">("expectHtml", { token, tabId }), BACKGROUND as never);

    // Asked before the pieces arrive: answered once they have.
    const a = crypto.randomUUID();
    await expectHtml(a);
    const port = doc.connect();
    const asked = ask(a, URL_, "<p>hi</p>".length);
    port.postMessage(piece(a, 0, "<p>", 9));
    port.postMessage(piece(a, 3, "hi</p>", 9));
    expect(code(await asked)).toBe("ok");

    // Never sent: the wait ends.
    const b = crypto.randomUUID();
    await expectHtml(b);
    expect(await ask(b)).toMatchObject({ ok: false, error: { code: "extract-failed", message: expect.stringMatching(/did not arrive/) } });

    // The page's port closes half-way: answered at once.
    const c = crypto.randomUUID();
    await expectHtml(c);
    const half = doc.connect();
    half.postMessage(piece(c, 0, "abc", 6));
    await tick();
    half.disconnect();
    expect(await ask(c)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/stopped sending/) } });

    // Whole, but not the page asked for.
    const d = crypto.randomUUID();
    await expectHtml(d);
    doc.connect().postMessage(piece(d, 0, "abcdef", 6, "https://elsewhere.example/"));
    expect(await ask(d)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/not the one asked for/) } });

    // A token nobody announced, and one announced again for its tab (the first is forgotten).
    expect(code(await ask(crypto.randomUUID()))).toBe("extract-failed");
    const e = crypto.randomUUID();
    await expectHtml(e);
    await expectHtml(crypto.randomUUID());
    expect(await ask(e)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/newer run/) } });
  });

  it("is read only from our content script in the top frame of the tab announced, with its token, in order", async () => {
    const doc = offscreenDocument(30);
    const token = crypto.randomUUID();
    doc.posted.expect(token, TAB);
    const attempt = async (sender: Sender, pieces: HtmlPiece[], name = HTML_PORT) => {
      const port = doc.connect(sender, name);
      for (const p of pieces) {
        if (!port.closed) port.postMessage(p);
        await tick();
      }
      await tick();
      return port.closed;
    };
    const whole = [piece(token, 0, "abcdef", 6)];
    const ours = { id: EXT_ID, url: URL_, frameId: 0, tab: { id: TAB } };
    // Another extension, no tab (an extension page), a subframe, another tab: closed unread.
    for (const sender of [{ ...ours, id: "other@extension" }, { id: EXT_ID, url: `${ORIGIN}popup.html` }, { ...ours, frameId: 3 }, { ...ours, tab: { id: TAB + 1 } }]) {
      expect(await attempt(sender, whole)).toBe(true);
    }
    // Another port name is none of ours: left alone, nothing read from it.
    expect(await attempt(ours, whole, "someone-else")).toBe(false);
    // Malformed pieces and an unannounced token close the port.
    for (const bad of [{ ...piece(token, 0, "abcdef", 6), extra: 1 }, piece(token, 0, "abcdefg", 6), piece(token, 0, "x".repeat(HTML_PART + 1), HTML_PART + 10), piece(crypto.randomUUID(), 0, "abcdef", 6), { ...piece(token, 0, "abcdef", 6), token: "not-a-token" }]) {
      expect(await attempt(ours, [bad as HtmlPiece])).toBe(true);
    }
    // None of that touched the announced page: its own pieces are still read.
    const taken = doc.posted.take(token, URL_, 6);
    expect(await attempt(ours, whole)).toBe(true); // closed by the document once whole
    expect(await taken).toEqual(ok("abcdef"));

    // A piece out of order forgets the page.
    const late = crypto.randomUUID();
    doc.posted.expect(late, TAB);
    expect(await attempt(ours, [piece(late, 0, "abc", 6), piece(late, 4, "ef", 6)])).toBe(true);
    expect(await doc.posted.take(late, URL_, 6)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/out of order/) } });
  });

  it("under forged ports and messages (any name, sender and content, even well-formed pieces with guessed tokens) never throws and never takes a page", async () => {
    const sender = fc.option(fc.record({ id: fc.constantFrom(EXT_ID, "other@ext"), url: fc.string(), frameId: fc.constantFrom(0, 1, undefined), tab: fc.option(fc.record({ id: fc.constantFrom(TAB, TAB + 1) }), { nil: undefined }) }, { requiredKeys: [] }), { nil: undefined });
    const forged = fc.oneof(fc.anything(), fc.record({ token: fc.uuid(), url: fc.constant(URL_), from: fc.nat(10), length: fc.nat(10), text: fc.string({ minLength: 1, maxLength: 10 }) }));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(HTML_PORT, "other"), sender, fc.array(forged, { maxLength: 6 }), async (name, from, messages) => {
        const doc = offscreenDocument(5);
        const token = crypto.randomUUID();
        doc.posted.expect(token, TAB);
        const port = doc.connect(from, name);
        for (const m of messages) if (!port.closed) port.postMessage(m);
        await tick();
        await tick();
        expect(code(await doc.posted.take(token, URL_, 6))).toBe("extract-failed");
      }),
      { numRuns: 200 },
    );
  });

  it("refuses an announcement from anyone but the background, and a document without PostedPages refuses them all", async () => {
    const doc = offscreenDocument();
    const args = { token: crypto.randomUUID(), tabId: TAB };
    const fromPage = await doc.listen(envelope<BackgroundToOffscreen, "expectHtml">("expectHtml", args), { id: EXT_ID, url: URL_, tab: { id: TAB } } as never);
    expect(code(fromPage)).toBe("forbidden-sender");
    const bare = createOffscreenListener({ extensionId: EXT_ID, backgroundUrl: `${ORIGIN}background.js`, extract: () => ({}) as never });
    expect(code(await bare(envelope<BackgroundToOffscreen, "expectHtml">("expectHtml", args), BACKGROUND as never))).toBe("extract-failed");
    expect(code(await bare(envelope<BackgroundToOffscreen, "expectHtml">("expectHtml", { ...args, token: "1234" }), BACKGROUND as never))).toBe("malformed-message");
  });

  it("where the post goes astray, the background reads the page's HTML from the page after all and reads it in full", async () => {
    const doc = offscreenDocument(30);
    const token = (await announcePage(TAB, doc.deps))!;
    // The pieces go to a port nobody reads: the document never gets them.
    const page = contentScript(long, () => portPair(HTML_PORT, undefined).page);
    const read = await readPage(TAB, page.tabs, undefined, token);
    const posted = (read as { value: PostedPage }).value;
    const reading = readPosted(posted, posted.html, doc.deps);
    expect(code((await reading.quick)!)).toBe("extract-failed");
    const full = await reading.full();
    const direct = await extractHtml(long, URL_, { DOMParser });
    expect(full.ok && full.value !== "same" && full.value.snapshot).toEqual(direct.ok && direct.value.snapshot);
    expect(page.reads()).toBe(3); // the three pieces, read through the background
  });

  it("a content script that cannot open the port answers without `posted`, and the background reads the pieces as before", async () => {
    const listen = createContentListener({ extensionId: EXT_ID, extensionOrigin: ORIGIN, session: {} as never, serialize: async () => ok({ html: long, url: URL_ } satisfies SerializedPage), post: () => false });
    const sendMessage = vi.fn(async (_tab: number, m: unknown) => listen(m, BACKGROUND as never));
    const read = await readPage(TAB, { sendMessage } as never, undefined, crypto.randomUUID());
    expect(read.ok && "html" in read.value && read.value.html).toBe(long);
  });

  it("Firefox reads pages in its event page: nothing is announced there", async () => {
    expect(await announcePage(TAB, { DOMParser })).toBeNull();
    expect(await announcePage(TAB, {})).toBeNull();
  });
});
