/**
 * The offscreen document's message listener. It shares `runtime` messaging with the popup and
 * the background, so it stays silent on every message that is not one of its own requests
 * (the background answers those), and answers its own only when they come from our
 * background: same extension, no tab, the background's own address.
 */
import { backgroundToOffscreenGuards, fail, isSerializedPage, ok, PAGE_HTML_LIMIT, readEnvelope, type KeptReading, type QuickReading, type Reply, type SerializedPage, type TakenPage } from "../messages";
import type { MessageSender } from "../platform/browser-api";
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
    try {
      return Promise.resolve(answer(type, env.args, deps, taking));
    } catch (e) {
      return Promise.resolve(fail("extract-failed", e instanceof Error ? e.message : String(e)));
    }
  };
}

/** The most pages whose HTML is taken at once. */
const TAKING_MAX = 4;

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
