/** Runs a page through the real pipeline (jsdom → extract → analyze), as the CLI does. */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { extract } from "../../src/extract/index";
import { analyze } from "../../src/analyze/index";
import type { AnalyzeOptions, PageSnapshot, Report } from "../../src/report";
import type { Expected } from "./expectations";

export const FIXTURES = join(import.meta.dirname, "..", "fixtures");

/** Parses HTML at `url` into a jsdom Document (scripts never run). */
export function parseHtml(html: string, url: string): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

/** extract + analyze on an HTML string. */
export function runPipeline(html: string, url: string, options?: AnalyzeOptions): { snapshot: PageSnapshot; report: Report } {
  const snapshot = extract(parseHtml(html, url), url);
  return { snapshot, report: analyze(snapshot, options) };
}

export interface Fixture {
  slug: string;
  dir: string;
  html: string;
  expected: Expected & { url: string };
}

/** Every fixture folder under `root` that has page.html and expected.json. */
export function loadFixtures(root = FIXTURES): Fixture[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, "page.html")) && existsSync(join(root, d.name, "expected.json")))
    .map((d) => {
      const dir = join(root, d.name);
      const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8"));
      return { slug: d.name, dir, html: readFileSync(join(dir, "page.html"), "utf8"), expected: { url: `https://${d.name}.example/`, ...expected } };
    });
}
