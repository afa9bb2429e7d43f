/**
 * Side-effect import for extension pages (popup, options): installs the browser's own API.
 * Under MV3 every call those pages make (tabs.query, storage, permissions, runtime.sendMessage,
 * openOptionsPage) returns a promise in Chrome as in Firefox, and their message listeners
 * never answer, so they need none of webextension-polyfill (9.7 kB of each page's script).
 * The background keeps the polyfill: its listener answers with promises, which Chrome's
 * `chrome.runtime.onMessage` does not take.
 */
import { installBrowserApi, type BrowserApi } from "./browser-api";

const g = globalThis as { browser?: { runtime?: { id?: string } }; chrome?: unknown };
installBrowserApi((g.browser?.runtime?.id ? g.browser : g.chrome) as BrowserApi);
