/**
 * Hostile pages: reference text that looks like markup stays text in the report and every
 * export; links with schemes that run code are flagged `url-unsafe` and never offered to
 * open; page scripts that replace built-ins or DOM methods, DOM clobbering and frames do
 * not break extract or leak into its result. Every page here is written for this test.
 */
import { JSDOM, VirtualConsole } from "jsdom";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index";
import { extract } from "../../src/extract/index";
import { formatMarkdown } from "../../src/format/markdown";
import { formatText } from "../../src/format/text";
import { openableUrl } from "../../src/popup/safe-url";
import { validateReport, validateSnapshot } from "../../src/report-schema";
import type { PageSnapshot } from "../../src/report";
import { parseHtml, runPipeline } from "../support/pipeline";
import { rawHtmlInMarkdown } from "./markdown-safety";

const URL_ = "https://hostile.example/2024/05/story";
const FILLER =
  "<p>This paragraph is ordinary prose, long enough for the extractor to treat the page as an article, and it says nothing of interest beyond that.</p>";

/** An article with numbered markers [1..n] and a reference list of `entries` (inner HTML of each li). */
function articleWith(entries: string[], extraBody = ""): string {
  const claims = entries.map((_, i) => `<p>Claim number ${i + 1} was reported by the outlet in question.<sup class="reference"><a href="#cite_note-${i + 1}">[${i + 1}]</a></sup></p>`);
  const list = entries.map((e, i) => `<li id="cite_note-${i + 1}"><span class="reference-text">${e}</span></li>`);
  return `<!DOCTYPE html><html lang="en"><head><title>Hostile story</title></head><body><main><article><h1>Hostile story</h1>${FILLER}${FILLER}${claims.join("")}${extraBody}<h2>References</h2><ol class="references">${list.join("")}</ol></article></main></body></html>`;
}

describe("reference text that looks like markup stays text", () => {
  const PAYLOADS = ["<img src=x onerror=alert(1)>", "<script>alert(document.cookie)</script>", "<a href=\"javascript:alert(1)\">click</a>", "[click](javascript:alert(1))", "<!--", "</textarea><svg onload=alert(1)>"];
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const html = articleWith(
    PAYLOADS.map((p, i) => `Writer ${i}, "A title with ${escape(p)} inside", Example Times, 2020. <a href="https://times.example/2020/a-title-${i}">link</a>`),
    `<p>A sentence quoting ${escape(PAYLOADS[0]!)} in the body, as the Example Times reported.</p>`,
  );
  const { snapshot, report } = runPipeline(html, URL_);

  it("the snapshot and the report are valid and keep each payload as literal text", () => {
    expect(validateSnapshot(snapshot)).toEqual([]);
    expect(validateReport(report)).toEqual([]);
    expect(report.references).toHaveLength(PAYLOADS.length);
    PAYLOADS.forEach((p, i) => expect(report.references[i]!.raw).toContain(p));
    expect(report.article.text).toContain(PAYLOADS[0]);
  });

  it("the JSON export round-trips every payload as a string, never as structure", () => {
    const back = JSON.parse(JSON.stringify(report)) as typeof report;
    expect(back).toEqual(report);
    PAYLOADS.forEach((p, i) => expect(back.references[i]!.raw).toContain(p));
  });

  it("the Markdown export escapes every payload: no raw HTML, no link made from page text", () => {
    const md = formatMarkdown(report);
    expect(rawHtmlInMarkdown(md)).toEqual([]);
    expect(md).not.toContain("](javascript:");
    expect(md).toContain("\\<img src=x onerror=alert\\(1\\)\\>");
  });

  it("the text format prints the payloads as they are (plain text has no markup to escape)", () => {
    const text = formatText(report);
    expect(text).toContain("<script>alert(document.cookie)</script>");
  });

  it("markup in the page (not text) never reaches the report as markup", () => {
    const live = articleWith([`Writer, "Title <img src=x onerror=alert(1)><script>alert(1)</script>", Example Times, 2020.`]);
    const r = runPipeline(live, URL_).report;
    expect(r.references[0]!.raw).not.toMatch(/<img|<script|onerror/);
    expect(JSON.stringify(r)).not.toMatch(/onerror=alert/);
  });
});

