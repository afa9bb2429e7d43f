/**
 * Content script entry, injected on demand (scripting.executeScript after a click or the
 * shortcut). Injecting twice must not double anything: the first run registers the listener
 * and later runs find the flag and stop; the background simply asks the live listener again.
 * It hands the page's HTML over for extraction off the page's main thread (in Chrome straight
 * to the offscreen document, over HTML_PORT), written in slices, and draws what comes back in slices. Small on purpose: no extractor, no polyfill.
 */
import { envelope, HTML_PORT, type ContentToBackground } from "../messages";
import { runtimeLite } from "../platform/runtime-lite";
import { createContentListener, postPieces } from "./listener";
import { serializePage } from "./serialize";
import { createSession } from "./session";
import { slicer, yieldToPage } from "./slices";

const FLAG = "__sourcelightContent";

function start(): void {
  const runtime = runtimeLite();
  const g = globalThis as unknown as Record<string, unknown>;
  if (g[FLAG] === runtime.id) return;
  g[FLAG] = runtime.id;
  const session = createSession(window, {
    // A courtesy to an open popup: nobody listening is fine.
    onProgress: (progress) => void runtime.sendMessage(envelope<ContentToBackground, "drawProgress">("drawProgress", progress)).catch(() => undefined),
  });
  runtime.onMessage.addListener(
    createContentListener({
      extensionId: runtime.id,
      extensionOrigin: runtime.getURL(""),
      session,
      // Serializing starts in a task of its own, after the one that delivered the request.
      serialize: async () => {
        await yieldToPage(window);
        return serializePage(document, location.href, slicer(window, new AbortController().signal));
      },
      // Chrome: the pieces go straight to the offscreen document that reads them.
      post: (to, page, starts) => {
        let port;
        try {
          port = runtime.connect({ name: HTML_PORT });
        } catch {
          return false;
        }
        void postPieces(port, to, page, starts, () => yieldToPage(window));
        return true;
      },
    }),
  );
}

try {
  start();
} catch (e) {
  // Never throw into the page; the background reports "the page did not answer".
  console.warn("[sourcelight] content script could not start", e);
}
