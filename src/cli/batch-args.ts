/**
 * Arguments of the batch commands: `analyze --warc FILE...` (archives in, JSON lines out, on
 * every core) and `summarize FILE.jsonl...` (the per-site answer). Kept apart from args.ts so
 * the page command's rules stay short.
 */
import { availableParallelism } from "node:os";
import { UsageError, eachArg, checkNumber } from "./arg-walk";

export interface WarcArgs {
  kind: "warc";
  files: string[];
  jobs: number;
  out: string | null;
  minScore: number | null;
  pageTimeoutMs: number;
}

export interface SummarizeArgs {
  kind: "summarize";
  files: string[];
  csv: boolean;
  top: number;
}

export const BATCH_USAGE = `       sourcelight analyze --warc FILE.warc[.gz]... [--jobs N] [--out DIR] [--min-score N]
                           [--page-timeout S]
       sourcelight summarize FILE.jsonl... [--csv] [--top N]

  --warc          read the pages of web archives: every HTML response with status 200
                  becomes one JSON line (the report, with warcRecordId and warcFile); other
                  records are skipped and counted on stderr
  --jobs N        pages analysed at once, in worker threads (default: the machine's cores)
  --out DIR       write DIR/NAME.jsonl per archive (first as NAME.jsonl.part) and
                  NAME.stats.json; archives whose NAME.jsonl exists are not redone
  --page-timeout S  seconds one page may take before it is given up (default 120)
  summarize       per site: pages, articles, references per article, share of claims
                  sourced, warnings by code, most cited domains (Markdown, or --csv);
                  --top N domains and warning codes shown per site (default 5)`;

const DEFAULT_PAGE_TIMEOUT_S = 120;

/** `analyze --warc …` (the caller saw --warc among the arguments). */
export function parseWarcArgs(rest: string[]): WarcArgs {
  const files: string[] = [];
  let jobs = availableParallelism();
  let out: string | null = null;
  let minScore: number | null = null;
  let pageTimeoutMs = DEFAULT_PAGE_TIMEOUT_S * 1000;
  eachArg(rest, ({ arg, flag, inline, value }) => {
    if (flag === "--warc") {
      if (inline !== undefined) files.push(value());
    } else if (flag === "--jobs") jobs = checkNumber(flag, value(), 1, 256, "a whole number");
    else if (flag === "--out") out = value();
    else if (flag === "--min-score") minScore = checkNumber(flag, value(), 0, 1);
    else if (flag === "--page-timeout") pageTimeoutMs = Math.round(checkNumber(flag, value(), 0.001, 3600, "a number of seconds") * 1000);
    else if (flag === "--format") {
      if (value() !== "jsonl") throw new UsageError("--warc writes JSON lines only (--format jsonl)");
    } else if (["--url", "--check-sources", "--timeout"].includes(flag)) throw new UsageError(`${flag} does not apply to --warc`);
    else if (arg.startsWith("-")) throw new UsageError(`unknown option ${flag}`);
    else files.push(arg);
  });
  if (!Number.isInteger(jobs)) throw new UsageError(`--jobs must be a whole number, got "${jobs}"`);
  if (files.length === 0) throw new UsageError("--warc needs at least one WARC file");
  return { kind: "warc", files, jobs, out, minScore, pageTimeoutMs };
}

/** `summarize FILE.jsonl…`. */
export function parseSummarizeArgs(rest: string[]): SummarizeArgs {
  const files: string[] = [];
  let csv = false;
  let top = 5;
  eachArg(rest, ({ arg, flag, inline, value }) => {
    if (flag === "--csv" && inline === undefined) csv = true;
    else if (flag === "--top") top = checkNumber(flag, value(), 1, 100, "a whole number");
    else if (arg.startsWith("-")) throw new UsageError(`unknown option ${flag}`);
    else files.push(arg);
  });
  if (!Number.isInteger(top)) throw new UsageError(`--top must be a whole number, got "${top}"`);
  if (files.length === 0) throw new UsageError("summarize needs at least one JSONL file");
  return { kind: "summarize", files, csv, top };
}
