/**
 * The page context menu entry "Annotate the sources of this page". A menu click grants
 * activeTab for the tab like a toolbar click, so it takes the same annotation path.
 * Menus are created once per install/update (they persist across worker restarts).
 */
import type { BrowserApi } from "../platform/browser-api";
import { t } from "../platform/i18n";
import { annotateTab, type AnnotateDeps } from "./annotate";

export const MENU_ID = "sourcelight-annotate";

/** Creates the menu on install and wires its clicks to an annotation run. */
export function watchContextMenu(deps: AnnotateDeps & { api: BrowserApi }): void {
  const menus = deps.api.contextMenus;
  if (!menus) return;
  deps.api.runtime.onInstalled?.addListener(() => {
    void menus.removeAll().then(() => {
      menus.create({ id: MENU_ID, title: t("contextMenuAnnotate"), contexts: ["page", "selection"] });
    });
  });
  menus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || typeof tab?.id !== "number") return;
    void annotateTab(tab.id, deps).then((r) => {
      if (!r.ok) console.warn(`[sourcelight] context menu: ${r.error.code}: ${r.error.message}`);
    });
  });
}
