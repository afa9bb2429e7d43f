/**
 * `sourcelight analyze PAGE...`: the extension's two pure halves, extract and analyze,
 * run under jsdom. Every page is analysed even when an earlier one fails; failures go
 * to stderr with their reason (exit 1), bad usage exits 2. `--check-sources` then visits
 * the cited links (src/check/), the only fetching besides PAGE itself. `analyze --warc` and
 * `summarize` are the batch commands (src/cli/batch.ts, src/batch/).
 */
import { analyze } from "./analyze/index";
import { formatText } from "./format/text";
import { formatMarkdown } from "./format/markdown";
import type { Report } from "./report";
import { parseArgs, USAGE, UsageError, type CliRequest, type Format } from "./cli/args";
import { loadPage, parseSnapshot } from "./cli/load";
import { checkSources, MemoryCache, type CheckCache } from "./check/index";
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { runBatch } from "./cli/batch";
import { isWorkerSetup, serveWorker } from "./batch/worker";

declare const __VERSION__: string;

/** Analyses one page argument into a report; `onNote` hears what had to be worked around (a CSS parse failure). */
export async function analyzePage(page: string, url: string | null, minScore: number | null, onNote?: (message: string) => void): Promise<Report> {
  const loaded = await loadPage(page, url);
  return analyze(parseSnapshot(loaded.html, loaded.url, onNote), minScore === null ? {} : { minScore });
}

/** Adds what the cited links lead to now ("Check sources"); progress goes to a terminal's stderr only. */
export function checkReport(report: Report, cache: CheckCache, timeoutMs: number | null, err: NodeJS.WritableStream & { isTTY?: boolean }): Promise<Report> {
  const onProgress = err.isTTY ? ({ done, total }: { done: number; total: number }) => err.write(`\rsourcelight: checked ${done} of ${total} sources${done === total ? "\n" : ""}`) : undefined;
  return checkSources(report, { fetch: (request) => fetch(request), parse: parseSnapshot, cache, onProgress, ...(timeoutMs === null ? {} : { timeoutMs }) });
}

function render(reports: Report[], format: Format, many: boolean): string {
  switch (format) {
    case "jsonl":
      return reports.map((r) => JSON.stringify(r)).join("\n") + (reports.length ? "\n" : "");
    case "text":
      return reports.map(formatText).join("\n");
    case "markdown":
      return reports.map(formatMarkdown).join("\n---\n\n");
    default:
      return JSON.stringify(many ? reports : reports[0] ?? null, null, 2) + "\n";
  }
}

/** Runs the CLI; returns the exit code instead of exiting, so tests can call it. */
export async function main(argv: string[], out = process.stdout, err = process.stderr): Promise<number> {
  let req: CliRequest;
  try {
    req = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err.write(`sourcelight: ${e.message}\n${USAGE}\n`);
    return 2;
  }
  if (req.kind === "help") {
    out.write(USAGE + "\n");
    return 0;
  }
  if (req.kind === "version") {
    out.write(`${typeof __VERSION__ === "string" ? __VERSION__ : "dev"}\n`);
    return 0;
  }
  if (req.kind === "warc" || req.kind === "summarize") return runBatch(req, out, err, new URL(import.meta.url));
  const reports: Report[] = [];
  const cache = new MemoryCache();
  let failed = 0;
  for (const page of req.pages) {
    try {
      const analysed = await analyzePage(page, req.url, req.minScore, (note) => err.write(`sourcelight: ${page}: ${note}\n`));
      const report = req.checkSources ? await checkReport(analysed, cache, req.timeoutMs, err) : analysed;
      reports.push(report);
      if (req.format === "jsonl") out.write(render([report], "jsonl", false));
    } catch (e) {
      failed++;
      err.write(`sourcelight: ${page}: ${(e as Error).message}\n`);
    }
  }
  if (req.format !== "jsonl" && reports.length) out.write(render(reports, req.format, req.pages.length > 1));
  return failed ? 1 : 0;
}

const invokedDirectly = typeof process !== "undefined" && process.argv[1] && /sourcelight(\.mjs)?$|cli\.(ts|mjs|js)$/.test(process.argv[1]);
// `--jobs`: this bundle is also the worker threads' script (they see the same argv).
if (!isMainThread && isWorkerSetup(workerData) && parentPort) serveWorker(parentPort, workerData);
else if (invokedDirectly && isMainThread) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
      // Done once the output is out: a cited site that never answered must not hold the process open.
      process.stdout.write("", () => process.exit(code));
    },
    (e) => {
      process.stderr.write(`sourcelight: internal error: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 1;
    },
  );
}
