/**
 * Finds the page's citation markers ("[1]", footnote links) so a hover card can name the
 * reference behind them: links to a reference entry's DOM id, and bracketed or superscript
 * labels that equal a reference's label.
 */
import { markerLabel, markerTargetId } from "../extract/markers";
import { readBlock } from "../extract/text";
import type { PageReference } from "../page-report";
import type { Tick } from "./slices";

export interface MarkerHit {
  element: HTMLElement;
  ref: PageReference;
}

const LABEL = /^\[?\s*([\w.-]{1,12})\s*\]?$/;

/**
 * Marker elements paired with the reference they point at: first the markers extract met
 * inside the article's blocks (`blocks`), then links and labels found anywhere under `root`.
 * Calls `tick` between elements (the drawing runs in slices).
 */
export async function findMarkers(root: ParentNode, refs: PageReference[], blocks: Iterable<Element> = [], tick: Tick = async () => undefined): Promise<MarkerHit[]> {
  const byAnchor = new Map(refs.filter((r) => r.anchor).map((r) => [r.anchor as string, r]));
  const byLabel = new Map(refs.filter((r) => r.label).map((r) => [r.label as string, r]));
  const hits: MarkerHit[] = [];
  const seen = new Set<Element>();
  // Every ancestor of a marker found: a candidate that contains a marker is not one itself.
  const holders = new Set<Node>();
  const add = (element: HTMLElement, ref: PageReference) => {
    hits.push({ element, ref });
    seen.add(element);
    for (let p = element.parentNode; p && !holders.has(p); p = p.parentNode) holders.add(p);
  };
  const insideSeen = (el: Element) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (seen.has(p)) return true;
    return false;
  };
  for (const block of blocks) {
    await tick();
    if (!block.isConnected) continue;
    for (const { el } of readBlock(block).markers) {
      const target = markerTargetId(el);
      const ref = (target ? byAnchor.get(target) : undefined) ?? byLabel.get(markerLabel(el));
      if (ref) add(el as HTMLElement, ref);
    }
  }
  for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href*="#"]')) {
    await tick();
    if (seen.has(a)) continue;
    const id = decodeHash(a.getAttribute("href") ?? "");
    const ref = id ? byAnchor.get(id) : undefined;
    if (ref && !insideReferenceList(a, ref)) add(a, ref);
  }
  // Bracketed labels ("[2]") and superscript labels that equal a reference's label.
  for (const el of root.querySelectorAll<HTMLElement>("sup, a")) {
    await tick();
    if (seen.has(el) || holders.has(el) || insideSeen(el)) continue;
    const text = (el.textContent ?? "").trim();
    if (el.tagName === "A" && !/^\[.*\]$/.test(text)) continue;
    const m = LABEL.exec(text);
    const ref = m ? byLabel.get(m[1] as string) : undefined;
    if (!ref || insideReferenceList(el, ref)) continue;
    add(el, ref);
  }
  return hits;
}

function decodeHash(href: string): string | null {
  const i = href.indexOf("#");
  if (i < 0) return null;
  try {
    return decodeURIComponent(href.slice(i + 1));
  } catch {
    return href.slice(i + 1);
  }
}

/** The reference entry's own backlink is not a marker. */
function insideReferenceList(el: Element, ref: PageReference): boolean {
  if (!ref.anchor) return false;
  return !!el.closest(`[id="${ref.anchor.replace(/["\\]/g, "\\$&")}"]`);
}
