/** The popup's state hook: loads the tab's state, runs annotations, forwards "show in page". */
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import type { PopupClient } from "./client";
import { fromAnnotate, fromTabState, type PopupState } from "./state";

export interface PopupActions {
  annotate(): void;
  focusClaim(claimId: string): void;
  clear(): void;
}

const NO_TAB: PopupState = { kind: "error", error: { code: "no-tab", message: "There is no tab to annotate." } };

/** State and actions for the popup of `client`'s tab. */
export function usePopup(client: PopupClient): [PopupState, PopupActions] {
  const [state, setState] = useState<PopupState>({ kind: "loading" });
  const tab = useRef<number | null>(null);

  useEffect(() => {
    let live = true;
    const off = client.onProgress((tabId, stage) => {
      if (live && tabId === tab.current) setState((s) => (s.kind === "working" || s.kind === "idle" ? { kind: "working", stage } : s));
    });
    void (async () => {
      tab.current = await client.tabId();
      if (!live) return;
      if (tab.current === null) return setState(NO_TAB);
      const next = fromTabState(await client.request("getState", { tabId: tab.current }));
      if (live) setState(next);
    })();
    return () => {
      live = false;
      off();
    };
  }, [client]);

  const annotate = useCallback(() => {
    const tabId = tab.current;
    if (tabId === null) return;
    setState({ kind: "working", stage: "injecting" });
    void client.request("annotate", { tabId }).then((r) => setState(fromAnnotate(r)));
  }, [client]);

  const focusClaim = useCallback(
    (claim: string) => {
      if (tab.current !== null) void client.request("focusClaim", { tabId: tab.current, claim });
    },
    [client],
  );

  const clear = useCallback(() => {
    if (tab.current !== null) void client.request("clear", { tabId: tab.current });
  }, [client]);

  return [state, { annotate, focusClaim, clear }];
}
