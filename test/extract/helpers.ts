/** Test helpers for the extractor: build a jsdom document, load a fixture folder. */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { JSDOM, VirtualConsole } from "jsdom";

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures");

/** A jsdom Document for `html` at `url` (CSS parse noise silenced). */
export function page(html: string, url = "https://example.org/post"): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

/** An article page around `body` with enough prose to count as an article. */
export function article(body: string, head = "", url = "https://example.org/post"): Document {
  const filler = "<p>This filler paragraph exists so that the page holds enough running prose for the extractor to treat it as a real article rather than a stub, and it says nothing else of interest.</p>";
  return page(`<!DOCTYPE html><html lang="en"><head><title>Test page</title>${head}</head><body><main><article><h1>Test page</h1>${filler}${filler}${body}</article></main></body></html>`, url);
}

export interface Expected {
  url: string;
  article?: { found?: boolean; reasonIncludes?: string; titleIncludes?: string; published?: string; textIncludes?: string[]; textExcludes?: string[] };
  referenceCount?: number;
  references?: { label?: string; urlIncludes?: string; titleIncludes?: string; role?: string }[];
  /** Links in the body (by a part of their href) that must not become references. */
  linksNotCited?: string[];
  source?: { urlIncludes: string };
}

/** Fixture folders of the extractor (test/fixtures/extract-*), with page and expectations. */
export function extractFixtures(): { slug: string; html: string; expected: Expected }[] {
  return readdirSync(FIXTURES)
    .filter((slug) => slug.startsWith("extract-") && existsSync(join(FIXTURES, slug, "expected.json")))
    .map((slug) => ({
      slug,
      html: readFileSync(join(FIXTURES, slug, "page.html"), "utf8"),
      expected: JSON.parse(readFileSync(join(FIXTURES, slug, "expected.json"), "utf8")) as Expected,
    }));
}

/** Lowercased, quote- and space-normalised text for substring checks (as the scorer does). */
export function norm(s: string | null | undefined): string {
  return String(s ?? "")
    .normalize("NFKC")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}
