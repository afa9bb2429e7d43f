/**
 * The offscreen document's message listener. It shares `runtime` messaging with the popup and
 * the background, so it stays silent on every message that is not one of its own requests
 * (the background answers those), and answers its own only when they come from our
 * background: same extension, no tab, the background's own address.
 */
import { backgroundToOffscreenGuards, fail, ok, readEnvelope, type KeptReading, type QuickReading, type Reply, type SerializedPage } from "../messages";
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

/** Builds the `runtime.onMessage` listener; undefined means "not for me". */
export function createOffscreenListener(deps: OffscreenDeps): (message: unknown, sender: MessageSender) => Promise<Reply<unknown>> | undefined {
  return (message, sender) => {
    const env = readEnvelope(message);
    if (!env || !Object.hasOwn(backgroundToOffscreenGuards, env.type)) return undefined;
    if (!sender || sender.id !== deps.extensionId || sender.tab || sender.url !== deps.backgroundUrl) {
      return Promise.resolve(fail("forbidden-sender", "Only Sourcelight's background may ask for this."));
    }
    const type = env.type as keyof typeof backgroundToOffscreenGuards;
    if (!backgroundToOffscreenGuards[type](env.args)) return Promise.resolve(fail("malformed-message", `Bad arguments for ${type}.`));
    try {
      return Promise.resolve(answer(type, env.args, deps));
    } catch (e) {
      return Promise.resolve(fail("extract-failed", e instanceof Error ? e.message : String(e)));
    }
  };
}

function answer(type: keyof typeof backgroundToOffscreenGuards, args: unknown, deps: OffscreenDeps): Reply<OffPageResult | QuickReading | KeptReading> {
  if (type === "extractHtml") return ok(deps.extract(args as SerializedPage));
  if (type === "extractQuick") return deps.quick ? ok(deps.quick(args as SerializedPage)) : fail("extract-failed", "This document reads no page quickly.");
  const read = deps.kept?.((args as { url: string }).url) ?? null;
  return read ? ok(read) : fail("extract-failed", "No page is kept to read.");
}
