/**
 * The popup's "Check sources" state: asks for the links' host permissions inside the click,
 * then has the background visit them and follows its progress (run-check.ts, loaded with the
 * check chunk); stop cancels the run.
 */
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import { originPatterns } from "../check/permissions";
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
  /** Call from the click handler itself: the permission request needs the click. */
  start(): void;
  cancel(): void;
}

/** "Check sources" for `report` (the popup's current report, or null). */
export function useCheck(client: PopupClient, report: Report | null): CheckControls {
  const [state, setState] = useState<CheckState>({ kind: "idle" });
  const tab = useRef<number | null>(null);

  useEffect(() => {
    let live = true;
    void client.tabId().then((id) => {
      if (live) tab.current = id;
    });
    return () => {
      live = false;
    };
  }, [client]);

  const start = useCallback(() => {
    if (!report || !client.requestOrigins) return;
    const base = report;
    // First thing in the click: Firefox grants permissions only inside the click's own task.
    const asked = client.requestOrigins(originPatterns(base));
    setState({ kind: "running", progress: null });
    // Sent at once, not after the answer: Chrome closes the popup when its prompt opens, and
    // the background waits for the grant itself. The run's code is in the check chunk.
    loadCheckUi().then(
      ({ runCheck }) => runCheck(client, base, asked, tab.current, setState),
      (e: unknown) => setState(() => ({ kind: "error", error: { code: "internal", message: String(e) } })),
    );
  }, [client, report]);

  const cancel = useCallback(() => {
    if (tab.current !== null) void client.request("cancelCheck", { tabId: tab.current });
  }, [client]);

  return { state, start, cancel };
}

/** The report to show: the checked one while it belongs to the report on screen. */
export function withChecked(report: Report, check: CheckState): Report {
  return check.kind === "done" && check.base === report ? check.report : report;
}
