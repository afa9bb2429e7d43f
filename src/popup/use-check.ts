/**
 * The popup's "Check sources" state: asks for the links' host permissions inside the click,
 * then has the background visit them (run-check.ts, loaded with the check chunk), following its
 * progress; stop cancels the run. A run the background started on its own (the automatic
 * check) is joined when its progress arrives; where the automatic check is on but could not
 * run, `autoBlocked` says so.
 */
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import { originPatterns } from "../check/permissions";
import { siteListed } from "../platform/settings";
import type { Progress, ProtocolError } from "../messages";
import type { Report } from "../report";
import { loadCheckUi } from "./check-chunk";
import type { PopupClient } from "./client";

export type CheckState =
  | { kind: "idle" }
  | { kind: "running"; progress: Progress | null }
  | { kind: "refused" }
  /** `base` is the report the check started from; `report` the checked one. */
  | { kind: "done"; base: Report; report: Report }
  | { kind: "error"; error: ProtocolError };

export interface CheckControls {
  state: CheckState;
  /** The site is checked automatically, but the cited sites are not granted: this page was not checked. */
  autoBlocked?: boolean;
  /** Call from the click handler itself: the permission request needs the click. */
  start(): void;
  cancel(): void;
}

/** "Check sources" for `report` (the popup's current report, or null). */
export function useCheck(client: PopupClient, report: Report | null): CheckControls {
  const [state, setState] = useState<CheckState>({ kind: "idle" });
  const [autoBlocked, setAutoBlocked] = useState(false);
  const current = useRef(state);
  current.current = state;
  const tab = useRef<number | null>(null);
  const shown = useRef(report);
  shown.current = report;

  /** Puts a failure to load the check chunk on screen. */
  const chunkFailed = useCallback((e: unknown) => setState({ kind: "error", error: { code: "internal", message: String(e) } }), []);

  useEffect(() => {
    let live = true;
    void client.tabId().then((id) => {
      if (live) tab.current = id;
    });
    const off = client.onCheckProgress?.((tabId, progress) => {
      if (!live || tabId !== tab.current) return;
      const base = shown.current;
      const was = current.current.kind;
      // A run this popup did not start (the automatic check) is joined.
      if (was !== "running" && !(was === "idle" && base)) return;
      current.current = { kind: "running", progress };
      setState(current.current);
      if (was === "idle" && base) loadCheckUi().then(({ followCheck }) => followCheck(client, tabId, base, setState), chunkFailed);
    });
    return () => {
      live = false;
      off?.();
    };
  }, [client, chunkFailed]);

  useEffect(() => {
    setAutoBlocked(false);
    if (!report || report.references.some((r) => r.live) || !client.originsGranted) return;
    let live = true;
    const origins = originPatterns(report);
    void (async () => {
      const settings = await client.settings();
      if (!origins.length || !siteListed(settings.autoCheckSites, report.url)) return;
      const granted = await client.originsGranted?.(origins);
      if (live) setAutoBlocked(granted === false);
    })().catch(() => undefined);
    return () => {
      live = false;
    };
  }, [client, report]);

  const start = useCallback(() => {
    if (!report || !client.requestOrigins) return;
    const base = report;
    // First thing in the click: Firefox grants permissions only inside the click's own task.
    const asked = client.requestOrigins(originPatterns(base));
    setState({ kind: "running", progress: null });
    void asked.then((granted) => granted && setAutoBlocked(false));
    // Sent at once, not after the answer: Chrome closes the popup when its prompt opens, and
    // the background waits for the grant itself. The run's code is in the check chunk.
    loadCheckUi().then(({ runCheck }) => runCheck(client, base, asked, tab.current, setState), chunkFailed);
  }, [client, report, chunkFailed]);

  const cancel = useCallback(() => {
    if (tab.current !== null) void client.request("cancelCheck", { tabId: tab.current });
  }, [client]);

  return { state, autoBlocked, start, cancel };
}

/** The report to show: the checked one while it belongs to the report on screen. */
export function withChecked(report: Report, check: CheckState): Report {
  return check.kind === "done" && check.base === report ? check.report : report;
}
