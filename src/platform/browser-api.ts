/**
 * The slice of the WebExtension API that Sourcelight uses, behind one seam. Modules take the
 * API as a default parameter (`api = browserApi()`), so unit tests pass a small fake instead of
 * mocking modules by path. The real object is installed once by each entry point
 * (`./install.ts`); this file imports nothing at runtime, so tests never load the polyfill.
 * The content script and the offscreen document use the smaller `./runtime-lite.ts`.
 */
import type { Browser } from "webextension-polyfill";

export interface BrowserApi {
  runtime: Pick<Browser["runtime"], "id" | "getURL" | "sendMessage" | "onMessage"> & Partial<Pick<Browser["runtime"], "onInstalled" | "openOptionsPage">>;
  tabs: Pick<Browser["tabs"], "query" | "sendMessage" | "onRemoved" | "onUpdated">;
  scripting: Pick<Browser["scripting"], "executeScript">;
  storage: {
    session?: Pick<Browser["storage"]["local"], "get" | "set" | "remove">;
    sync?: Pick<Browser["storage"]["sync"], "get" | "set">;
    local?: Pick<Browser["storage"]["local"], "get" | "set"> & Partial<Pick<Browser["storage"]["local"], "remove">>;
  };
  /** Optional host permissions ("always annotate on this site"); absent in some test fakes. */
  permissions?: Pick<Browser["permissions"], "request" | "contains" | "getAll" | "remove">;
  /** The page context menu entry (`contextMenus`, Firefox also calls it `menus`). */
  contextMenus?: Pick<Browser["contextMenus"], "create" | "removeAll" | "onClicked">;
  action: Pick<Browser["action"], "setBadgeText" | "setBadgeBackgroundColor">;
  commands: Pick<Browser["commands"], "onCommand">;
  i18n: Pick<Browser["i18n"], "getMessage">;
}

export type MessageSender = Parameters<Parameters<Browser["runtime"]["onMessage"]["addListener"]>[0]>[1];

/** Chrome's offscreen documents (the service worker has no DOM); null where the browser has none. */
export interface OffscreenApi {
  createDocument(params: { url: string; reasons: string[]; justification: string }): Promise<void>;
  /** Whether the extension's offscreen document at `path` is open. */
  exists(path: string): Promise<boolean>;
}

interface ChromeOffscreen {
  offscreen?: { createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void> };
  runtime?: { getURL(path: string): string; getContexts?(filter: { contextTypes: string[]; documentUrls: string[] }): Promise<unknown[]> };
}

/** Chrome's `offscreen` (not wrapped by the polyfill, unknown to Firefox), or null. */
export function offscreenApi(g: { chrome?: ChromeOffscreen } = globalThis as never): OffscreenApi | null {
  const chrome = g.chrome;
  const offscreen = chrome?.offscreen;
  const runtime = chrome?.runtime;
  if (!offscreen || !runtime?.getContexts) return null;
  return {
    createDocument: (params) => offscreen.createDocument(params),
    exists: async (path) => ((await runtime.getContexts?.({ contextTypes: ["OFFSCREEN_DOCUMENT"], documentUrls: [runtime.getURL(path)] })) ?? []).length > 0,
  };
}

let installed: BrowserApi | null = null;

/** Makes `api` the one every `browserApi()` call returns (called once per entry point). */
export function installBrowserApi(api: BrowserApi): void {
  installed = api;
}

/** The installed API; throws when an entry point forgot to install it (a programming error). */
export function browserApi(): BrowserApi {
  if (!installed) throw new Error("browserApi: not installed (import platform/install first)");
  return installed;
}
