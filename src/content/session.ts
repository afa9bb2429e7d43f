/**
 * One drawing of one report on the page: finds the claims again, paints them, adds the hover
 * card and marker cards, and keeps them placed while the page changes (a debounced
 * MutationObserver re-anchors everything). The work runs in slices of a few milliseconds
 * (`slices.ts`), so a page with hundreds of claims never stalls; a newer drawing or `clear()`
 * stops one in progress. `clear()` removes all of it through one AbortSignal.
 */
import type { ClaimViaPatch, DrawOptions, DrawResult, Progress } from "../messages";
import { resolvePath } from "../extract/paths";
import type { PageClaim, PageClaimVia, PageReference, PageReport } from "../page-report";
import { t } from "../platform/i18n";
import { markStage } from "../platform/stage-marks";
import { createCard, type CardVia } from "./card";
import { adaptedView, citesKnown, refsOf, selectClaims } from "../density";
import { wireHover, type PaintedClaim } from "./hover";
import { findMarkers } from "./markers";
import { highlightPainter, markPainter, type Painter } from "./painter";
import { addStyles, pageCss } from "./styles";
import { createAnchorer, type Anchorer } from "./anchor";
import { frameQueue, isAbort, slicer, SLICE_MS, yieldToPage, type Tick } from "./slices";
import { nearNow, nearView, type NearView } from "./near-view";
import { watchPage } from "./watch-page";

export interface Session {
  /** Keeps the live elements of the last extraction (block / key point / reference ids). */
  useElements(elements: ReadonlyMap<string, Element>): void;
  /**
   * Draws `report`, replacing any drawing. `paths` (from off-page extraction) locate the
   * blocks in this page; without them the elements of the last draw or `useElements` serve.
   * Rejects with an AbortError when a newer drawing or `clear()` stops it.
   */
  draw(report: PageReport, options?: DrawOptions, paths?: Record<string, number[]>): Promise<DrawResult>;
  /**
   * Draws `report` (the same page's, checked since) again with the current drawing's options;
   * null, drawing nothing, when nothing is drawn or the report is another page's.
   */
  update(report: PageReport): Promise<DrawResult | null>;
  /**
   * Adds the key points that restate claims (claim id → `via`) to the drawing of page `url`:
   * their hover cards name them. False when no drawing of that page is on it.
   */
  addVia(url: string, via: ClaimViaPatch): boolean;
  /** What is drawn now (re-anchoring updates it), or null. */
  status(): DrawResult | null;
  focus(claimId: string): Promise<boolean>;
  clear(): boolean;
}

export interface SessionOptions {
  /** Skip the Highlight API (tests, old browsers). */
  forceMarks?: boolean;
  /** Quiet time after the last page change before re-anchoring. */
  debounceMs?: number;
  /** Longest slice of drawing work before the page gets the main thread back. */
  sliceMs?: number;
  /**
   * Above this many claims, highlights are painted near the viewport first and the rest as
   * the reader scrolls (near-view.ts); a smaller drawing is painted whole, in a few frames.
   */
  nearFirstAbove?: number;
  /** Told how many claims a drawing has placed (after each slice's worth, and at the end). */
  onProgress?: (progress: Progress) => void;
}

interface Drawing {
  controller: AbortController;
  painter: Painter;
  report: PageReport;
  options: DrawOptions;
  painted: Map<string, Range>;
  /** The placed claims as their hover cards read them. */
  claims: PaintedClaim[];
  anchor: Anchorer;
  /** Null while the drawing is still in progress. */
  result: DrawResult | null;
}

const DEFAULT_OPTIONS: DrawOptions = { style: "marker", unsourced: false };

/** Claims in a drawing above which only those near the viewport are painted at first. */
export const NEAR_FIRST_ABOVE = 100;

