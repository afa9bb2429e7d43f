/** The popup's state hook: loads the tab's state, runs annotations, forwards "show in page". */
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import { siteDisabled, siteListed, sitePattern } from "../platform/settings";
import type { PopupClient } from "./client";
import { fromAnnotate, fromTabState, type PopupState } from "./state";

export interface PopupActions {
  annotate(): void;
  focusClaim(claimId: string): void;
  clear(): void;
  /** Draws (or stops drawing) the unsourced claims in the page. */
  showUnsourced?(on: boolean): void;
  /** "Always annotate on this site": asks for the site's permission. */
  alwaysAnnotate?(): void;
  openOptions?(): void;
}

/** What the popup knows about the page's site (for the site controls). */
export interface SiteInfo {
  host: string;
  /** The reader chose to annotate every page of the site, and its permission is granted. */
  granted: boolean;
  /** The reader turned in-page annotations off for the site. */
  disabled: boolean;
  /** The reader declined the permission request just now. */
  refused: boolean;
}

const NO_TAB: PopupState = { kind: "error", error: { code: "no-tab", message: "There is no tab to annotate." } };

/** State and actions for the popup of `client`'s tab. */
export function usePopup(client: PopupClient): [PopupState, PopupActions, SiteInfo | null] {
  const [state, setState] = useState<PopupState>({ kind: "loading" });
  const [site, setSite] = useState<SiteInfo | null>(null);
  const tab = useRef<number | null>(null);
  const url = state.kind === "report" ? state.report.url : null;

  useEffect(() => {
    let live = true;
    const off = client.onProgress((tabId, stage, progress) => {
      const working: PopupState = progress ? { kind: "working", stage, progress } : { kind: "working", stage };
      if (live && tabId === tab.current) setState((s) => (s.kind === "working" || s.kind === "idle" ? working : s));
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

  useEffect(() => {
    const pattern = url ? sitePattern(url) : null;
    if (!url || !pattern) return setSite(null);
    let live = true;
    void (async () => {
      const [settings, granted] = await Promise.all([client.settings(), client.siteGranted(pattern)]);
      const host = new URL(url).hostname;
      // Listed and granted: a grant alone (any site, for automatic checks) chooses nothing.
      if (live) setSite({ host, granted: granted && siteListed(settings.alwaysSites, url), disabled: siteDisabled(settings, url), refused: false });
    })().catch(() => undefined);
    return () => {
      live = false;
    };
  }, [client, url]);

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

  const showUnsourced = useCallback(
    (on: boolean) => {
      if (tab.current === null) return;
      void client.request("showUnsourced", { tabId: tab.current, on }).then((r) => {
        if (r.ok) setState((s) => (s.kind === "report" ? { ...s, drawn: r.value.drawn } : s));
      });
    },
    [client],
  );

  const alwaysAnnotate = useCallback(() => {
    const pattern = url ? sitePattern(url) : null;
    const tabId = tab.current;
    if (!pattern || tabId === null) return;
    // The request first: it needs the click. The background lists the site once it is granted
    // (sent at once, not after the answer: Chrome closes the popup when its prompt opens).
    const asked = client.requestSite(pattern);
    const listed = client.request("alwaysAnnotate", { tabId });
    void (async () => {
      if (!(await asked)) return setSite((s) => (s ? { ...s, granted: false, refused: true } : s));
      const r = await listed;
      setSite((s) => (s ? { ...s, granted: r.ok, refused: !r.ok } : s));
    })();
  }, [client, url]);

  const openOptions = useCallback(() => client.openOptions(), [client]);

  return [state, { annotate, focusClaim, clear, showUnsourced, alwaysAnnotate, openOptions }, site];
}
