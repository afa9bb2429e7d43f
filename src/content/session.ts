/**
 * One drawing of one report on the page: finds the claims again, paints them, adds the hover
 * card and marker cards, and keeps them placed while the page changes (a debounced
 * MutationObserver re-anchors everything). `clear()` removes all of it through one AbortSignal.
 */
import type { DrawOptions, DrawResult } from "../messages";
import type { Report, ReportClaim, ReportReference } from "../report";
import { t } from "../platform/i18n";
import { createCard } from "./card";
import { selectClaims } from "./density";
import { wireHover, type PaintedClaim } from "./hover";
import { findMarkers } from "./markers";
import { highlightPainter, markPainter, type Painter } from "./painter";
import { addStyles, pageCss } from "./styles";
import { createAnchorer, type Anchorer } from "./anchor";
import { watchPage } from "./watch-page";

export interface Session {
  /** Keeps the live elements of the last extraction (block / key point / reference ids). */
  useElements(elements: ReadonlyMap<string, Element>): void;
  draw(report: Report, options?: DrawOptions): DrawResult;
  /** What is drawn now (re-anchoring updates it), or null. */
  status(): DrawResult | null;
  focus(claimId: string): boolean;
  clear(): boolean;
}

export interface SessionOptions {
  /** Skip the Highlight API (tests, old browsers). */
  forceMarks?: boolean;
  /** Quiet time after the last page change before re-anchoring. */
  debounceMs?: number;
}

interface Drawing {
  controller: AbortController;
  painter: Painter;
  report: Report;
  options: DrawOptions;
  painted: Map<string, Range>;
  anchor: Anchorer;
  result: DrawResult;
}

const DEFAULT_OPTIONS: DrawOptions = { style: "marker", unsourced: false };

/** A session over `win`'s document. */
export function createSession(win: Window & typeof globalThis, opts: SessionOptions | boolean = {}): Session {
  const { forceMarks = false, debounceMs = 400 } = typeof opts === "boolean" ? { forceMarks: opts } : opts;
  const doc = win.document;
  let drawing: Drawing | null = null;
  let elements: ReadonlyMap<string, Element> = new Map();

  const clear = () => {
    if (!drawing) return false;
    drawing.controller.abort();
    drawing = null;
    return true;
  };

  const draw = (report: Report, options: DrawOptions = DEFAULT_OPTIONS): DrawResult => {
    clear();
    const controller = new win.AbortController(); // the page window's own: listeners there accept its signals
    const signal = controller.signal;
    const painter = (!forceMarks && highlightPainter(win)) || markPainter(doc);
    const unstyle = addStyles(doc, pageCss(options.style));
    signal.addEventListener("abort", () => {
      painter.remove();
      unstyle();
    });
    const refs = new Map(report.references.map((r) => [r.id, r]));
    const isSourced = (c: ReportClaim) => c.sources.some((s) => refs.has(s.ref));
    const wanted = selectClaims(report, options);
    const sourced = wanted.filter(isSourced);
    const anchor = createAnchorer(doc, elements);
    const placed = anchorClaims(anchor, wanted);
    // Paint from the end of the page backwards: wrapping text (mark mode) splits nodes after
    // the painted spot, which leaves the positions of earlier claims valid.
    const painted = new Map<string, Range>();
    const claims: PaintedClaim[] = [];
    for (const { claim, range } of placed.reverse()) {
      const r = painter.paint(claim.id, range, !isSourced(claim));
      painted.set(claim.id, r);
      claims.push({ id: claim.id, range: r, refs: claim.sources.map((s) => refs.get(s.ref)).filter((x): x is ReportReference => !!x) });
    }
    const card = createCard(doc, signal);
    const blockEls = [...elements].filter(([id]) => /^[bk]\d/.test(id)).map(([, el]) => el);
    const markers = findMarkers(doc.body ?? doc, report.references, blockEls);
    const strings = { claimHeading: t("cardClaimHeading"), markerHeading: t("cardMarkerHeading"), unsourcedHeading: t("cardUnsourcedHeading") };
    wireHover({ doc, card, painter, claims, markers, strings, signal });
    const result: DrawResult = {
      anchored: sourced.filter((c) => painted.has(c.id)).length,
      missing: sourced.filter((c) => !painted.has(c.id)).map((c) => c.id),
      mode: painter.mode,
      unsourced: options.unsourced ? painted.size - sourced.filter((c) => painted.has(c.id)).length : 0,
    };
    drawing = { controller, painter, report, options, painted, anchor, result };
    // Watch last, so our own painting above is not taken for a page change.
    watchPage(win, signal, debounceMs, () => {
      if (drawing?.controller === controller) draw(report, options);
    });
    return result;
  };

  return {
    clear,
    draw,
    useElements(map) {
      elements = map;
    },
    status: () => drawing?.result ?? null,
    focus(claimId) {
      if (!drawing) return false;
      let range = drawing.painted.get(claimId);
      if (!range || range.collapsed) {
        const claim = drawing.report.claims.find((c) => c.id === claimId);
        range = (claim && drawing.anchor(claim)) || undefined;
      }
      if (!range) return false;
      const target = range.startContainer.nodeType === 1 ? (range.startContainer as Element) : range.startContainer.parentElement;
      // A hidden tab (the popup opened as a tab) never runs a smooth scroll's animation: jump.
      const smooth = doc.visibilityState === "visible" && !win.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
      target?.scrollIntoView({ block: "center", behavior: smooth ? "smooth" : "auto" });
      drawing.painter.flash(range);
      return true;
    },
  };
}

/** Places each claim, in document order (mark painting relies on that order, reversed). */
function anchorClaims(anchor: Anchorer, claims: ReportClaim[]): { claim: ReportClaim; range: Range }[] {
  const ordered = [...claims].sort((a, b) => blockOrder(a.block) - blockOrder(b.block) || a.start - b.start);
  const out: { claim: ReportClaim; range: Range }[] = [];
  for (const claim of ordered) {
    const range = anchor(claim);
    if (range && !range.collapsed) out.push({ claim, range });
  }
  // Ranges from different strategies may interleave: sort by real document position.
  return out.sort((a, b) => a.range.compareBoundaryPoints(0 /* START_TO_START */, b.range));
}

/** Blocks before key points ("b3" < "k0"), then by number. */
const blockOrder = (id: string) => (id.startsWith("k") ? 1e6 : 0) + Number(/\d+/.exec(id)?.[0] ?? 0);
