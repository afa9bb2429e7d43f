/**
 * The background's one `runtime.onMessage` listener: checks the sender, reads the envelope,
 * runs the message's guard, then its handler. Extension pages (popup, options) may send the
 * popup requests; a content script in a tab only its own events (drawing progress), and
 * those act on its own tab only. Anything that fails a check gets a typed error reply (and a
 * logged reason), never an action. Handlers always resolve to a `Reply`.
 */
import {
  contentToBackgroundGuards,
  fail,
  popupToBackgroundGuards,
  readEnvelope,
  type ArgsOf,
  type ContentToBackground,
  type PopupToBackground,
  type Reply,
  type ResultOf,
} from "../messages";
import type { MessageSender } from "../platform/browser-api";
import { classifySender } from "./senders";

/** One async handler per popup→background message (missing one is a compile error). */
export type PopupHandlers = {
  [K in keyof PopupToBackground]: (args: ArgsOf<PopupToBackground[K]>) => Promise<Reply<ResultOf<PopupToBackground[K]>>>;
};

/** One handler per content→background event, told the sender's tab. */
export type ContentHandlers = {
  [K in keyof ContentToBackground]: (args: ArgsOf<ContentToBackground[K]>, tabId: number) => Promise<Reply<ResultOf<ContentToBackground[K]>>>;
};

export interface RouterIdentity {
  extensionId: string;
  extensionOrigin: string;
}

/** Builds the listener; `log` receives the reason of every refused message. */
export function createRouter(
  handlers: PopupHandlers,
  identity: RouterIdentity,
  log: (reason: string) => void = (r) => console.warn(`[sourcelight] ${r}`),
  fromContent?: ContentHandlers,
): (message: unknown, sender: MessageSender) => Promise<Reply<unknown>> {
  return async (message, sender) => {
    const kind = classifySender(sender, identity.extensionId, identity.extensionOrigin);
    if (kind === "content-script" && fromContent) return routeContent(fromContent, message, sender.tab?.id as number, log);
    if (kind !== "extension-page") {
      log(`refused a message from a ${kind} sender (${String(sender?.url)})`);
      return fail("forbidden-sender", "Only Sourcelight's own pages may ask the background for this.");
    }
    const env = readEnvelope(message);
    if (!env) {
      log("refused a message that is not a Sourcelight envelope");
      return fail("malformed-message", "The message is not a Sourcelight message.");
    }
    if (!Object.hasOwn(popupToBackgroundGuards, env.type)) {
      log(`refused unknown message type ${JSON.stringify(env.type).slice(0, 60)}`);
      return fail("unknown-message", `Unknown message type.`);
    }
    const type = env.type as keyof PopupToBackground;
    if (!popupToBackgroundGuards[type](env.args)) {
      log(`refused ${type}: arguments of the wrong shape`);
      return fail("malformed-message", `The ${type} message has arguments of the wrong shape.`);
    }
    try {
      return await (handlers[type] as (args: unknown) => Promise<Reply<unknown>>)(env.args);
    } catch (e) {
      log(`${type} failed: ${String(e)}`);
      return fail("internal", "Something went wrong inside Sourcelight. Reload the page and try again.");
    }
  };
}

/** A content script's event: only the types of ContentToBackground, about its own tab. */
async function routeContent(handlers: ContentHandlers, message: unknown, tabId: number, log: (reason: string) => void): Promise<Reply<unknown>> {
  const env = readEnvelope(message);
  const type = env?.type as keyof ContentToBackground;
  if (!env || !Object.hasOwn(contentToBackgroundGuards, env.type) || !contentToBackgroundGuards[type](env.args)) {
    log(`refused a content script message (${JSON.stringify(env?.type ?? null).slice(0, 60)})`);
    return fail("forbidden-sender", "A page may only report its own drawing progress.");
  }
  return handlers[type](env.args as never, tabId);
}
