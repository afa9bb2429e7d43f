// A claim in loose text (text written directly in a <div> beside its <p> and <h2> children)
// is found again through its block's element path, not by searching the page's text: the
// off-page extraction's path leads to the <div>, the anchorer reads it with readBlock (the
// loose text only) and trusts the claim's offsets there. The page says the same sentence
// earlier, in a teaser above the article (an <aside>, never a block), so a text search
// would land on the wrong copy.
import { JSDOM, VirtualConsole } from "jsdom";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { analyze } from "../../src/analyze/index";
import { createAnchorer } from "../../src/content/anchor";
import { createSession } from "../../src/content/session";
import { extractFromHtml } from "../../src/extract/from-html";
import { resolvePath } from "../../src/extract/paths";
import type { Report, ReportClaim } from "../../src/report";

const URL_ = "https://estuary-post.example/environment/2024/11/silt-survey";
const CLAIM = "Silt in the inner harbour has risen by a third since 2019";
const REST = "the main channel is now two metres shallower at low tide than the charts show";
const PAGE = `<!DOCTYPE html><html lang="en"><head><title>Silt survey: the harbour is getting shallower</title></head><body>
<header><a href="/">Estuary Post</a><aside class="teaser">In today's edition: ${CLAIM}, according to the harbour authority's annual survey, and ${REST}.</aside></header>
<main><article>
<h1>Silt survey: the harbour is getting shallower</h1>
<div class="entry">
${CLAIM}, according to <a href="https://harbour-authority.example/reports/silt-survey-2024.pdf">the harbour authority's annual survey</a>, and ${REST}.
<p>Pilots have asked for the charts to be redrawn before the winter, when the largest ferries run on the early tide and have the least water under their keels of any time of year.</p>
The dredging budget was cut in 2021 and has not been restored, <a href="https://council-minutes.example/2021/03/harbour-budget">the council's minutes show</a>, so only the berths have been cleared since then.
<h2>What happens next</h2>
<p>The authority will publish a dredging plan in the spring, after a consultation with the fishing fleet and the ferry operators who use the inner harbour every day of the year.</p>
</div>
</article></main>
</body></html>`;

let win: Window & typeof globalThis;
let doc: Document;
let report: Report;
let elements: Map<string, Element>;
let paths: Record<string, number[]>;
let entry: HTMLElement;

beforeEach(() => {
  const dom = new JSDOM(PAGE, { url: URL_, virtualConsole: new VirtualConsole(), pretendToBeVisual: true });
  win = dom.window as unknown as Window & typeof globalThis;
  doc = win.document;
  win.Element.prototype.scrollIntoView = vi.fn();
  // As the extension does: extract a serialized copy off the page, then resolve its paths live.
  const off = extractFromHtml(doc.documentElement.outerHTML, URL_, new win.DOMParser());
  paths = off.paths;
  report = analyze(off.snapshot);
  elements = new Map(Object.entries(paths).flatMap(([id, path]) => {
    const el = resolvePath(doc, path);
    return el ? [[id, el] as const] : [];
  }));
  entry = doc.querySelector(".entry") as HTMLElement;
});

/** The claim that starts with `words`, and its block. */
function claimOf(words: string): ReportClaim {
  const claim = report.claims.find((c) => c.text.startsWith(words));
  if (!claim) throw new Error(`no claim starts with "${words}": ${report.claims.map((c) => c.text.slice(0, 40)).join(" | ")}`);
  return claim;
}

describe("a claim in loose text", () => {
  it("is a claim of the <div>'s own block, whose path leads to the live <div>", () => {
    const claim = claimOf(CLAIM);
    expect(claim.sources.length).toBeGreaterThan(0);
    expect(elements.get(claim.block)).toBe(entry);
    // The block is the loose text alone: its <p> children are blocks of their own.
    const block = report.claims.filter((c) => c.block === claim.block).map((c) => c.text).join(" ");
    expect(block).toContain("only the berths have been cleared");
    expect(block).not.toContain("Pilots have asked");
  });

  it("is anchored at its offsets in that <div>, not at the earlier copy a text search finds", async () => {
    const anchor = createAnchorer(doc, elements);
    for (const words of [CLAIM, "The dredging budget was cut in 2021"]) {
      const claim = claimOf(words);
      const range = await anchor(claim);
      expect(range, words).not.toBeNull();
      expect(range?.toString().replace(/\s+/g, " ").trim()).toBe(claim.text);
      expect(entry.contains(range?.startContainer as Node)).toBe(true);
      expect(entry.contains(range?.endContainer as Node)).toBe(true);
      expect(anchor.verified.has(claim.block)).toBe(true);
    }
  });

  it("without the element, the same claim falls back to text search and lands on the teaser (what the path prevents)", async () => {
    const anchor = createAnchorer(doc, new Map());
    const range = await anchor(claimOf(CLAIM));
    expect(doc.querySelector(".teaser")?.contains(range?.startContainer as Node)).toBe(true);
    expect(anchor.verified.size).toBe(0);
  });

  it("the content session draws its highlight inside the <div> from the reported paths", async () => {
    const session = createSession(win, { forceMarks: true, debounceMs: 30 });
    const result = await session.draw(report, { style: "marker", unsourced: false }, paths);
    const claim = claimOf(CLAIM);
    const marks = [...doc.querySelectorAll<HTMLElement>("sourcelight-mark")].filter((m) => m.dataset.claim === claim.id);
    expect(result.missing).toEqual([]);
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => entry.contains(m))).toBe(true);
    expect(marks.map((m) => m.textContent).join("").replace(/\s+/g, " ").trim()).toBe(claim.text);
    expect(doc.querySelector(".teaser sourcelight-mark")).toBeNull();
    session.clear();
  });

  it("after the page changes above it (a banner shifts every path), the redraw still finds it in the <div>", async () => {
    const session = createSession(win, { forceMarks: true, debounceMs: 30 });
    const first = await session.draw(report, { style: "marker", unsourced: false }, paths);
    const claim = claimOf(CLAIM);
    const banner = doc.createElement("div");
    banner.textContent = "We use cookies to remember your settings.";
    doc.body.prepend(banner);
    await vi.waitFor(() => expect(session.status()).not.toBe(first), { timeout: 10_000, interval: 20 });
    const marks = [...doc.querySelectorAll<HTMLElement>("sourcelight-mark")].filter((m) => m.dataset.claim === claim.id);
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => entry.contains(m))).toBe(true);
    expect(session.status()?.missing).toEqual([]);
    session.clear();
  });
});
