/**
 * The `runtime` slice the content script and the offscreen document use, without
 * webextension-polyfill (9.5 kB in every page Sourcelight annotates). Firefox's `browser`
 * already speaks promises; over Chrome's `chrome`, a listener that returns a promise is
 * adapted to `sendResponse` (as the polyfill does). Same shape as `BrowserApi["runtime"]`.
 */
import { fail } from "../messages";
import type { BrowserApi } from "./browser-api";

type Listener = (message: unknown, sender: Parameters<Parameters<BrowserApi["runtime"]["onMessage"]["addListener"]>[0]>[1]) => Promise<unknown> | undefined;

export interface RuntimeLite {
  id: string;
  getURL(path: string): string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(listener: Listener): void };
}

interface ChromeRuntime {
  id: string;
  getURL(path: string): string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(l: (message: unknown, sender: never, sendResponse: (r: unknown) => void) => boolean): void };
}

/** The runtime of this extension context: Firefox's native one, or Chrome's adapted. */
export function runtimeLite(g: { browser?: { runtime?: RuntimeLite }; chrome?: { runtime?: ChromeRuntime } } = globalThis as never): RuntimeLite {
  // The polyfill's own test: a `browser` with a runtime id is the native promise API.
  if (g.browser?.runtime?.id) return g.browser.runtime;
  const chrome = g.chrome?.runtime;
  if (!chrome?.id) throw new Error("runtimeLite: not in an extension context");
  return {
    id: chrome.id,
    getURL: (path) => chrome.getURL(path),
    sendMessage: (message) => chrome.sendMessage(message),
    onMessage: {
      addListener(listener) {
        chrome.onMessage.addListener((message, sender, sendResponse) => {
          const answer = listener(message, sender);
          if (!answer) return false; // not ours to answer: another listener may
          answer.then(sendResponse, (e: unknown) => sendResponse(fail("internal", String(e))));
          return true;
        });
      },
    },
  };
}
