/**
 * Where an element sits, as a path of element-child indices from `documentElement`. The
 * extension extracts a serialized copy of the page away from the page's main thread (an
 * offscreen document in Chrome, the event page in Firefox); paths carry the positions of
 * the copy's blocks, key points and references back to the live page, where the content
 * script resolves them and checks each element's text before trusting it. DOM only, and
 * apart from the extractor so the content script can resolve paths without bundling it.
 */

/** The element-child-index path of `el` from its document's root element (null when detached). */
export function pathOf(el: Element, indexOf: (el: Element) => number = childIndex): number[] | null {
  const root = el.ownerDocument.documentElement;
  const path: number[] = [];
  let e: Element | null = el;
  for (; e && e !== root; e = e.parentElement) path.push(indexOf(e));
  return e === root ? path.reverse() : null;
}

/** The element at `path` under `doc`'s root element, or null when the page has no such element. */
export function resolvePath(doc: Document, path: readonly number[]): Element | null {
  let e: Element | null = doc.documentElement;
  for (const i of path) e = e?.children[i] ?? null;
  return e;
}

/** Paths of every element of `elements`; sibling positions are counted once per parent. */
export function pathsOf(elements: ReadonlyMap<string, Element>): Record<string, number[]> {
  const positions = new Map<Element, number>();
  const indexOf = (el: Element): number => {
    if (!positions.has(el)) {
      const siblings = el.parentElement?.children ?? [];
      for (let i = 0; i < siblings.length; i++) positions.set(siblings[i] as Element, i);
    }
    return positions.get(el) ?? 0;
  };
  const out: Record<string, number[]> = {};
  for (const [id, el] of elements) {
    const path = pathOf(el, indexOf);
    if (path) out[id] = path;
  }
  return out;
}

function childIndex(el: Element): number {
  const siblings = el.parentElement?.children;
  return siblings ? Array.prototype.indexOf.call(siblings, el) : 0;
}
