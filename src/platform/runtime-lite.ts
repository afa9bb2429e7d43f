/**
 * The `runtime` slice the content script and the offscreen document use, without
 * webextension-polyfill (9.5 kB in every page Sourcelight annotates). Firefox's `browser`
 * already speaks promises; over Chrome's `chrome`, a listener that returns a promise is
 * adapted to `sendResponse` (as the polyfill does). Same shape as `BrowserApi["runtime"]`.
 */
import { fail } from "../messages";
import type { BrowserApi } from "./browser-api";

type Listener = (message: unknown, sender: Parameters<Parameters<BrowserApi["runtime"]["onMessage"]["addListener"]>[0]>[1]) => Promise<unknown> | undefined;

/** A `runtime.Port`, as far as Sourcelight uses one (the same in Chrome and Firefox). */
export interface PortLite {
  name: string;
  /** Set by the browser on the receiving end: who opened the port. */
  sender?: { id?: string; url?: string; frameId?: number; tab?: { id?: number } };
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface RuntimeLite {
  id: string;
  getURL(path: string): string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(listener: Listener): void };
  connect(info: { name: string }): PortLite;
  onConnect: { addListener(listener: (port: PortLite) => void): void };
}

interface ChromeRuntime {
  id: string;
  getURL(path: string): string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(l: (message: unknown, sender: never, sendResponse: (r: unknown) => void) => boolean): void };
  connect(info: { name: string }): PortLite;
  onConnect: { addListener(listener: (port: PortLite) => void): void };
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
    connect: (info) => chrome.connect(info),
    onConnect: chrome.onConnect,
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
