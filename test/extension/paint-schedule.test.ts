// How painting is scheduled in the page: a few claims per animation frame (frameQueue), and with
// the Highlight API only the claims near the viewport (nearView), the rest as the reader scrolls.
// jsdom has neither IntersectionObserver nor the Highlight API: both are stood in for here by
// small fakes that behave like the browsers' (asynchronous first report, unobserve, disconnect).
import fs from "node:fs";
import { JSDOM, VirtualConsole } from "jsdom";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { analyze } from "../../src/analyze/index";
import { nearNow, nearView } from "../../src/content/near-view";
import { createSession } from "../../src/content/session";
import { frameQueue } from "../../src/content/slices";
import { extractWithElements } from "../../src/extract/index";

const URL_ = "https://world-desk.example/world/north-korea-troops-russia";
const html = fs.readFileSync(new URL("../fixtures/seed-article/page.html", import.meta.url), "utf8");

let win: Window & typeof globalThis;
beforeEach(() => {
  win = new JSDOM(html, { url: URL_, virtualConsole: new VirtualConsole(), pretendToBeVisual: true }).window as unknown as Window & typeof globalThis;
});

/** A window whose animation frames run only when the test says so. */
function manualFrames(w: Window & typeof globalThis) {
  let callbacks: FrameRequestCallback[] = [];
  w.requestAnimationFrame = (cb) => callbacks.push(cb);
  w.cancelAnimationFrame = () => undefined;
  return async () => {
    const run = callbacks;
    callbacks = [];
    run.forEach((cb) => cb(0));
    await new Promise((r) => setTimeout(r, 0));
  };
}

/** An IntersectionObserver stand-in: reports each new target once, asynchronously, as near or not by `isNear`. */
function fakeObserver(isNear: (el: Element) => boolean) {
  const observers: FakeIO[] = [];
  class FakeIO {
    observed = new Set<Element>();
    /** How many times `observe` was called. */
    calls = 0;
    disconnected = false;
    constructor(private callback: (entries: { target: Element; isIntersecting: boolean }[]) => void) {
      observers.push(this);
    }
    observe(el: Element) {
      this.calls++;
      this.observed.add(el);
      setTimeout(() => this.report([el]), 0);
    }
    unobserve(el: Element) {
      this.observed.delete(el);
    }
    disconnect() {
      this.disconnected = true;
      this.observed.clear();
    }
    report(els: Element[]) {
      const live = els.filter((el) => this.observed.has(el));
      if (live.length && !this.disconnected) this.callback(live.map((target) => ({ target, isIntersecting: isNear(target) })));
    }
  }
  return { FakeIO, observers };
}

