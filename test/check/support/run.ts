/** The pipeline and "Check sources" as the CLI runs them, for the check tests. */
import { extract } from "../../../src/extract/index";
import { checkSources, type CheckOptions } from "../../../src/check/index";
import type { Report } from "../../../src/report";
import { parseHtml, runPipeline } from "../../support/pipeline";
import type { SourceServer } from "./server";

/** jsdom + extract: the CLI's parser. */
export const parse: CheckOptions["parse"] = (html, url) => extract(parseHtml(html, url), url);

/** The article's report, analysed from the page the server serves (no source is visited). */
export async function articleReport(server: SourceServer): Promise<Report> {
  const html = await (await fetch(server.articleUrl)).text();
  return runPipeline(html, server.articleUrl).report;
}

/** A fetch that records every Request it is given before sending it. */
export function recordingFetch(): { fetch: CheckOptions["fetch"]; seen: Request[] } {
  const seen: Request[] = [];
  return { seen, fetch: (request) => (seen.push(request), fetch(request)) };
}

/** Limits for loopback tests: the slow page (8 s) times out, the 20 MB page is cut at 256 kB. */
/** `r` without its slow loopback link, so a run waits for no timeout. */
export const withoutSlowLink = (r: Report): Report => ({ ...r, references: r.references.map((x) => (x.url?.includes("/slow/") ? { ...x, url: null } : x)) });

export const LIMITS = { timeoutMs: 4_000, maxBytes: 256 * 1024 } as const;

export function run(report: Report, options: Partial<CheckOptions> & Pick<CheckOptions, "fetch">): Promise<Report> {
  return checkSources(report, { parse, ...LIMITS, ...options });
}
