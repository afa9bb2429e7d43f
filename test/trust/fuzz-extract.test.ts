/**
 * Property tests of `extract`: whatever HTML string or DOM tree it is given, it returns a
 * valid PageSnapshot (src/report-schema.ts), never throws, never falls back to its
 * catch-all "could not read this page" answer, and leaves the document exactly as it was.
 */
import fc from "fast-check";
import { JSDOM, VirtualConsole } from "jsdom";
import { afterAll, describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index";
import { validateSnapshot } from "../../src/report-schema";
import { buildTree, domTree, htmlString } from "./arbitraries";
import { FUZZ_TIMEOUT, runs, tally } from "./budget";
import { KNOWN_EXTRACT_PROBLEMS } from "./known-issues";

const ran = { "HTML strings": 0, "DOM trees": 0 };
const tolerated: string[] = [];
afterAll(() => {
  console.log(tally("extract", ran));
  if (tolerated.length) console.log(`fuzz: tolerated ${tolerated.length} known extract problems (test/trust/known-issues.ts), e.g. ${tolerated[0]}`);
});

/** What a catch-all answer looks like: extract hid an exception of its own. */
const CRASHED = /^Sourcelight could not read this page/;

/** Runs extract and checks the three promises; returns the problems found. */
function extractProblems(doc: Document, url: string): string[] {
  const before = doc.documentElement?.outerHTML ?? "";
  const s = extract(doc, url);
  const problems = validateSnapshot(s);
  if (s.reason && CRASHED.test(s.reason)) problems.push(`extract crashed internally: ${s.reason}`);
  if ((doc.documentElement?.outerHTML ?? "") !== before) problems.push("the document changed");
  return problems.filter((p) => {
    const known = KNOWN_EXTRACT_PROBLEMS.some((k) => k.test(p));
    if (known) tolerated.push(p);
    return !known;
  });
}

const URLS = fc.constantFrom("https://news.example/2024/01/02/story", "file:///home/me/page.html", "about:blank", "not a url");
const jsdomUrl = (url: string) => (/^(?:https?|file|about):/.test(url) ? url : "https://x.example/");

describe("extract on random input", () => {
  it("random HTML strings → a valid snapshot, page unchanged", { timeout: FUZZ_TIMEOUT }, () => {
    fc.assert(
      fc.property(htmlString, URLS, (html, url) => {
        ran["HTML strings"]++;
        const dom = new JSDOM(html, { url: jsdomUrl(url), virtualConsole: new VirtualConsole() });
        try {
          expect(extractProblems(dom.window.document, url)).toEqual([]);
        } finally {
          dom.window.close();
        }
      }),
      runs(200),
    );
  });

  it("random DOM trees built with the DOM API → a valid snapshot, page unchanged", { timeout: FUZZ_TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.array(domTree, { minLength: 1, maxLength: 4 }), URLS, (trees, url) => {
        ran["DOM trees"]++;
        const dom = new JSDOM("<!DOCTYPE html><html><head><title>Random tree</title></head><body></body></html>", { url: jsdomUrl(url), virtualConsole: new VirtualConsole() });
        const doc = dom.window.document;
        try {
          for (const t of trees) buildTree(doc, doc.body, t);
          expect(extractProblems(doc, url)).toEqual([]);
        } finally {
          dom.window.close();
        }
      }),
      runs(150),
    );
  });
});
