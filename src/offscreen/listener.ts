/**
 * The offscreen document's message listener. It shares `runtime` messaging with the popup and
 * the background, so it stays silent on every message that is not one of its own requests
 * (the background answers those), and answers its own only when they come from our
 * background: same extension, no tab, the background's own address.
 */
import { backgroundToOffscreenGuards, fail, ok, readEnvelope, type Reply, type SerializedPage } from "../messages";
import type { MessageSender } from "../platform/browser-api";
import type { OffPageResult } from "../extract/from-html";

export interface OffscreenDeps {
  extensionId: string;
  /** `runtime.getURL("background.js")`: the only sender we answer. */
  backgroundUrl: string;
  extract: (page: SerializedPage) => OffPageResult;
}

/** Builds the `runtime.onMessage` listener; undefined means "not for me". */
export function createOffscreenListener(deps: OffscreenDeps): (message: unknown, sender: MessageSender) => Promise<Reply<unknown>> | undefined {
  return (message, sender) => {
    const env = readEnvelope(message);
    if (!env || !Object.hasOwn(backgroundToOffscreenGuards, env.type)) return undefined;
    if (!sender || sender.id !== deps.extensionId || sender.tab || sender.url !== deps.backgroundUrl) {
      return Promise.resolve(fail("forbidden-sender", "Only Sourcelight's background may ask for this."));
    }
    if (!backgroundToOffscreenGuards.extractHtml(env.args)) return Promise.resolve(fail("malformed-message", "Bad arguments for extractHtml."));
    try {
      return Promise.resolve(ok(deps.extract(env.args)));
    } catch (e) {
      return Promise.resolve(fail("extract-failed", e instanceof Error ? e.message : String(e)));
    }
  };
}
