/**
 * The slice of the WebExtension API that Sourcelight uses, behind one seam. Modules take the
 * API as a default parameter (`api = browserApi()`), so unit tests pass a small fake instead of
 * mocking modules by path. The real object is installed once by each entry point
 * (`./install.ts`); this file imports nothing at runtime, so tests never load the polyfill.
 */
import type { Browser } from "webextension-polyfill";

export interface BrowserApi {
  runtime: Pick<Browser["runtime"], "id" | "getURL" | "sendMessage" | "onMessage"> & Partial<Pick<Browser["runtime"], "onInstalled" | "openOptionsPage">>;
  tabs: Pick<Browser["tabs"], "query" | "sendMessage" | "onRemoved" | "onUpdated">;
  scripting: Pick<Browser["scripting"], "executeScript">;
  storage: {
    session?: Pick<Browser["storage"]["local"], "get" | "set" | "remove">;
    sync?: Pick<Browser["storage"]["sync"], "get" | "set">;
    local?: Pick<Browser["storage"]["local"], "get" | "set">;
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
