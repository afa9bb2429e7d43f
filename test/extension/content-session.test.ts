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
  it("highlights every claim that has a source, with exactly its text", () => {
    const sourced = report.claims.filter((c) => c.sources.length > 0);
    expect(sourced.length).toBeGreaterThan(0);
    const drawn = session.draw(report);
    expect(drawn).toEqual({ anchored: sourced.length, missing: [], mode: "mark", unsourced: 0 });
    for (const c of sourced) expect(collapse(textOf(c.id))).toBe(collapse(c.text));
  });

  it("drawing twice replaces the first drawing", () => {
    session.draw(report);
    const n = marks().length;
    session.draw(report);
    expect(marks().length).toBe(n);
    expect(win.document.querySelectorAll("sourcelight-card")).toHaveLength(1);
  });

  it("clear() removes every trace and restores the page's text nodes", () => {
    const before = win.document.body.innerHTML;
    session.draw(report);
    expect(marks().length).toBeGreaterThan(0);
    expect(session.clear()).toBe(true);
    expect(marks()).toHaveLength(0);
    expect(win.document.querySelector("sourcelight-card")).toBeNull();
    expect(win.document.body.innerHTML).toBe(before);
    expect(session.clear()).toBe(false);
  });

  it("scrolls to a claim and flashes it", () => {
    session.draw(report);
    const claim = report.claims.find((c) => c.sources.length > 0);
    expect(session.focus(claim?.id ?? "")).toBe(true);
    expect(win.Element.prototype.scrollIntoView).toHaveBeenCalled();
    expect(marks().some((m) => m.hasAttribute("data-flash"))).toBe(true);
    expect(session.focus("no-such-claim")).toBe(false);
  });

  it("a summary point without sources can still be scrolled to", () => {
    session.draw(report);
    const unsourced = report.summary.map((p) => report.claims.find((c) => c.id === p.claim)).find((c) => c && c.sources.length === 0);
    if (unsourced) expect(session.focus(unsourced.id)).toBe(true);
  });
});

describe("hover card", () => {
  const shadowText = () => shadows.at(-1)?.textContent ?? "";

  it("shows the reference at a citation marker, as text; Esc closes it", () => {
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
    createSession(w).draw(r);
    const host = w.document.querySelector("sourcelight-card") as HTMLElement;
    expect(host.hidden).toBe(true);
    w.document.querySelector("sup a")?.dispatchEvent(new w.Event("pointerenter"));
    expect(host.hidden).toBe(false);
    expect(shadowText()).toContain(HOSTILE_TITLE); // as text…
    expect(shadows.at(-1)?.querySelector("img")).toBeNull(); // …never as HTML
    expect(shadowText()).toContain("NK News");
    w.document.dispatchEvent(new w.KeyboardEvent("keydown", { key: "Escape" }));
    expect(host.hidden).toBe(true);
  });

  it("lives in a shadow root that resets inherited page styles", () => {
    session.draw(report);
    const css = [...(shadows.at(-1)?.querySelectorAll("style") ?? [])].map((s) => s.textContent).join("") +
      (shadows.at(-1)?.adoptedStyleSheets ?? []).map((s) => [...s.cssRules].map((r) => r.cssText).join("")).join("");
    expect(css).toMatch(/:host\s*\{\s*all:\s*initial/);
  });
});
