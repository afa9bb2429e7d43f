// The in-page layer on the seed page in jsdom (no Highlight API there, so the
// <sourcelight-mark> fallback draws): claims found again from extract's elements, a hover
// card at citation markers, Esc, scroll-to-claim, and one call that removes everything.
import fs from "node:fs";
import { JSDOM, VirtualConsole } from "jsdom";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { analyze } from "../../src/analyze/index";
import { createSession, type Session } from "../../src/content/session";
import { extractWithElements } from "../../src/extract/index";
import type { Report } from "../../src/report";
import { HOSTILE_TITLE, sampleReport } from "../ui/sample-report";

const URL_ = "https://world-desk.example/world/north-korea-troops-russia";
const html = fs.readFileSync(new URL("../fixtures/seed-article/page.html", import.meta.url), "utf8");

let win: Window & typeof globalThis;
let session: Session;
let report: Report;
let shadows: ShadowRoot[];

beforeEach(() => {
  const dom = new JSDOM(html, { url: URL_, virtualConsole: new VirtualConsole(), pretendToBeVisual: true });
  win = dom.window as unknown as Window & typeof globalThis;
  shadows = [];
  const attach = win.Element.prototype.attachShadow;
  win.Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    shadows.push(root);
    return root;
  };
  win.Element.prototype.scrollIntoView = vi.fn();
  const { snapshot, elements } = extractWithElements(win.document, URL_);
  report = analyze(snapshot);
  session = createSession(win);
  session.useElements(elements);
});

const marks = () => [...win.document.querySelectorAll("sourcelight-mark")] as HTMLElement[];
const textOf = (claimId: string) => marks().filter((m) => m.dataset.claim === claimId).map((m) => m.textContent).join("");
const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

describe("drawing on the seed page", () => {
  it("highlights every claim that has a source, with exactly its text", async () => {
    const sourced = report.claims.filter((c) => c.sources.length > 0);
    expect(sourced.length).toBeGreaterThan(0);
    const drawn = await session.draw(report);
    expect(drawn).toEqual({ anchored: sourced.length, missing: [], mode: "mark", unsourced: 0 });
    for (const c of sourced) expect(collapse(textOf(c.id))).toBe(collapse(c.text));
  });

  it("drawing twice replaces the first drawing", async () => {
    await session.draw(report);
    const n = marks().length;
    await session.draw(report);
    expect(marks().length).toBe(n);
    expect(win.document.querySelectorAll("sourcelight-card")).toHaveLength(1);
  });

  it("clear() removes every trace and restores the page's text nodes", async () => {
    const before = win.document.body.innerHTML;
    await session.draw(report);
    expect(marks().length).toBeGreaterThan(0);
    expect(session.clear()).toBe(true);
    expect(marks()).toHaveLength(0);
    expect(win.document.querySelector("sourcelight-card")).toBeNull();
    expect(win.document.body.innerHTML).toBe(before);
    expect(session.clear()).toBe(false);
  });

  it("scrolls to a claim and flashes it", async () => {
    await session.draw(report);
    const claim = report.claims.find((c) => c.sources.length > 0);
    expect(await session.focus(claim?.id ?? "")).toBe(true);
    expect(win.Element.prototype.scrollIntoView).toHaveBeenCalled();
    expect(marks().some((m) => m.hasAttribute("data-flash"))).toBe(true);
    expect(await session.focus("no-such-claim")).toBe(false);
  });

  it("a summary point without sources can still be scrolled to", async () => {
    await session.draw(report);
    const unsourced = report.summary.map((p) => report.claims.find((c) => c.id === p.claim)).find((c) => c && c.sources.length === 0);
    if (unsourced) expect(await session.focus(unsourced.id)).toBe(true);
  });
});

describe("hover card", () => {
  const shadowText = () => shadows.at(-1)?.textContent ?? "";

  it("shows the reference at a citation marker, as text; Esc closes it", async () => {
    // The seed page has no inline markers: a small page with a footnote link instead.
    const dom = new JSDOM(
      `<article><p>Relations entered a new phase.<sup><a href="#ref-2">[2]</a></sup></p><ol><li id="ref-2">NK News</li></ol></article>`,
      { url: URL_, pretendToBeVisual: true },
    );
    const w = dom.window as unknown as Window & typeof globalThis;
    const attach = w.Element.prototype.attachShadow;
    w.Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      shadows.push(root);
      return root;
    };
    const r = sampleReport();
    const ref2 = r.references.find((x) => x.id === "r2");
    if (!ref2) throw new Error("sample reference r2 missing");
    Object.assign(ref2, { anchor: "ref-2", title: HOSTILE_TITLE });
    await createSession(w).draw(r);
    const host = w.document.querySelector("sourcelight-card") as HTMLElement;
    expect(host.hidden).toBe(true);
    const marker = w.document.querySelector("sup a");
    marker?.dispatchEvent(new w.MouseEvent("pointerover", { bubbles: true }));
    expect(host.hidden).toBe(false);
    expect(shadowText()).toContain(HOSTILE_TITLE); // as text…
    expect(shadows.at(-1)?.querySelector("img")).toBeNull(); // …never as HTML
    expect(shadowText()).toContain("NK News");
    w.document.dispatchEvent(new w.KeyboardEvent("keydown", { key: "Escape" }));
    expect(host.hidden).toBe(true);
    // Leaving the marker for the text around it closes the card; moving inside it does not.
    marker?.dispatchEvent(new w.MouseEvent("pointerover", { bubbles: true }));
    marker?.parentElement?.dispatchEvent(new w.MouseEvent("pointerout", { bubbles: true, relatedTarget: marker }));
    expect(host.hidden).toBe(false);
    marker?.dispatchEvent(new w.MouseEvent("pointerout", { bubbles: true, relatedTarget: w.document.querySelector("p") }));
    expect(host.hidden).toBe(true);
    // Keyboard: focusing the marker's link shows the card, moving focus away closes it.
    (marker as HTMLElement).focus();
    expect(host.hidden).toBe(false);
    (marker as HTMLElement).blur();
    expect(host.hidden).toBe(true);
  });

  it("lives in a shadow root that resets inherited page styles", async () => {
    await session.draw(report);
    const css = [...(shadows.at(-1)?.querySelectorAll("style") ?? [])].map((s) => s.textContent).join("") +
      (shadows.at(-1)?.adoptedStyleSheets ?? []).map((s) => [...s.cssRules].map((r) => r.cssText).join("")).join("");
    expect(css).toMatch(/:host\s*\{\s*all:\s*initial/);
  });
});

