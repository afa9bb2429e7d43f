/**
 * The offscreen document's message listener. It shares `runtime` messaging with the popup and
 * the background, so it stays silent on every message that is not one of its own requests
 * (the background answers those), and answers its own only when they come from our
 * background: same extension, no tab, the background's own address. Chrome's content script
 * may also post a page's HTML here on HTML_PORT, read only as `PostedPages` allows.
 */
import { backgroundToOffscreenGuards, fail, HTML_PORT, isHtmlPiece, isSerializedPage, ok, PAGE_HTML_LIMIT, readEnvelope, type HtmlPiece, type KeptReading, type QuickReading, type Reply, type SerializedPage, type TakenPage } from "../messages";
import type { MessageSender } from "../platform/browser-api";
import type { PortLite } from "../platform/runtime-lite";
import type { StageMark } from "../platform/stage-marks";
import type { OffPageResult } from "../extract/from-html";

export interface OffscreenDeps {
  extensionId: string;
  /** `runtime.getURL("background.js")`: the only sender we answer. */
  backgroundUrl: string;
  extract: (page: SerializedPage) => OffPageResult;
  /** The quick reading of a page, kept for `kept` (see BackgroundToOffscreen.extractQuick). */
  quick?: (page: SerializedPage) => QuickReading;
  /** The full reading of the page `quick` kept at `url` (or that it is the same); null when none is kept. */
  kept?: (url: string) => KeptReading | null;
  /** Pages' HTML posted straight from the page (HTML_PORT); without it, `expectHtml` is refused. */
  posted?: PostedPages;
}

/** A page's HTML as `takeHtml` brings it, piece by piece. */
interface Taking {
  pieces: string[];
  length: number;
}

/** Builds the `runtime.onMessage` listener; undefined means "not for me". */
export function createOffscreenListener(deps: OffscreenDeps): (message: unknown, sender: MessageSender) => Promise<Reply<unknown>> | undefined {
  // Pages' HTML by address, as pieces arrive (runs in several tabs may interleave): a piece from 0
  // starts a page anew; `extractQuick` takes it whole. A few at most: the oldest goes first.
  const taking = new Map<string, Taking>();
  return (message, sender) => {
    const env = readEnvelope(message);
    if (!env || !Object.hasOwn(backgroundToOffscreenGuards, env.type)) return undefined;
    if (!sender || sender.id !== deps.extensionId || sender.tab || sender.url !== deps.backgroundUrl) {
      return Promise.resolve(fail("forbidden-sender", "Only Sourcelight's background may ask for this."));
    }
    const type = env.type as keyof typeof backgroundToOffscreenGuards;
    if (!backgroundToOffscreenGuards[type](env.args)) return Promise.resolve(fail("malformed-message", `Bad arguments for ${type}.`));
    if (type === "expectHtml" || (type === "extractQuick" && "token" in (env.args as object))) return answerPosted(type, env.args, deps);
    try {
      return Promise.resolve(answer(type, env.args, deps, taking));
    } catch (e) {
      return Promise.resolve(fail("extract-failed", e instanceof Error ? e.message : String(e)));
    }
  };
}

/** The most pages whose HTML is taken at once (and the most announced on HTML_PORT). */
const TAKING_MAX = 4;

/** `expectHtml`, and `extractQuick` of a page posted on HTML_PORT (once its pieces have all arrived). */
async function answerPosted(type: "expectHtml" | "extractQuick", args: unknown, deps: OffscreenDeps): Promise<Reply<QuickReading | null>> {
  if (!deps.posted || !deps.quick) return fail("extract-failed", "This document takes no page's HTML from the page.");
  if (type === "expectHtml") {
    const { token, tabId } = args as { token: string; tabId: number };
    deps.posted.expect(token, tabId);
    return ok(null);
  }
  const { url, length, token } = args as Required<TakenPage>;
  const html = await deps.posted.take(token, url, length);
  if (!html.ok) return html;
  try {
    return ok(deps.quick({ html: html.value, url }));
  } catch (e) {
    return fail("extract-failed", e instanceof Error ? e.message : String(e));
  }
}

/**
 * Pages' HTML posted straight from their content script over HTML_PORT (Chrome), by the run's
 * token. A port is read only when the browser says it comes from our extension's content script
 * in the top frame of a tab, and each piece only when its token is the one the background
 * announced for that very tab (`expect`), in order, within the page's announced length; any
 * other piece closes the port and forgets the page, and the background then reads the page the
 * slower way, through itself.
 */
export interface PostedPages {
  /** The background's announcement: `token`'s pieces will come from tab `tabId` (an earlier one for the tab is forgotten). */
  expect(token: string, tabId: number): void;
  /** The `runtime.onConnect` listener. */
  connect(port: PortLite): void;
  /** `token`'s whole HTML once every piece has arrived (at most `waitMs`), if it is the page at `url` of that `length`; then forgotten. */
  take(token: string, url: string, length: number): Promise<Reply<string>>;
}

