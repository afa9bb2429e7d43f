/**
 * Pointer and keyboard behaviour of the in-page layer: hovering a highlighted claim or a
 * citation marker shows its card, a click pins it, Esc and a click elsewhere close it.
 * Highlights drawn with the Custom Highlight API have no element, so claims are hit-tested
 * against their ranges' rectangles (once per animation frame at most).
 */
import type { ClaimSource, ReportReference } from "../report";
import type { Card } from "./card";
import type { MarkerHit } from "./markers";
import type { Painter } from "./painter";

export interface PaintedClaim {
  id: string;
  range: Range;
  refs: ReportReference[];
  /** The claim's links to `refs` (support verdicts and passages after "Check sources"). */
  sources?: readonly ClaimSource[];
}

export interface HoverDeps {
  doc: Document;
  card: Card;
  painter: Painter;
  claims: PaintedClaim[];
  markers: MarkerHit[];
  strings: { claimHeading: string; markerHeading: string; unsourcedHeading: string };
  signal: AbortSignal;
}

/** Wires the listeners; all of them go away when `signal` aborts. */
export function wireHover({ doc, card, painter, claims, markers, strings, signal }: HoverDeps): void {
  const win = doc.defaultView;
  const opts = { signal, passive: true } as const;
  let frame = 0;
  let current: string | null = null;

  const claimAt = (x: number, y: number) =>
    claims.find((c) => [...c.range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom));

  const headingOf = (c: PaintedClaim) => (c.refs.length > 0 ? strings.claimHeading : strings.unsourcedHeading);
  const open = (key: string, heading: string, refs: ReportReference[], rect: DOMRect, pin = false, sources?: readonly ClaimSource[]) => {
    current = key;
    card.show(heading, refs, rect, pin, sources);
  };
  const close = () => {
    current = null;
    card.hide();
    painter.activate(null);
  };

  doc.addEventListener(
    "pointermove",
    (e) => {
      if (frame || card.pinned) return;
      const { clientX: x, clientY: y, target } = e;
      frame = win?.requestAnimationFrame(() => {
        frame = 0;
        if (signal.aborted || card.pinned || card.contains(target)) return;
        const hit = claimAt(x, y);
        if (hit && current !== hit.id) {
          painter.activate(hit.id);
          open(hit.id, headingOf(hit), hit.refs, hit.range.getBoundingClientRect(), false, hit.sources);
        } else if (!hit && current?.startsWith("c") && !markers.some((m) => m.element.contains(target as Node))) {
          close();
        }
      }) ?? 0;
    },
    opts,
  );

  for (const m of markers) {
    const show = () => !card.pinned && open(`m:${m.ref.id}`, strings.markerHeading, [m.ref], m.element.getBoundingClientRect());
    m.element.addEventListener("pointerenter", show, opts);
    m.element.addEventListener("focus", show, opts);
    m.element.addEventListener("pointerleave", () => !card.pinned && close(), opts);
    m.element.addEventListener("blur", () => !card.pinned && close(), opts);
  }

  doc.addEventListener(
    "click",
    (e) => {
      if (card.contains(e.target)) return;
      const hit = claimAt(e.clientX, e.clientY);
      if (hit) {
        painter.activate(hit.id);
        open(hit.id, headingOf(hit), hit.refs, hit.range.getBoundingClientRect(), true, hit.sources);
      } else if (card.pinned) close();
    },
    { signal, capture: true, passive: true },
  );

  doc.addEventListener("keydown", (e) => e.key === "Escape" && card.visible && close(), { signal, capture: true });
  win?.addEventListener("scroll", () => card.visible && !card.pinned && close(), { signal, passive: true, capture: true });
}
