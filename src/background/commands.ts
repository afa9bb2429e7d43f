/**
 * The keyboard shortcut: annotates the active tab of the focused window (the shortcut grants
 * activeTab for it, like a toolbar click).
 */
import type { BrowserApi } from "../platform/browser-api";
import { annotateTab, type AnnotateDeps } from "./annotate";

export const ANNOTATE_COMMAND = "annotate-page";

/** Wires `commands.onCommand` to an annotation run. */
export function watchCommands(deps: AnnotateDeps & { api: BrowserApi }): void {
  deps.api.commands.onCommand.addListener((command) => {
    if (command !== ANNOTATE_COMMAND) return;
    void (async () => {
      const [tab] = await deps.api.tabs.query({ active: true, currentWindow: true });
      if (typeof tab?.id !== "number") return;
      const result = await annotateTab(tab.id, deps);
      if (!result.ok) console.warn(`[sourcelight] shortcut: ${result.error.code}: ${result.error.message}`);
    })();
  });
}