describe("links that run code or read local data", () => {
  const SCHEMES: [string, string][] = [
    ["javascript:", "javascript:alert(1)"],
    ["mixed-case javascript:", "JaVaScRiPt:alert(1)"],
    ["javascript: with a tab inside", "java&#9;script:alert(1)"],
    ["javascript: with leading spaces", "   javascript:alert(1)"],
    ["entity-encoded javascript:", "&#106;avascript:alert(1)"],
    ["data:", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="],
    ["vbscript:", "vbscript:msgbox(1)"],
    ["file:", "file:///etc/passwd"],
    ["blob:", "blob:https://hostile.example/0b1c"],
  ];
  const html = articleWith(SCHEMES.map(([name], i) => `Author ${i}, <a href="${SCHEMES[i]![1]}">"Report on ${name} number ${i}"</a>, Example Wire, 2021.`));
  const { report } = runPipeline(html, URL_);

  it.each(SCHEMES.map(([name], i) => [name, i] as const))("%s is flagged url-unsafe and is not openable", (_name, i) => {
    const ref = report.references[i]!;
    expect(ref.checks.map((c) => c.code)).toContain("url-unsafe");
    expect(ref.checks.find((c) => c.code === "url-unsafe")!.severity).toBe("error");
    expect(openableUrl(ref)).toBeNull();
  });

  it("the Markdown export never makes them links", () => {
    const md = formatMarkdown(report);
    expect(md).not.toMatch(/<(?:javascript|data|vbscript|file|blob):/i);
    expect(md).not.toMatch(/\]\((?:javascript|data|vbscript|file|blob):/i);
  });

  it("analyze flags them however the snapshot spells them", () => {
    const hrefs = ["javascript:alert(1)", "\u0000javascript:alert(1)", " \tJAVASCRIPT:alert(1)", "data:,x", "vbscript:x", "file:///c:/windows", "view-source:https://x.example"];
    const snap: PageSnapshot = {
      snapshotVersion: 1, url: URL_, found: true, reason: null, title: "T", byline: null, published: null, siteName: null, lang: "en", description: null, metaOrigin: {},
      blocks: [{ id: "b0", kind: "paragraph", text: "A claim.", markers: [], links: [] }], keyPoints: [],
      references: hrefs.map((href, i) => ({ id: `r${i + 1}`, label: String(i + 1), kind: "list" as const, raw: `Source ${i}`, links: [{ href, text: "link" }], hints: { italic: [] } })),
      source: null, stats: { elements: 10, truncated: false },
    };
    const r = analyze(snap);
    for (const ref of r.references) expect(ref.checks.map((c) => c.code), ref.url ?? "").toContain("url-unsafe");
  });
});

/** A jsdom window whose page scripts run in their own realm, as a page's do. */
function pageWithScripts(html: string): JSDOM {
  return new JSDOM(html, { url: URL_, runScripts: "outside-only", virtualConsole: new VirtualConsole() });
}

describe("pages that overwrite globals and prototypes", () => {
  const html = articleWith([`Writer, "A study of things", Example Times, 2020. <a href="https://times.example/2020/a-study-of-things">link</a>`]);
  const clean = extract(parseHtml(html, URL_), URL_);

  it("the clean page is an article with one reference (the baseline)", () => {
    expect(clean.found).toBe(true);
    expect(clean.references).toHaveLength(1);
  });

  const BUILTINS: [string, string][] = [
    ["Array.prototype methods", "for (const k of ['map','filter','forEach','some','every','find','includes','push','slice','join','indexOf']) Array.prototype[k] = function () { throw new Error('page ' + k); };"],
    ["Array iteration", "Array.prototype[Symbol.iterator] = function* () { throw new Error('page iterator'); };"],
    ["Object and JSON", "Object.keys = () => { throw new Error('keys'); }; Object.assign = () => ({}); JSON.parse = () => ({ hacked: true }); JSON.stringify = () => '{}';"],
    ["String and RegExp", "String.prototype.trim = () => 'hacked'; String.prototype.replace = () => 'hacked'; RegExp.prototype.exec = () => null; RegExp.prototype.test = () => true;"],
    ["Function.prototype and Promise", "Function.prototype.call = () => { throw new Error('call'); }; Function.prototype.apply = () => { throw new Error('apply'); }; window.Promise = null;"],
    ["Object.prototype polluted", "Object.prototype.found = false; Object.prototype.kind = 'x'; Object.prototype.ref = 'r99'; Object.defineProperty(Object.prototype, 'then', { get() { throw new Error('then'); } });"],
    ["String and Array methods our code calls", "for (const k of ['split','slice','toLowerCase','startsWith','includes','normalize','padStart','charAt']) String.prototype[k] = () => { throw new Error('page ' + k); }; for (const k of ['sort','concat','flatMap','unshift','splice','at','some']) Array.prototype[k] = () => { throw new Error('page ' + k); };"],
    ["window globals", "window.URL = function () { throw new Error('URL'); }; window.Intl = undefined; window.Map = null; window.Set = null; window.fetch = () => { throw new Error('fetch'); };"],
  ];
  it.each(BUILTINS)("%s replaced in the page's realm: same snapshot as the clean page", (_name, script) => {
    const dom = pageWithScripts(html);
    dom.window.eval(script);
    const before = dom.window.document.documentElement.outerHTML;
    const s = extract(dom.window.document, URL_);
    expect(s).toEqual(clean);
    expect(dom.window.document.documentElement.outerHTML).toBe(before);
    dom.window.close();
  });

  // In a browser the content script's isolated world sees pristine DOM methods; jsdom has no
  // isolated worlds, so this is harsher than reality: extract may give up, but it answers.
  const DOM_METHODS: [string, string][] = [
    ["getAttribute throws", "Element.prototype.getAttribute = function () { throw new Error('page getAttribute'); };"],
    ["querySelectorAll returns junk", "Element.prototype.querySelectorAll = Document.prototype.querySelectorAll = function () { return [42, null, 'x']; };"],
    ["textContent getter throws", "Object.defineProperty(Node.prototype, 'textContent', { get() { throw new Error('page textContent'); } });"],
    ["cloneNode returns the same node", "Node.prototype.cloneNode = function () { return this; };"],
    ["createTreeWalker throws", "Document.prototype.createTreeWalker = function () { throw new Error('page walker'); };"],
    ["children getter returns null", "Object.defineProperty(Element.prototype, 'children', { get() { return null; } });"],
  ];
  it.each(DOM_METHODS)("DOM method replaced (%s): extract answers with a valid snapshot, never throws", (_name, script) => {
    const dom = pageWithScripts(html);
    dom.window.eval(script);
    const doc = dom.window.document;
    let s: PageSnapshot | undefined;
    expect(() => (s = extract(doc, URL_))).not.toThrow();
    expect(validateSnapshot(s)).toEqual([]);
    expect(validateReport(analyze(s!))).toEqual([]);
    dom.window.close();
  });

  // Readability iterates the page's NodeLists, so it throws here and its guesses (the
  // description) are lost; our own walk uses sibling pointers and finds the same article.
  it("DOM collections' iteration replaced in the page's realm: the same article and references", () => {
    const dom = pageWithScripts(html);
    dom.window.eval("NodeList.prototype[Symbol.iterator] = HTMLCollection.prototype[Symbol.iterator] = function* () { throw new Error('page collection'); }; NodeList.prototype.forEach = () => { throw new Error('page forEach'); };");
    const s = extract(dom.window.document, URL_);
    expect(validateSnapshot(s)).toEqual([]);
    expect(s.found).toBe(true);
    expect(s.blocks).toEqual(clean.blocks);
    expect(s.references).toEqual(clean.references);
    dom.window.close();
  });

  it("DOM clobbering (forms and ids named like document properties) does not break extract", () => {
    const clobbered = html.replace(
      "<main>",
      `<form name="body"><input name="nodeName"><input name="attributes"><input name="parentNode"></form><img name="documentElement"><img name="getElementById"><img name="querySelectorAll"><a id="location" href="javascript:x">x</a><form id="cloneNode"></form><embed name="title"><main>`,
    );
    const doc = parseHtml(clobbered, URL_);
    const before = doc.documentElement.outerHTML;
    const s = extract(doc, URL_);
    expect(validateSnapshot(s)).toEqual([]);
    expect(s.found).toBe(true);
    expect(s.references.map((r) => r.raw)).toEqual(clean.references.map((r) => r.raw));
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe("frames", () => {
  it("extract reads only the document it is given, never a frame's", () => {
    const html = articleWith([`Writer, "Top-level source", Example Times, 2020.`], `<iframe id="f"></iframe><p>After the frame.</p>`);
    const dom = new JSDOM(html, { url: URL_, virtualConsole: new VirtualConsole() });
    const frameDoc = (dom.window.document.getElementById("f") as HTMLIFrameElement).contentDocument!;
    frameDoc.body.innerHTML = `<article><h1>FRAME-ONLY title</h1>${FILLER.replace("ordinary", "FRAME-ONLY")}<ol class="references"><li id="cite_note-1">FRAME-ONLY source</li></ol></article>`;
    const s = extract(dom.window.document, URL_);
    expect(s.found).toBe(true);
    expect(JSON.stringify(s)).not.toContain("FRAME-ONLY");
    expect(s.references.map((r) => r.raw)).toEqual([`Writer, "Top-level source", Example Times, 2020.`]);
    expect(frameDoc.body.textContent).toContain("FRAME-ONLY"); // the frame is untouched
    dom.window.close();
  });
});
