/**
 * Pointer and keyboard behaviour of the in-page layer: hovering a highlighted claim or a
 * citation marker shows its card, a click pins it, Esc and a click elsewhere close it.
 * Highlights drawn with the Custom Highlight API have no element, so claims are hit-tested
 * against their ranges' rectangles (once per animation frame at most). Markers share a few
 * listeners on the document (Wikipedia has hundreds of markers: four listeners each took one
 * 10–30 ms task to add); an event's target is looked up among them.
 */
import type { PageReference } from "../page-report";
import type { Card, CardClaim } from "./card";
import type { MarkerHit } from "./markers";
import type { Painter } from "./painter";

/** A highlighted claim: where it is, its references, and what its card adds (sources, via, said). */
export interface PaintedClaim extends CardClaim {
  id: string;
  range: Range;
  refs: PageReference[];
}

export interface HoverDeps {
  doc: Document;
  card: Card;
  painter: Painter;
  claims: PaintedClaim[];
  markers: MarkerHit[];
  /** The card's headings (read on first use: the first read of the extension's strings can be a slow call). */
  strings: () => { claimHeading: string; markerHeading: string; unsourcedHeading: string; viaHeading: string };
  signal: AbortSignal;
}

/** Wires the listeners; all of them go away when `signal` aborts. */
export function wireHover({ doc, card, painter, claims, markers, strings, signal }: HoverDeps): void {
  const win = doc.defaultView;
  const opts = { signal, passive: true } as const;
  let frame = 0;
  let current: string | null = null;
  // The marker element the card was opened for (two markers may cite the same reference).
  let shownAt: Element | null = null;
  const byElement = new Map<Node, MarkerHit>(markers.map((m) => [m.element, m]));
  /** The marker `target` is in (itself or an ancestor), if any. */
  const markerOf = (target: EventTarget | null): MarkerHit | undefined => {
    for (let n = target as Node | null; n && byElement.size > 0; n = n.parentNode) {
      const hit = byElement.get(n);
      if (hit) return hit;
    }
    return undefined;
  };

  const claimAt = (x: number, y: number) =>
    claims.find((c) => [...c.range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom));

  const headingOf = (c: PaintedClaim) => {
    if (c.refs.length > 0) return strings().claimHeading;
    return c.via?.length ? strings().viaHeading : strings().unsourcedHeading;
  };
  const open = (key: string, heading: string, refs: PageReference[], rect: DOMRect, pin = false, claim?: CardClaim) => {
    current = key;
    shownAt = null;
    card.show(heading, refs, rect, pin, claim);
  };
  const close = () => {
    current = null;
    shownAt = null;
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
          open(hit.id, headingOf(hit), hit.refs, hit.range.getBoundingClientRect(), false, hit);
        } else if (!hit && current?.startsWith("c") && !markerOf(target)) {
          close();
        }
      }) ?? 0;
    },
    opts,
  );

  // Entering a marker (or anything inside it) shows its card; leaving it for outside closes it.
  const enter = (e: Event) => {
    const m = markerOf(e.target);
    if (!m || card.pinned || (card.visible && shownAt === m.element)) return;
    open(`m:${m.ref.id}`, strings().markerHeading, [m.ref], m.element.getBoundingClientRect());
    shownAt = m.element;
  };
  const leave = (e: Event) => {
    const m = markerOf(e.target);
    const to = (e as PointerEvent | FocusEvent).relatedTarget as Node | null;
    if (m && !m.element.contains(to) && !card.pinned) close();
  };
  if (markers.length > 0) {
    doc.addEventListener("pointerover", enter, opts);
    doc.addEventListener("focusin", enter, opts);
    doc.addEventListener("pointerout", leave, opts);
    doc.addEventListener("focusout", leave, opts);
  }

  doc.addEventListener(
    "click",
    (e) => {
      if (card.contains(e.target)) return;
      const hit = claimAt(e.clientX, e.clientY);
      if (hit) {
        painter.activate(hit.id);
        open(hit.id, headingOf(hit), hit.refs, hit.range.getBoundingClientRect(), true, hit);
      } else if (card.pinned) close();
    },
    { signal, capture: true, passive: true },
  );

  doc.addEventListener("keydown", (e) => e.key === "Escape" && card.visible && close(), { signal, capture: true });
  win?.addEventListener("scroll", () => card.visible && !card.pinned && close(), { signal, passive: true, capture: true });
}
