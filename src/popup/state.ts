/**
 * What the popup shows, as one value: the states a reader can meet, derived from the
 * background's answers. Pure, so each state can be rendered and tested on its own.
 */
import type { DrawResult, Progress, ProtocolError, Reply, Stage, TabState } from "../messages";
import type { Report } from "../report";

export type PopupState =
  | { kind: "loading" }
  | { kind: "idle" }
  | { kind: "working"; stage: Stage; progress?: Progress }
  | { kind: "no-article"; reason: string | null }
  | { kind: "error"; error: ProtocolError }
  | { kind: "report"; report: Report; drawn: DrawResult | null; unsaved?: boolean };

/** The state for a finished report (an article-less report is its own state); `unsaved`: storage could not hold it. */
export function fromReport(report: Report, drawn: DrawResult | null, unsaved = false): PopupState {
  if (!report.article.found) return { kind: "no-article", reason: report.article.reason ?? null };
  return unsaved ? { kind: "report", report, drawn, unsaved } : { kind: "report", report, drawn };
}

/** The state for the background's answer to `getState`. */
export function fromTabState(reply: Reply<TabState>): PopupState {
  if (!reply.ok) return { kind: "error", error: reply.error };
  const s = reply.value;
  if (s.status === "working") return s.progress ? { kind: "working", stage: s.stage, progress: s.progress } : { kind: "working", stage: s.stage };
  if (s.status === "done") return fromReport(s.report, s.drawn, s.unsaved === true);
  return { kind: "idle" };
}

/** The state for the background's answer to `annotate`. */
export function fromAnnotate(reply: Reply<{ report: Report; drawn: DrawResult | null; unsaved?: true }>): PopupState {
  return reply.ok ? fromReport(reply.value.report, reply.value.drawn, reply.value.unsaved === true) : { kind: "error", error: reply.error };
}
