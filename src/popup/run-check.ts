/**
 * One "Check sources" run as the popup drives it, after the click has asked for the links'
 * sites (part of the check chunk, see use-check.ts): has the background visit the links,
 * follows its progress, and turns its answer, or the reader's refusal, into the popup's check state.
 */
import type { Report } from "../report";
import type { PopupClient } from "./client";
import type { CheckState } from "./use-check";

/** Runs the check of `base` for the tab; `asked` is the permission request the click made. */
export async function runCheck(client: PopupClient, base: Report, asked: Promise<boolean>, knownTab: number | null, setState: (update: (s: CheckState) => CheckState) => void): Promise<void> {
  const tabId = knownTab ?? (await client.tabId());
  if (tabId === null) return setState(() => ({ kind: "error", error: { code: "no-tab", message: "There is no tab to check." } }));
  void asked.then((granted) => {
    if (granted) return;
    setState(() => ({ kind: "refused" }));
    void client.request("cancelCheck", { tabId });
  });
  const off = client.onCheckProgress?.((id, progress) => {
    if (id === tabId) setState((s) => (s.kind === "running" ? { kind: "running", progress } : s));
  });
  try {
    const r = await client.request("checkSources", { tabId });
    setState((s) => (s.kind === "refused" ? s : r.ok ? { kind: "done", base, report: r.value.report } : { kind: "error", error: r.error }));
  } finally {
    off?.();
  }
}
