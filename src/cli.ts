/**
 * `sourcelight analyze PAGE...`: the extension's two pure halves, extract and analyze,
 * run under jsdom. Every page is analysed even when an earlier one fails; failures go
 * to stderr with their reason (exit 1), bad usage exits 2.
 */
import { extract } from "./extract/index";
import { analyze } from "./analyze/index";
import { formatText } from "./format/text";
import { formatMarkdown } from "./format/markdown";
import type { Report } from "./report";
import { parseArgs, USAGE, UsageError, type CliRequest, type Format } from "./cli/args";
import { loadPage, parseDocument } from "./cli/load";

declare const __VERSION__: string;

/** Analyses one page argument into a report. */
export async function analyzePage(page: string, url: string | null, minScore: number | null): Promise<Report> {
  const loaded = await loadPage(page, url);
  const { document, close } = parseDocument(loaded);
  try {
    const snapshot = extract(document, loaded.url);
    return analyze(snapshot, minScore === null ? {} : { minScore });
  } finally {
    close();
  }
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
  const reports: Report[] = [];
  let failed = 0;
  for (const page of req.pages) {
    try {
      const report = await analyzePage(page, req.url, req.minScore);
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
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`sourcelight: internal error: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 1;
    },
  );
}
