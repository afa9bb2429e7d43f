/**
 * One "Check sources" run as the popup drives it, after the click has asked for the links'
 * sites (part of the check chunk, see use-check.ts): has the background visit the links and
 * turns its answer, or the reader's refusal, into the popup's check state.
 */
import type { Report } from "../report";
import type { PopupClient } from "./client";
import type { CheckState } from "./use-check";

type SetCheck = (update: (s: CheckState) => CheckState) => void;

/**
 * Runs the check of `base` for the tab; `asked` is the permission request the click made.
 * Progress reaches the popup through useCheck's listener, which also joins automatic runs.
 */
export async function runCheck(client: PopupClient, base: Report, asked: Promise<boolean>, knownTab: number | null, setState: SetCheck): Promise<void> {
  const tabId = knownTab ?? (await client.tabId());
  if (tabId === null) return setState(() => ({ kind: "error", error: { code: "no-tab", message: "There is no tab to check." } }));
  void asked.then((granted) => {
    if (granted) return;
    setState(() => ({ kind: "refused" }));
    void client.request("cancelCheck", { tabId });
  });
  await followCheck(client, tabId, base, setState);
}

/** Waits for the tab's run (a new one, or the one in progress, which the request joins) and shows its answer. */
export async function followCheck(client: PopupClient, tabId: number, base: Report, setState: SetCheck): Promise<void> {
  const r = await client.request("checkSources", { tabId });
  setState((s) => (s.kind === "refused" ? s : r.ok ? { kind: "done", base, report: r.value.report } : { kind: "error", error: r.error }));
}
