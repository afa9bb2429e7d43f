// The in-page layer while the page changes: a debounced MutationObserver re-anchors the
// highlights, claims that can no longer be placed are reported, unsourced claims are drawn on
// request, and aborting the drawing stops the observer too.
import fs from "node:fs";
import { JSDOM, VirtualConsole } from "jsdom";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { analyze } from "../../src/analyze/index";
import { createSession, type Session } from "../../src/content/session";
import { isPageChange } from "../../src/content/watch-page";
import { extractWithElements } from "../../src/extract/index";
import type { Report } from "../../src/report";

const URL_ = "https://world-desk.example/world/north-korea-troops-russia";
const html = fs.readFileSync(new URL("../fixtures/seed-article/page.html", import.meta.url), "utf8");
const DEBOUNCE = 30;
const settle = () => new Promise((r) => setTimeout(r, DEBOUNCE * 4));
/** Waits until a re-anchoring (drawn in slices, so it takes its time) has replaced `drawn`. */
const redrawn = (drawn: unknown) => vi.waitFor(() => expect(session.status()).not.toBe(drawn), { timeout: 10_000, interval: 20 });

let win: Window & typeof globalThis;
let doc: Document;
let session: Session;
let report: Report;

beforeEach(() => {
  const dom = new JSDOM(html, { url: URL_, virtualConsole: new VirtualConsole(), pretendToBeVisual: true });
  win = dom.window as unknown as Window & typeof globalThis;
  doc = win.document;
  win.Element.prototype.scrollIntoView = vi.fn();
  const { snapshot, elements } = extractWithElements(doc, URL_);
  report = analyze(snapshot);
  session = createSession(win, { forceMarks: true, debounceMs: DEBOUNCE });
  session.useElements(elements);
});

const marksOf = (id: string) => [...doc.querySelectorAll<HTMLElement>("sourcelight-mark")].filter((m) => m.dataset.claim === id);
const sourced = () => report.claims.filter((c) => c.sources.length > 0);
/** The page element holding a claim's highlight. */
const holder = (id: string) => marksOf(id)[0]?.closest("p, li, blockquote") as HTMLElement;

describe("re-anchoring", () => {
  it("a replaced paragraph is highlighted again once the page is quiet", async () => {
    const first = await session.draw(report);
    const claim = sourced()[0];
    if (!claim) throw new Error("seed has sourced claims");
    const p = holder(claim.id);
    const copy = doc.createElement("p");
    copy.textContent = p.textContent; // same words, new nodes: the old highlight is gone with the old paragraph
    p.replaceWith(copy);
    expect(marksOf(claim.id)).toHaveLength(0);
    await redrawn(first);
    expect(marksOf(claim.id).length).toBeGreaterThan(0);
    expect(copy.contains(marksOf(claim.id)[0] as Node)).toBe(true);
    expect(session.status()?.missing).toEqual([]);
  });

  it("an appended paragraph triggers a re-anchor that keeps every highlight", async () => {
    const first = await session.draw(report);
    const before = sourced().map((c) => marksOf(c.id).length > 0);
    const extra = doc.createElement("p");
    extra.textContent = "A late-loading paragraph with new text.";
    doc.querySelector("article, main, body")?.append(extra);
    await redrawn(first);
    expect(sourced().map((c) => marksOf(c.id).length > 0)).toEqual(before);
    expect(doc.querySelectorAll("sourcelight-card")).toHaveLength(1);
  });

  it("a removed claim is listed as missing instead of lost", async () => {
    const first = await session.draw(report);
    expect(first.missing).toEqual([]);
    const claim = sourced()[0];
    if (!claim) throw new Error("seed has sourced claims");
    holder(claim.id).remove();
    await redrawn(first);
    expect(session.status()?.missing).toContain(claim.id);
  });

  it("our own painting is not taken for a page change (no endless redraw)", async () => {
    const first = await session.draw(report);
    await settle();
    expect(session.status()).toBe(first); // a redraw would have made a new result
    expect(first.anchored).toBe(sourced().length);
  });

  it("clear() disconnects the observer: later changes draw nothing", async () => {
    await session.draw(report);
    session.clear();
    doc.body.append(doc.createElement("p"));
    await settle();
    expect(doc.querySelectorAll("sourcelight-mark, sourcelight-card")).toHaveLength(0);
    expect(session.status()).toBeNull();
  });

  it("isPageChange ignores mutations of our own elements", async () => {
    const mark = doc.createElement("sourcelight-mark");
    const rec = (target: Node, added: Node[]) => ({ type: "childList", target, addedNodes: added, removedNodes: [] }) as unknown as MutationRecord;
    expect(isPageChange(rec(doc.body, [mark]))).toBe(false);
    expect(isPageChange(rec(mark, [doc.createTextNode("x")]))).toBe(false);
    expect(isPageChange(rec(doc.body, [doc.createElement("p")]))).toBe(true);
  });
});

describe("unsourced claims on request", () => {
  it("are not drawn by default, and drawn (apart from headings) when asked", async () => {
    const none = await session.draw(report);
    expect(none.unsourced).toBe(0);
    const all = await session.draw(report, { style: "underline", unsourced: true });
    const wanted = report.claims.filter((c) => c.sources.length === 0 && c.kind !== "heading");
    expect(all.unsourced).toBeGreaterThan(0);
    expect(all.unsourced).toBeLessThanOrEqual(wanted.length);
    expect(doc.querySelectorAll("sourcelight-mark[data-unsourced]").length).toBeGreaterThan(0);
    expect(all.anchored).toBe(sourced().length);
  });
});