interface Posted {
  tabId: number;
  port: PortLite | null;
  url: string | null;
  total: number | null;
  pieces: string[];
  length: number;
  done: boolean;
  failed: string | null;
  wake: (() => void)[];
}

/** The PostedPages of our extension `extensionId`; `mark` leaves the "html-taken" timing mark. */
export function postedPages(extensionId: string, waitMs = 10_000, mark: (name: StageMark) => void = () => undefined): PostedPages {
  const pages = new Map<string, Posted>();
  const settle = (p: Posted) => {
    const wake = p.wake;
    p.wake = [];
    for (const w of wake) w();
  };
  // A page given up on stays, without its pieces, so that `take` can say why.
  const forget = (p: Posted, why: string) => {
    p.failed ??= why;
    p.pieces = [];
    settle(p);
  };
  return {
    expect(token, tabId) {
      for (const p of pages.values()) if (p.tabId === tabId) forget(p, "A newer run replaced this one.");
      if (pages.size >= TAKING_MAX) {
        const [t, p] = pages.entries().next().value as [string, Posted];
        pages.delete(t);
        forget(p, "Too many pages at once.");
      }
      pages.set(token, { tabId, port: null, url: null, total: null, pieces: [], length: 0, done: false, failed: null, wake: [] });
    },
    connect(port) {
      if (port.name !== HTML_PORT) return;
      const tabId = port.sender?.tab?.id;
      if (port.sender?.id !== extensionId || typeof tabId !== "number" || port.sender.frameId !== 0) return port.disconnect();
      port.onMessage.addListener((m) => {
        const p = isHtmlPiece(m) ? pages.get(m.token) : undefined;
        if (!p || p.tabId !== tabId || (p.port !== null && p.port !== port) || p.done || p.failed !== null) return port.disconnect();
        const piece = m as HtmlPiece;
        if (piece.from !== p.length || (p.url !== null && p.url !== piece.url) || (p.total !== null && p.total !== piece.length)) {
          forget(p, "A piece of the page's HTML came out of order.");
          return port.disconnect();
        }
        p.port = port;
        p.url = piece.url;
        p.total = piece.length;
        p.pieces.push(piece.text);
        p.length += piece.text.length;
        if (p.length === p.total) {
          p.done = true;
          port.disconnect();
          settle(p);
        }
      });
      port.onDisconnect.addListener(() => {
        for (const p of pages.values()) if (p.port === port && !p.done) forget(p, "The page stopped sending its HTML.");
      });
    },
    async take(token, url, length) {
      const p = pages.get(token);
      if (!p) return fail("extract-failed", "No page's HTML was announced with this token.");
      if (!p.done && p.failed === null) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, waitMs);
          p.wake.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      pages.delete(token);
      if (!p.done) return fail("extract-failed", p.failed ?? "The page's HTML did not arrive in time.");
      if (p.url !== url || p.total !== length) return fail("extract-failed", "The page's HTML is not the one asked for.");
      mark("html-taken");
      return ok(p.pieces.join(""));
    },
  };
}

function answer(type: keyof typeof backgroundToOffscreenGuards, args: unknown, deps: OffscreenDeps, taking: Map<string, Taking>): Reply<OffPageResult | QuickReading | KeptReading | null> {
  if (type === "extractHtml") return ok(deps.extract(args as SerializedPage));
  if (type === "takeHtml") {
    const { url, from, text } = args as { url: string; from: number; text: string };
    if (from === 0) {
      taking.delete(url);
      if (taking.size >= TAKING_MAX) taking.delete(taking.keys().next().value as string);
      taking.set(url, { pieces: [], length: 0 });
    }
    const page = taking.get(url);
    if (!page || page.length !== from || page.length + text.length > PAGE_HTML_LIMIT) {
      taking.delete(url);
      return fail("malformed-message", "A piece of the page's HTML came out of order.");
    }
    page.pieces.push(text);
    page.length += text.length;
    return ok(null);
  }
  if (type === "extractQuick") {
    if (!deps.quick) return fail("extract-failed", "This document reads no page quickly.");
    if (isSerializedPage(args)) return ok(deps.quick(args));
    const { url, length } = args as TakenPage;
    const page = taking.get(url);
    taking.delete(url);
    if (!page || page.length !== length) return fail("extract-failed", "The page's HTML did not arrive whole.");
    return ok(deps.quick({ html: page.pieces.join(""), url }));
  }
  const read = deps.kept?.((args as { url: string }).url) ?? null;
  return read ? ok(read) : fail("extract-failed", "No page is kept to read.");
}