/** A session over `win`'s document. */
export function createSession(win: Window & typeof globalThis, opts: SessionOptions | boolean = {}): Session {
  const { forceMarks = false, debounceMs = 400, sliceMs = SLICE_MS, nearFirstAbove = NEAR_FIRST_ABOVE, onProgress } = typeof opts === "boolean" ? { forceMarks: opts } : opts;
  const doc = win.document;
  let drawing: Drawing | null = null;
  let last: DrawResult | null = null;
  /** The report of the last `draw` call, also while that drawing is still being set up. */
  let latest: PageReport | null = null;
  let elements: ReadonlyMap<string, Element> = new Map();

  const stop = () => {
    if (!drawing) return false;
    drawing.controller.abort();
    drawing = null;
    return true;
  };
  const clear = () => {
    last = null;
    latest = null;
    return stop();
  };

  const draw = async (report: PageReport, options: DrawOptions = DEFAULT_OPTIONS, paths?: Record<string, number[]>): Promise<DrawResult> => {
    // Timing marks (platform/stage-marks) for the first drawing on a page that shows none.
    const fresh = !drawing && !last;
    if (fresh) markStage("draw-received");
    latest = report;
    // The task that brought the report (parsing a message of a few hundred kB) ends here;
    // setting up the drawing starts a task of its own.
    await yieldToPage(win);
    stop();
    const controller = new win.AbortController(); // the page window's own: listeners there accept its signals
    const signal = controller.signal;
    const tick = slicer(win, signal, sliceMs);
    if (paths) elements = resolvePaths(doc, paths);
    const painter = (!forceMarks && highlightPainter(win)) || markPainter(doc);
    const wanted = selectClaims(report, options);
    // With many claims, those of blocks near the viewport are placed and painted first. Which
    // blocks those are is read from their boxes now, before the drawing adds its styles and its
    // card: the page's layout is still its own and up to date, so reading it costs no new
    // layout, and the first highlights need not wait a frame for an observer's first report.
    const many = painter.mode === "highlight" && wanted.length > nearFirstAbove;
    const seen = many ? nearNow(win, [...new Set(wanted.flatMap((c) => elements.get(c.block) ?? []))]) : null;
    const anchor = createAnchorer(doc, elements, tick);
    const painted = new Map<string, Range>();
    const claims: PaintedClaim[] = [];
    const current: Drawing = { controller, painter, report, options, painted, claims, anchor, result: null };
    drawing = current;
    const unstyle = addStyles(doc, pageCss(options.style));
    // The card's host goes in before any highlight: in Chromium every DOM change rebuilds all
    // highlights and repaints their text, which on a page with hundreds costs a long frame.
    const card = createCard(doc, signal);
    signal.addEventListener("abort", () => {
      painter.remove();
      unstyle();
    });

    const refs = refsOf(report);
    const isSourced = (c: PageClaim) => citesKnown(c, refs);
    // Backed through a sourced key point: painted as backed, but not counted as sourced.
    const isBacked = (c: PageClaim) => isSourced(c) || (c.via ?? []).some((v) => refs.has(v.ref));
    const sourced = wanted.filter(isSourced);
    /** Records a placed claim (hover, focus, the result); highlights keep the range they paint. */
    const place = (claim: PageClaim, range: Range) => {
      painted.set(claim.id, range);
      const via = cardVia(claim.via, refs);
      claims.push({ id: claim.id, range, refs: claim.sources.map((s) => refs.get(s.ref)).filter((x): x is PageReference => !!x), sources: claim.sources, via, said: claim.said });
    };
    let first = fresh;
    /** Paints one claim (the first of a fresh drawing leaves the "first-paint" timing mark). */
    const paint = (claim: PageClaim, range: Range): Range => {
      const out = painter.paint(claim.id, range, !isBacked(claim));
      if (first) markStage("first-paint");
      first = false;
      return out;
    };
    const progress = reporter(wanted.length, onProgress, win);
    // Painting goes a few claims per animation frame, so no frame restyles the whole article.
    const frames = frameQueue(win, signal);
    if (painter.mode === "highlight") {
      // Highlights leave the DOM alone: each claim is placed at once, and painted (on a page with
      // many) once its text is near the viewport (near-view.ts: why). The claims of blocks near
      // the viewport when the drawing starts (`seen`) are placed first and shown before the rest
      // is placed: placing runs in slices continued by scheduler.yield(), which go before the
      // observer's reports and could hold the first highlights back until every claim was placed.
      const near: NearView = many ? nearView(win, signal) : { when: (_el, job) => job(), settled: async () => undefined };
      const inView = seen ? (c: PageClaim) => seen.has(elements.get(c.block) as Element) : null;
      await anchorClaims(anchor, wanted, tick, progress, (claim, range) => {
        place(claim, range);
        if (inView?.(claim)) frames.push(() => paint(claim, range));
        else near.when(elementOf(range), () => frames.push(() => paint(claim, range)));
      }, inView ? { first: inView, between: () => frames.drain() } : undefined);
      await near.settled();
    } else {
      // Marks are painted from the end of the page backwards: wrapping text splits nodes after
      // the painted spot, which leaves the positions of earlier claims valid.
      const placed = await anchorClaims(anchor, wanted, tick, progress, null);
      for (const { claim, range } of placed.reverse()) frames.push(() => place(claim, paint(claim, range)));
    }
    await frames.drain();
    const blockEls = [...anchor.verified].flatMap((id) => elements.get(id) ?? []);
    const markers = await findMarkers(doc.body ?? doc, report.references, blockEls, tick);
    wireHover({ doc, card, painter, claims, markers, strings: cardHeadings, signal });
    const anchored = sourced.filter((c) => painted.has(c.id)).length;
    const result: DrawResult = {
      anchored,
      missing: sourced.filter((c) => !painted.has(c.id)).map((c) => c.id),
      mode: painter.mode,
      unsourced: options.unsourced ? wanted.filter((c) => !isBacked(c) && painted.has(c.id)).length : 0,
      ...adaptedView(report, options),
    };
    current.result = result;
    last = result;
    markStage("drawn");
    progress.done();
    // Watch last, so our own painting above is not taken for a page change.
    watchPage(win, signal, debounceMs, () => {
      if (drawing === current) draw(report, options).catch((e: unknown) => isAbort(e) || console.warn("[sourcelight] re-anchoring failed", e));
    });
    return result;
  };

  return {
    clear,
    draw,
    useElements(map) {
      elements = map;
    },
    update: async (report) => (drawing && drawing.report.url === report.url ? draw(report, drawing.options) : null),
    addVia(url, via) {
      const report = latest;
      if (!report || report.url !== url) return false;
      // In the report, for claims placed from now on (and re-anchoring); the drawing may still
      // be setting up. Then on the claims already placed.
      for (const claim of report.claims) if (Object.hasOwn(via, claim.id)) claim.via = via[claim.id];
      if (drawing?.report !== report) return true;
      const refs = refsOf(report);
      for (const claim of drawing.claims) if (Object.hasOwn(via, claim.id)) claim.via = cardVia(via[claim.id], refs);
      return true;
    },
    // While a re-anchoring runs, the last finished drawing is what the page shows.
    status: () => drawing?.result ?? last,
    async focus(claimId) {
      const current = drawing;
      if (!current) return false;
      let range = current.painted.get(claimId);
      if (!range || range.collapsed) {
        const claim = current.report.claims.find((c) => c.id === claimId);
        range = (claim && (await current.anchor(claim).catch(() => null))) || undefined;
      }
      if (!range) return false;
      const target = elementOf(range);
      // A hidden tab (the popup opened as a tab) never runs a smooth scroll's animation: jump.
      const smooth = doc.visibilityState === "visible" && !win.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
      target?.scrollIntoView({ block: "center", behavior: smooth ? "smooth" : "auto" });
      current.painter.flash(range);
      return true;
    },
  };
}