describe("drawing in slices", () => {
  /** Runs `fn` and counts the macrotasks (zero timeouts) that pass before its promise settles. */
  const tasksUntil = async (p: Promise<unknown>) => {
    let settled = false;
    void p.then(() => (settled = true), () => (settled = true));
    let tasks = 0;
    while (!settled && tasks < 10_000) {
      await new Promise((r) => setTimeout(r, 0));
      tasks++;
    }
    return tasks;
  };

  it("gives the page back between slices and still highlights every sourced claim", async () => {
    const sliced = createSession(win, { sliceMs: 0 });
    sliced.useElements(extractWithElements(win.document, URL_).elements);
    const drawing = sliced.draw(report);
    const tasks = await tasksUntil(drawing);
    expect(tasks).toBeGreaterThan(5);
    const sourced = report.claims.filter((c) => c.sources.length > 0);
    expect(await drawing).toEqual({ anchored: sourced.length, missing: [], mode: "mark", unsourced: 0 });
  });

  it("a newer drawing stops the one in progress, which paints nothing more", async () => {
    const sliced = createSession(win, { sliceMs: 0 });
    sliced.useElements(extractWithElements(win.document, URL_).elements);
    const first = sliced.draw(report);
    await new Promise((r) => setTimeout(r, 0));
    const second = sliced.draw(report);
    await expect(first).rejects.toMatchObject({ name: "AbortError" });
    const drawn = await second;
    expect(drawn.missing).toEqual([]);
    for (const c of report.claims.filter((x) => x.sources.length > 0)) expect(collapse(textOf(c.id))).toBe(collapse(c.text));
    expect(win.document.querySelectorAll("sourcelight-card")).toHaveLength(1);
  });

  it("clear() during a drawing stops it and leaves the page as it was", async () => {
    const before = win.document.body.innerHTML;
    const sliced = createSession(win, { sliceMs: 0 });
    const drawing = sliced.draw(report);
    await new Promise((r) => setTimeout(r, 0));
    expect(sliced.clear()).toBe(true);
    await expect(drawing).rejects.toMatchObject({ name: "AbortError" });
    expect(marks()).toHaveLength(0);
    expect(win.document.body.innerHTML).toBe(before);
    expect(sliced.status()).toBeNull();
  });

  it("tells its progress, ending with every claim placed", async () => {
    const told: { done: number; total: number }[] = [];
    const sliced = createSession(win, { sliceMs: 0, onProgress: (p) => told.push(p) });
    await sliced.draw(report);
    // every claim drawn by default: those with a source, and those backed through a sourced key point
    const total = report.claims.filter((c) => c.sources.length > 0 || c.via?.length).length;
    expect(told.at(-1)).toEqual({ done: total, total });
    for (const p of told) expect(p.done).toBeLessThanOrEqual(p.total);
  });

  it("finds blocks by the paths of a serialized copy, and falls back to the text when a path is wrong", async () => {
    const { extractFromHtml } = await import("../../src/extract/from-html");
    const parser = new (new JSDOM("").window.DOMParser)();
    const { snapshot, paths } = extractFromHtml(`<!DOCTYPE html>${win.document.documentElement.outerHTML}`, URL_, parser);
    const fresh = createSession(win);
    const sourced = report.claims.filter((c) => c.sources.length > 0);
    expect(snapshot.blocks.length).toBeGreaterThan(3);
    expect((await fresh.draw(report, undefined, paths)).anchored).toBe(sourced.length);
    fresh.clear();
    // Every path shifted to the wrong element: the text check refuses them, the page search places the claims.
    const wrong = Object.fromEntries(Object.entries(paths).map(([id, p]) => [id, [...p.slice(0, -1), (p.at(-1) ?? 0) + 1]]));
    const drawn = await fresh.draw(report, undefined, wrong);
    expect(drawn.anchored).toBe(sourced.length);
    for (const c of sourced) expect(collapse(textOf(c.id))).toBe(collapse(c.text));
  });
});
