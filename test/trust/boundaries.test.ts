/**
 * The boundaries a reader relies on: analysis makes no network request; the built bundles
 * hold no eval or string-compiled code and no remote script; the manifest keeps the browser's
 * default extension CSP and exposes nothing to web pages; no source file writes HTML from
 * strings. (The permission list itself is pinned in test/extension/manifest.test.ts.)
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { JSDOM, requestInterceptor, VirtualConsole } from "jsdom";
import { afterEach, describe, expect, it, vi } from "vitest";
import { analyze } from "../../src/analyze/index";
import { extract } from "../../src/extract/index";
import { formatMarkdown } from "../../src/format/markdown";
import { formatText } from "../../src/format/text";
import { validateReport } from "../../src/report-schema";
import { FIXTURES } from "../support/pipeline";

const ROOT = join(import.meta.dirname, "..", "..");
const SEED = readFileSync(join(FIXTURES, "seed-article", "page.html"), "utf8");
const SEED_URL = "https://peninsula-wire.example/diplomacy/north-korea-troops-russia";

/** jsdom resource options that record every request and answer it with an empty body (nothing leaves the machine). */
function recordingResources() {
  const requests: string[] = [];
  const interceptor = requestInterceptor((request: Request) => {
    requests.push(request.url);
    return new Response("", { status: 200, headers: { "content-type": "text/css" } });
  });
  return { requests, resources: { interceptors: [interceptor] } };
}
const settle = () => new Promise((r) => setTimeout(r, 100));

describe("no network during analysis", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("extract + analyze + formats on the seed page call no fetch, XHR, WebSocket or beacon, and load nothing", async () => {
    const fail = (what: string) => vi.fn(() => {
      throw new Error(`${what} called during analysis`);
    });
    const spies = { fetch: fail("fetch"), XMLHttpRequest: fail("XMLHttpRequest"), WebSocket: fail("WebSocket"), EventSource: fail("EventSource") };
    for (const [k, v] of Object.entries(spies)) vi.stubGlobal(k, v);
    const beacon = fail("sendBeacon");
    vi.stubGlobal("navigator", { ...globalThis.navigator, sendBeacon: beacon });

    // The page's own subresources (stylesheets, frames) would load with `resources`; add some,
    // so the test also shows that reading the page (and Readability's clone) requests nothing.
    const page = SEED.replace("</head>", `<link rel="stylesheet" href="https://tracker.example/style.css"><img data-src="https://tracker.example/lazy.png" src="data:,"></head>`);
    const loader = recordingResources();
    const dom = new JSDOM(page, { url: SEED_URL, resources: loader.resources, virtualConsole: new VirtualConsole() });
    await settle();
    const win = dom.window as unknown as Record<string, unknown>;
    const pageSpies = { fetch: fail("window.fetch"), XMLHttpRequest: fail("window.XMLHttpRequest"), WebSocket: fail("window.WebSocket") };
    Object.assign(win, pageSpies);
    const loadedByParsing = loader.requests.length;

    const report = analyze(extract(dom.window.document, SEED_URL));
    formatText(report);
    formatMarkdown(report);
    await settle();

    expect(report.article.found).toBe(true);
    expect(validateReport(report)).toEqual([]);
    for (const spy of [...Object.values(spies), beacon, ...Object.values(pageSpies)]) expect(spy).not.toHaveBeenCalled();
    expect(loadedByParsing, "the recorder sees the page's own stylesheet").toBeGreaterThan(0);
    expect(loader.requests.slice(loadedByParsing)).toEqual([]);
    dom.window.close();
  });
});

const bundles = (browser: string) => {
  const dir = join(ROOT, "dist", browser);
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".js")).map((f) => ({ file: `${browser}/${f}`, text: readFileSync(join(dir, f), "utf8") })) : [];
};

describe.each(["chrome", "firefox"])("dist/%s bundles", (browser) => {
  const files = bundles(browser);
  it("exist (npm test builds them first)", () => expect(files.length).toBeGreaterThanOrEqual(3));

  it("never call eval or compile code from strings", () => {
    for (const { file, text } of files) {
      // `eval` appears only as a property name (webextension-polyfill's devtools.inspectedWindow.eval metadata).
      for (const m of text.matchAll(/\beval\b/g)) {
        const around = text.slice(Math.max(0, m.index - 40), m.index + 40);
        expect(/\beval\s*:\s*\{/.test(text.slice(m.index, m.index + 12)), `${file}: …${around}…`).toBe(true);
      }
      expect(text, file).not.toMatch(/\bnew\s+Function\s*\(/);
      expect(text, file).not.toMatch(/(?<![.\w$])Function\s*\(\s*["'`]/);
      expect(text, file).not.toMatch(/\bset(?:Timeout|Interval)\s*\(\s*["'`]/);
      expect(text, file).not.toMatch(/\bimportScripts\s*\(/);
      expect(text, file).not.toMatch(/\bimport\s*\(\s*["'`]https?:/);
      expect(text, file).not.toMatch(/\bdocument\.write(?:ln)?\s*\(/);
    }
  });

  it("HTML pages load only packaged scripts and styles", () => {
    const dir = join(ROOT, "dist", browser);
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".html"))) {
      const html = readFileSync(join(dir, f), "utf8");
      for (const m of html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi)) {
        expect(m[1], `${f} loads ${m[1]}`).not.toMatch(/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i);
      }
      expect(html, f).not.toMatch(/<script\b(?![^>]*\bsrc=)[^>]*>\s*\S/i); // no inline script (the default CSP would block it anyway)
    }
  });

  it("the manifest keeps the default extension CSP and exposes nothing to web pages", () => {
    const m = JSON.parse(readFileSync(join(ROOT, "dist", browser, "manifest.json"), "utf8"));
    expect(m.content_security_policy).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.host_permissions).toBeUndefined();
    expect(m.content_scripts).toBeUndefined();
    expect(m.update_url).toBeUndefined();
  });
});

describe("source", () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (/\.(?:ts|tsx)$/.test(e.name)) files.push(join(dir, e.name));
    }
  };
  walk(join(ROOT, "src"));

  const INERT_PARSING = ["src/extract/from-html.ts", "src/background/off-page.ts", "src/offscreen/index.ts", "src/offscreen/reader.ts"];

  it("never turns strings into HTML or code", () => {
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) {
      const text = readFileSync(f, "utf8");
      const rel = f.slice(ROOT.length + 1);
      expect(text, rel).not.toMatch(/\.(?:inner|outer)HTML\s*=(?!=)|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML|createContextualFragment|srcdoc/);
      // A page's HTML is parsed, off the page, into a DOMParser document: inert (no browsing
      // context, so no script runs and nothing loads), never attached to a page of ours.
      if (!INERT_PARSING.includes(rel)) expect(text, rel).not.toMatch(/DOMParser/);
      expect(text, rel).not.toMatch(/\beval\s*\(|new\s+Function\s*\(/);
    }
  });
});