/**
 * The hover card's headings, read once, when a card first shows: Chromium's first read of a
 * content script's strings fetches them from the browser process synchronously (3–8 ms at the
 * end of a drawing, measured under load).
 */
let headings: { claimHeading: string; markerHeading: string; unsourcedHeading: string; viaHeading: string } | null = null;
const cardHeadings = () =>
  (headings ??= { claimHeading: t("cardClaimHeading"), markerHeading: t("cardMarkerHeading"), unsourcedHeading: t("cardUnsourcedHeading"), viaHeading: t("cardViaHeading") });

/** A claim's `via` as its card names it: the key point and the reference (those the report knows). */
function cardVia(via: readonly PageClaimVia[] | undefined, refs: ReadonlyMap<string, PageReference>): CardVia[] {
  return (via ?? []).flatMap((v) => (refs.has(v.ref) ? [{ point: v.point, ref: refs.get(v.ref)! }] : []));
}

/** The element a range starts in. */
function elementOf(range: Range): Element {
  const node = range.startContainer;
  return node.nodeType === 1 ? (node as Element) : (node.parentElement ?? node.ownerDocument?.documentElement ?? (node as Element));
}

/** The live elements at `paths`; an id whose path leads nowhere is left out. */
function resolvePaths(doc: Document, paths: Record<string, number[]>): Map<string, Element> {
  const out = new Map<string, Element>();
  for (const [id, path] of Object.entries(paths)) {
    const el = resolvePath(doc, path);
    if (el) out.set(id, el);
  }
  return out;
}

interface Reporter {
  step(done: number): void;
  done(): void;
}

/** Progress of placing `total` claims, told at most every 100 ms. */
function reporter(total: number, listener: SessionOptions["onProgress"], win: Window): Reporter {
  const now = () => win.performance?.now() ?? Date.now();
  let told = now();
  return {
    step(done) {
      if (!listener || now() - told < 100) return;
      told = now();
      listener({ done, total });
    },
    done: () => listener?.({ done: total, total }),
  };
}

/**
 * Places each claim, in document order (with `order`, those `order.first` picks come first, and
 * `order.between` runs before the rest), and hands it to `paintNow` when given; otherwise
 * returns the placed claims sorted by position (mark painting relies on that order, reversed).
 */
async function anchorClaims(
  anchor: Anchorer,
  claims: PageClaim[],
  tick: Tick,
  progress: Reporter,
  paintNow: ((claim: PageClaim, range: Range) => void) | null,
  order?: { first: (claim: PageClaim) => boolean; between: () => Promise<void> },
): Promise<{ claim: PageClaim; range: Range }[]> {
  const ordered = [...claims].sort((a, b) => blockOrder(a.block) - blockOrder(b.block) || a.start - b.start);
  const groups = order ? [ordered.filter(order.first), ordered.filter((c) => !order.first(c))] : [ordered];
  const out: { claim: PageClaim; range: Range }[] = [];
  let i = 0;
  for (const [g, group] of groups.entries()) {
    if (g > 0) await order?.between();
    for (const claim of group) {
      await tick();
      progress.step(i++);
      const range = await anchor(claim);
      if (!range || range.collapsed) continue;
      if (paintNow) paintNow(claim, range);
      else out.push({ claim, range });
    }
  }
  // Ranges from different strategies may interleave: sort by real document position.
  return out.sort((a, b) => a.range.compareBoundaryPoints(0 /* START_TO_START */, b.range));
}

/** Blocks before key points ("b3" < "k0"), then by number. */
const blockOrder = (id: string) => (id.startsWith("k") ? 1e6 : 0) + Number(/\d+/.exec(id)?.[0] ?? 0);
