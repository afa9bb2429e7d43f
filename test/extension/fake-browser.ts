// A small fake of the BrowserApi slice for background/content tests: records calls,
// lets a test script the answers of executeScript and tabs.sendMessage.
import { vi } from "vitest";
import type { BrowserApi, MessageSender } from "../../src/platform/browser-api";

export const EXT_ID = "sourcelight@test";
export const ORIGIN = "chrome-extension://abcdefghijklmnopabcdefghijklmnop/";

function event<T extends (...args: never[]) => unknown>() {
  const listeners: T[] = [];
  return { addListener: (l: T) => void listeners.push(l), removeListener: vi.fn(), hasListener: vi.fn(), listeners };
}

/**
 * A storage area that enforces a quota the way Chrome counts it (each key's length plus its
 * value's JSON length, summed over the area) and rejects a write that would exceed it, storing
 * nothing of it. `broken` makes every call fail, as an unavailable area does.
 */
export function quotaArea(quotaBytes = Infinity, data = new Map<string, unknown>()) {
  const state = { broken: false };
  const used = (m: Map<string, unknown>) => [...m].reduce((n, [k, v]) => n + k.length + JSON.stringify(v).length, 0);
  const check = () => {
    if (state.broken) throw new Error("Storage is unavailable.");
  };
  const area = {
    get: vi.fn(async (k: string) => (check(), data.has(k) ? { [k]: structuredClone(data.get(k)) } : {})),
    set: vi.fn(async (items: Record<string, unknown>) => {
      check();
      const next = new Map(data);
      for (const [k, v] of Object.entries(items)) next.set(k, structuredClone(v));
      if (used(next) > quotaBytes) throw new Error("Session storage quota bytes exceeded. Values were not stored.");
      for (const [k, v] of next) data.set(k, v);
    }),
    remove: vi.fn(async (k: string) => void (check(), data.delete(k))),
  };
  return { area, data, state, used: () => used(data) };
}

/**
 * A content script's answers for one page: `serialize`, then `readHtml` in pieces, then a
 * drawing that placed `anchored` claims. Anything else is an internal error.
 */
export function pageAnswers(html: string, url: string, anchored = 3) {
  return (m: { type: string; args?: unknown }) => {
    if (m.type === "serialize") return { ok: true, value: { url, length: html.length } };
    if (m.type === "readHtml") return { ok: true, value: html.slice((m.args as { from: number }).from) };
    if (m.type === "draw") return { ok: true, value: { anchored, missing: [], mode: "highlight" } };
    return { ok: false, error: { code: "internal", message: "?" } };
  };
}

export function fakeBrowser(opts: { contentAnswer?: (message: { type: string; args: unknown }) => unknown; injectError?: string; sessionQuota?: number } = {}) {
  const { area: sessionArea, data: session, state: sessionState } = quotaArea(opts.sessionQuota);
  const api = {
    runtime: { id: EXT_ID, getURL: (p: string) => ORIGIN + p, sendMessage: vi.fn(async () => undefined), onMessage: event() },
    tabs: {
      query: vi.fn(async () => [{ id: 5 }]),
      sendMessage: vi.fn(async (_tabId: number, message: { type: string; args: unknown }) => opts.contentAnswer?.(message)),
      onRemoved: event(),
      onUpdated: event(),
    },
    scripting: {
      executeScript: vi.fn(async () => {
        if (opts.injectError) throw new Error(opts.injectError);
        return [];
      }),
    },
    storage: { session: sessionArea },
    action: { setBadgeText: vi.fn(async () => undefined), setBadgeBackgroundColor: vi.fn(async () => undefined) },
    commands: { onCommand: event() },
    i18n: { getMessage: () => "" },
  };
  return { api: api as unknown as BrowserApi, raw: api, session, sessionState };
}

/** Senders as browsers describe them. */
export const senders = {
  popup: { id: EXT_ID, url: `${ORIGIN}popup.html` } as MessageSender,
  popupInTab: { id: EXT_ID, url: `${ORIGIN}popup.html?tab=3`, tab: { id: 9 } } as MessageSender,
  contentScript: { id: EXT_ID, url: "https://news.example/a", tab: { id: 3 }, frameId: 0 } as MessageSender,
  otherExtension: { id: "evil@example", url: "chrome-extension://zzzz/popup.html" } as MessageSender,
  webPage: { url: "https://evil.example/", tab: { id: 4 } } as MessageSender,
  background: { id: EXT_ID, url: `${ORIGIN}background.js` } as MessageSender,
};
