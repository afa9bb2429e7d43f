/**
 * One drawing of one report on the page: finds the sourced claims again, paints them, adds
 * the hover card and marker cards. `clear()` removes all of it through one AbortSignal.
 */
import type { DrawResult } from "../messages";
import type { Report, ReportClaim, ReportReference } from "../report";
import { t } from "../platform/i18n";
import { createCard } from "./card";
import { wireHover, type PaintedClaim } from "./hover";
import { findMarkers } from "./markers";
import { highlightPainter, markPainter, type Painter } from "./painter";
import { PAGE_CSS, addStyles } from "./styles";
import { createAnchorer, type Anchorer } from "./anchor";

export interface Session {
  /** Keeps the live elements of the last extraction (block / key point / reference ids). */
  useElements(elements: ReadonlyMap<string, Element>): void;
  draw(report: Report): DrawResult;
  focus(claimId: string): boolean;
  clear(): boolean;
}

interface Drawing {
  controller: AbortController;
  painter: Painter;
  report: Report;
  painted: Map<string, Range>;
  anchor: Anchorer;
}

/** A session over `win`'s document; `forceMarks` skips the Highlight API (tests, old browsers). */
export function createSession(win: Window & typeof globalThis, forceMarks = false): Session {
  const doc = win.document;
  let drawing: Drawing | null = null;
  let elements: ReadonlyMap<string, Element> = new Map();

  const clear = () => {
    if (!drawing) return false;
    drawing.controller.abort();
    drawing = null;
    return true;
  };

  return {
    clear,
    useElements(map) {
      elements = map;
    },
    draw(report) {
      clear();
      const controller = new win.AbortController(); // the page window's own: listeners there accept its signals
      const signal = controller.signal;
      const painter = (!forceMarks && highlightPainter(win)) || markPainter(doc);
      const unstyle = addStyles(doc, PAGE_CSS);
      signal.addEventListener("abort", () => {
        painter.remove();
        unstyle();
      });
      const refs = new Map(report.references.map((r) => [r.id, r]));
      const sourced = report.claims.filter((c) => c.sources.some((s) => refs.has(s.ref)));
      const anchor = createAnchorer(doc, elements);
      const placed = anchorClaims(anchor, sourced);
      // Paint from the end of the page backwards: wrapping text (mark mode) splits nodes after
      // the painted spot, which leaves the positions of earlier claims valid.
      const painted = new Map<string, Range>();
      const claims: PaintedClaim[] = [];
      for (const { claim, range } of placed.reverse()) {
        const r = painter.paint(claim.id, range);
        painted.set(claim.id, r);
        claims.push({ id: claim.id, range: r, refs: claim.sources.map((s) => refs.get(s.ref)).filter((x): x is ReportReference => !!x) });
      }
      const card = createCard(doc, signal);
      const blockEls = [...elements].filter(([id]) => /^[bk]\d/.test(id)).map(([, el]) => el);
      const markers = findMarkers(doc.body ?? doc, report.references, blockEls);
      const strings = { claimHeading: t("cardClaimHeading"), markerHeading: t("cardMarkerHeading") };
      wireHover({ doc, card, painter, claims, markers, strings, signal });
      drawing = { controller, painter, report, painted, anchor };
      const missing = sourced.filter((c) => !painted.has(c.id)).map((c) => c.id);
      return { anchored: painted.size, missing, mode: painter.mode };
    },
    focus(claimId) {
      if (!drawing) return false;
      let range = drawing.painted.get(claimId);
      if (!range) {
        const claim = drawing.report.claims.find((c) => c.id === claimId);
        range = (claim && drawing.anchor(claim)) || undefined;
      }
      if (!range) return false;
      const target = range.startContainer.parentElement;
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
