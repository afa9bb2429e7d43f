/** PageSnapshot → Report. Placeholder until the analyze module lands. */
import type { AnalyzeOptions, PageSnapshot, Report } from "../report";

/** Parses references, splits claims, links them, runs the checks and picks summary points. */
export function analyze(snapshot: PageSnapshot, options: AnalyzeOptions = {}): Report {
  void snapshot;
  void options;
  throw new Error("analyze: not implemented yet");
}
