/**
 * Command-line arguments of `sourcelight`, parsed into a typed request or a usage error.
 * Kept apart from the I/O so every rule is testable without running anything.
 */
import { UsageError, eachArg } from "./arg-walk";
import { parseSummarizeArgs, parseWarcArgs, BATCH_USAGE, type SummarizeArgs, type WarcArgs } from "./batch-args";

export type Format = "json" | "jsonl" | "text" | "markdown";
const FORMATS: readonly Format[] = ["json", "jsonl", "text", "markdown"];

export type CliRequest =
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "analyze"; pages: string[]; url: string | null; format: Format; minScore: number | null; checkSources: boolean; timeoutMs: number | null }
  | WarcArgs
  | SummarizeArgs;

export { UsageError };

export const USAGE = `Usage: sourcelight analyze PAGE... [--url URL] [--format json|jsonl|text|markdown] [--min-score N]
                           [--check-sources [--timeout S]]

  PAGE            an HTML file or an http(s) URL; several may be given
  --url URL       the address the (single) file was saved from, to resolve its links
  --format F      json (default; an array when several pages), jsonl (one report a line),
                  text, or markdown
  --min-score N   keep claim→source links scoring at least N (0..1)
  --check-sources visit every cited http(s) link (4 at a time, no cookies) and add what it
                  leads to now and whether it says what the claim says; without this flag
                  nothing but PAGE itself is fetched
  --timeout S     seconds to wait for each cited link (default 10; with --check-sources);
                  time spent reading other pages does not count

${BATCH_USAGE}

Exit status: 0 all pages analysed, 1 a page failed (its reason is on stderr; with --warc, in its
error line) or an archive could not be read, 2 bad usage.`;

/** Parses argv (without node and script) into a request; throws UsageError on bad usage. */
export function parseArgs(argv: string[]): CliRequest {
  if (argv.length === 0 || argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help") return { kind: "help" };
  if (argv[0] === "--version" || argv[0] === "-v") return { kind: "version" };
  const [command, ...rest] = argv;
  if (command === "summarize") return parseSummarizeArgs(rest);
  if (command !== "analyze") throw new UsageError(`unknown command "${command}"`);
  if (rest.some((a) => a === "--warc" || a.startsWith("--warc="))) return parseWarcArgs(rest);
  const pages: string[] = [];
  let url: string | null = null;
  let format: Format = "json";
  let minScore: number | null = null;
  let checkSources = false;
  let timeoutMs: number | null = null;
  let help = false;
  eachArg(rest, ({ arg, flag, inline, value }) => {
    if (flag === "--url") url = checkUrl(value());
    else if (flag === "--format") format = checkFormat(value());
    else if (flag === "--min-score") minScore = checkScore(value());
    else if (flag === "--check-sources" && inline === undefined) checkSources = true;
    else if (flag === "--timeout") timeoutMs = checkTimeout(value());
    else if (flag === "--help" || flag === "-h") help = true;
    else if (arg.startsWith("-") && arg !== "-") throw new UsageError(`unknown option ${flag}`);
    else pages.push(arg);
  });
  if (help) return { kind: "help" };
  if (pages.length === 0) throw new UsageError("analyze needs at least one PAGE");
  if (url !== null && pages.length > 1) throw new UsageError("--url applies to a single PAGE");
  if (timeoutMs !== null && !checkSources) throw new UsageError("--timeout applies to --check-sources");
  return { kind: "analyze", pages, url, format, minScore, checkSources, timeoutMs };
}

function checkUrl(v: string): string {
  try {
    const u = new URL(v);
    if (u.protocol === "http:" || u.protocol === "https:" || u.protocol === "file:") return u.href;
  } catch {
    /* fall through to the usage error */
  }
  throw new UsageError(`--url must be an absolute http(s) URL, got "${v}"`);
}

function checkFormat(v: string): Format {
  if ((FORMATS as readonly string[]).includes(v)) return v as Format;
  throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, got "${v}"`);
}

function checkScore(v: string): number {
  const n = Number(v);
  if (Number.isFinite(n) && n >= 0 && n <= 1) return n;
  throw new UsageError(`--min-score must be a number from 0 to 1, got "${v}"`);
}

function checkTimeout(v: string): number {
  const n = Number(v);
  if (Number.isFinite(n) && n > 0 && n <= 120) return Math.round(n * 1000);
  throw new UsageError(`--timeout must be a number of seconds from 0 to 120, got "${v}"`);
}
