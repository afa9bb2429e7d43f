/**
 * Content script entry, injected on demand (scripting.executeScript after a click or the
 * shortcut). Injecting twice must not double anything: the first run registers the listener
 * and later runs find the flag and stop; the background simply asks the live listener again.
 */
import "../platform/install";
import { extractWithElements } from "../extract/index";
import { browserApi } from "../platform/browser-api";
import { createContentListener } from "./listener";
import { createSession } from "./session";

const FLAG = "__sourcelightContent";

function start(): void {
  const api = browserApi();
  const g = globalThis as unknown as Record<string, unknown>;
  if (g[FLAG] === api.runtime.id) return;
  g[FLAG] = api.runtime.id;
  const session = createSession(window);
  api.runtime.onMessage.addListener(
    createContentListener({
      extensionId: api.runtime.id,
      extensionOrigin: api.runtime.getURL(""),
      session,
      extract: () => {
        const { snapshot, elements } = extractWithElements(document, location.href);
        session.useElements(elements);
        return snapshot;
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
