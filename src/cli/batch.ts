/**
 * The CLI's batch commands, wired: `analyze --warc` runs the WARC pipeline (src/batch/) with
 * the CLI bundle as the worker threads' script; `summarize` prints the per-site table.
 */
import type { WarcArgs, SummarizeArgs } from "./batch-args";
import { runWarc, clashingNames } from "../batch/run-warc";
import { summarizeFiles } from "../batch/summarize";
import { summaryCsv, summaryMarkdown } from "../batch/summary-format";

/** Runs a batch request; returns the exit code. */
export async function runBatch(req: WarcArgs | SummarizeArgs, out: NodeJS.WritableStream, err: NodeJS.WritableStream, workerScript: URL): Promise<number> {
  if (req.kind === "warc") {
    const clashes = clashingNames(req.files);
    if (clashes.length) {
      err.write(`sourcelight: these archives would write the same output: ${clashes.join("; ")}\n`);
      return 2;
    }
    return runWarc(req, { out, err, workerScript });
  }
  try {
    const summary = await summarizeFiles(req.files);
    out.write(req.csv ? summaryCsv(summary, req.top) : summaryMarkdown(summary, req.top));
    return 0;
  } catch (e) {
    err.write(`sourcelight: ${(e as Error).message}\n`);
    return 1;
  }
}