/** Gives every element of `w` a box spanning `[top, bottom]` (viewport pixels) by `span`; [0, 0] is no box. */
function setBoxes(w: Window & typeof globalThis, span: (el: Element) => [number, number]) {
  w.Element.prototype.getBoundingClientRect = function (this: Element) {
    const [top, bottom] = span(this);
    const shown = top !== 0 || bottom !== 0;
    return { top, bottom, left: 0, right: shown ? 600 : 0, width: shown ? 600 : 0, height: bottom - top, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
  };
}

/** Boxes for a reader looking at the elements `isNear` names: those on screen, the rest far below. */
function boxesNear(w: Window & typeof globalThis, isNear: (el: Element) => boolean) {
  setBoxes(w, (el) => (isNear(el) ? [100, 200] : [10 * w.innerHeight, 10 * w.innerHeight + 100]));
}

describe("frameQueue", () => {
  it("runs jobs in order, at most `perFrame` per animation frame, and drains", async () => {
    const frame = manualFrames(win);
    const queue = frameQueue(win, new AbortController().signal, 20);
    const ran: number[] = [];
    for (let i = 0; i < 45; i++) queue.push(() => ran.push(i));
    const drained = queue.drain();
    expect(ran).toEqual([]);
    await frame();
    expect(ran).toEqual([...Array(20).keys()]);
    await frame();
    expect(ran.length).toBe(40);
    await frame();
    await drained;
    expect(ran).toEqual([...Array(45).keys()]);
  });

  it("stops once its signal aborts: no job runs any more, drain rejects with an AbortError", async () => {
    const frame = manualFrames(win);
    const controller = new AbortController();
    const queue = frameQueue(win, controller.signal, 2);
    const ran: number[] = [];
    for (let i = 0; i < 6; i++) queue.push(() => ran.push(i));
    await frame();
    controller.abort();
    await frame();
    await expect(queue.drain()).rejects.toMatchObject({ name: "AbortError" });
    expect(ran).toEqual([0, 1]);
  });
});

describe("nearView", () => {
  it("runs a job once its element is reported near, and never for one that is not", async () => {
    const [near, far] = [...win.document.querySelectorAll("p")] as Element[];
    const { FakeIO, observers } = fakeObserver((el) => el === near);
    (win as unknown as { IntersectionObserver: unknown }).IntersectionObserver = FakeIO;
    const view = nearView(win, new AbortController().signal);
    const ran: string[] = [];
    view.when(near!, () => ran.push("near"));
    view.when(near!, () => ran.push("near again"));
    view.when(far!, () => ran.push("far"));
    expect(ran).toEqual([]);
    await view.settled();
    expect(ran).toEqual(["near", "near again"]);
    expect([...observers[0]!.observed]).toEqual([far]); // the near one is no longer watched
  });

  it("runs the jobs of elements the observer never reported on once `settled` times out (a page that renders no frames)", async () => {
    const [a, b] = [...win.document.querySelectorAll("p")] as Element[];
    class SilentIO {
      observe() {}
      unobserve() {}
      disconnect() {}
    }
    (win as unknown as { IntersectionObserver: unknown }).IntersectionObserver = SilentIO;
    const view = nearView(win, new AbortController().signal);
    const ran: string[] = [];
    view.when(a!, () => ran.push("a"));
    view.when(b!, () => ran.push("b"));
    expect(ran).toEqual([]);
    await view.settled(20);
    expect(ran).toEqual(["a", "b"]);
  });

  it("`nearNow` reads which elements are near from their boxes: within a viewport's height above or below, and not hidden", () => {
    const [a, b, c, d, e] = [...win.document.querySelectorAll("p, li")] as Element[];
    const height = win.innerHeight;
    const boxes = new Map<Element | undefined, [number, number]>([
      [a, [-2.5 * height, -1.5 * height]], // more than a viewport's height above: far
      [b, [-1.5 * height, -0.5 * height]], // reaches into the margin above: near
      [c, [0.2 * height, 0.4 * height]], // on screen: near
      [d, [2.5 * height, 3 * height]], // beyond the margin below: far
      [e, [0, 0]], // no box (not displayed): far
    ]);
    setBoxes(win, (el) => boxes.get(el) ?? [0, 0]);
    (win as unknown as { IntersectionObserver: unknown }).IntersectionObserver = fakeObserver(() => true).FakeIO;
    expect([...nearNow(win, [a!, b!, c!, d!, e!])]).toEqual([b, c]);

    // Where nothing is observed, nothing is favoured: all count as near.
    (win as unknown as { IntersectionObserver: unknown }).IntersectionObserver = undefined;
    expect(nearNow(win, [a!, d!]).size).toBe(2);
  });

  it("disconnects when its signal aborts; without IntersectionObserver jobs run at once", () => {
    const { FakeIO, observers } = fakeObserver(() => true);
    (win as unknown as { IntersectionObserver: unknown }).IntersectionObserver = FakeIO;
    const controller = new AbortController();
    nearView(win, controller.signal).when(win.document.body, () => undefined);
    controller.abort();
    expect(observers[0]!.disconnected).toBe(true);

    (win as unknown as { IntersectionObserver: unknown }).IntersectionObserver = undefined;
    let ran = false;
    nearView(win, new AbortController().signal).when(win.document.body, () => (ran = true));
    expect(ran).toBe(true);
  });
});

describe("a drawing with the Highlight API", () => {
  /** Gives the jsdom window a Highlight registry shaped like the browsers'. */
  function installHighlights(w: Window & typeof globalThis): Map<string, Set<Range>> {
    const registry = new Map<string, Set<Range>>();
    (w as unknown as { Highlight: unknown }).Highlight = class extends Set<Range> {};
    Object.defineProperty(w, "CSS", { value: { highlights: registry }, configurable: true });
    return registry;
  }

  it("a small drawing is painted whole at once", async () => {
    const registry = installHighlights(win);
    const { FakeIO, observers } = fakeObserver(() => false); // nothing near: would hold every claim back
    (win as unknown as { IntersectionObserver: unknown }).IntersectionObserver = FakeIO;
    const { snapshot, elements } = extractWithElements(win.document, URL_);
    const report = analyze(snapshot);
    const session = createSession(win);
    session.useElements(elements);
    const result = await session.draw(report);
    // painted as backed: the sourced claims (counted as anchored) and those backed through a sourced key point
    const throughPoints = report.claims.filter((c) => !c.sources.length && c.via?.length).length;
    expect(registry.get("sourcelight-claim")?.size).toBe(result.anchored + throughPoints);
    expect(result.anchored).toBeGreaterThan(0);
    expect(observers).toHaveLength(0);
  });

  it("above `nearFirstAbove` claims: paints those near the viewport first, every placed claim counts, the rest paint when reported near", async () => {
    const registry = installHighlights(win);
    const { snapshot, elements } = extractWithElements(win.document, URL_);
    const report = analyze(snapshot);
    const sourced = report.claims.filter((c) => c.sources.length > 0);
    expect(sourced.length).toBeGreaterThan(1);
    // Near: the element holding the first sourced claim; everything once the reader has scrolled.
    const first = sourced[0]!.text.slice(0, 40);
    const nearFirst = (el: Element) => (el.textContent ?? "").replace(/\s+/g, " ").includes(first);
    let revealed = false;
    const { FakeIO, observers } = fakeObserver((el) => revealed || nearFirst(el));
    (win as unknown as { IntersectionObserver: unknown }).IntersectionObserver = FakeIO;
    boxesNear(win, nearFirst);
    const session = createSession(win, { nearFirstAbove: 1 });
    session.useElements(elements);

    const result = await session.draw(report);
    expect(result).toEqual({ anchored: sourced.length, missing: [], mode: "highlight", unsourced: 0 });
    const claims = registry.get("sourcelight-claim")!;
    const early = claims.size;
    expect(early).toBeGreaterThan(0);
    expect(early).toBeLessThan(sourced.length);
    for (const range of claims) expect(nearFirst(range.startContainer.parentElement!)).toBe(true);

    // The reader scrolls: the observer reports the rest as near.
    revealed = true;
    observers[0]!.report([...observers[0]!.observed]);
    const throughPoints = report.claims.filter((c) => !c.sources.length && c.via?.length).length;
    await vi.waitFor(() => expect(claims.size).toBe(sourced.length + throughPoints));
    expect(win.document.querySelectorAll("[data-sourcelight]").length).toBeGreaterThan(0);

    expect(session.clear()).toBe(true);
    expect(registry.size).toBe(0);
    expect(win.document.querySelectorAll("[data-sourcelight]").length).toBe(0);
    expect(observers[0]!.disconnected).toBe(true);
  });

  it("paints the claims of blocks near the viewport first, before the claims above them are placed", async () => {
    const registry = installHighlights(win);
    const { snapshot, elements } = extractWithElements(win.document, URL_);
    const report = analyze(snapshot);
    const sourced = report.claims.filter((c) => c.sources.length > 0);
    const lastBlock = sourced.at(-1)!.block;
    expect(sourced[0]!.block).not.toBe(lastBlock);
    // The reader is at the end of the article: only the last sourced claim's block is near.
    const nearEl = elements.get(lastBlock)!;
    const { FakeIO, observers } = fakeObserver((el) => el === nearEl || nearEl.contains(el));
    (win as unknown as { IntersectionObserver: unknown }).IntersectionObserver = FakeIO;
    boxesNear(win, (el) => el === nearEl || nearEl.contains(el));
    // When the first highlight is painted, how many placed claims had been handed to the
    // observer that waits for far ones (observers[0]).
    let waitingAtFirstPaint: number | null = null;
    (win as unknown as { Highlight: unknown }).Highlight = class extends Set<Range> {
      override add(range: Range) {
        if (this.size === 0 && registry.get("sourcelight-claim") === this) waitingAtFirstPaint ??= observers[0]!.calls;
        return super.add(range);
      }
    };
    const session = createSession(win, { nearFirstAbove: 1 });
    session.useElements(elements);
    const result = await session.draw(report);
    expect(result.anchored).toBe(sourced.length);
    expect(waitingAtFirstPaint).toBe(0);
    // The claims above were placed afterwards, and wait for the reader to scroll.
    expect(observers[0]!.calls).toBeGreaterThan(0);
    const painted = [...registry.get("sourcelight-claim")!];
    expect(painted.length).toBeGreaterThan(0);
    for (const range of painted) expect(nearEl.contains(range.startContainer)).toBe(true);
    session.clear();
  });
});
