/**
 * The unit of work a worker thread does: one archived page in, one JSON line out (the report
 * with `warcRecordId` and `warcFile`, or `{url, warcRecordId, warcFile, error}`). The same
 * function runs inline, so a worker adds threads, never different answers.
 */
import { analyze } from "../analyze/index";
import { parseSnapshot } from "../cli/load";

export interface PageTask {
  url: string;
  html: string;
  warcRecordId: string | null;
  warcFile: string;
}

export interface PageResult {
  line: string;
  failed: boolean;
}

/** Analyses one page into its output line; a failure becomes an error line, never a throw. */
export function analyzeTask(task: PageTask, minScore: number | null): PageResult {
  const { url, warcRecordId, warcFile } = task;
  try {
    const report = analyze(parseSnapshot(task.html, url), minScore === null ? {} : { minScore });
    return { line: JSON.stringify({ ...report, warcRecordId, warcFile }), failed: false };
  } catch (e) {
    return errorLine(task, (e as Error)?.message ?? String(e));
  }
}

/** The line of a page that could not be analysed. */
export function errorLine(task: Omit<PageTask, "html">, error: string): PageResult {
  return { line: JSON.stringify({ url: task.url, warcRecordId: task.warcRecordId, warcFile: task.warcFile, error }), failed: true };
}
