/**
 * Tiny DOM traversal helpers. They walk with firstElementChild / nextElementSibling
 * instead of live HTMLCollections: in jsdom every indexed or `.length` access on a
 * collection is a proxy trap that scans the whole collection, which made a 250 KB
 * Wikipedia page take seconds; sibling pointers are cheap everywhere.
 */

/** Calls `visit` on every element under `root` (not `root` itself) in document order; return "skip" to skip a subtree, "stop" to end. */
export function forEachElement(root: Element, visit: (el: Element) => void | "skip" | "stop"): void {
  let el: Element | null = root.firstElementChild;
  while (el) {
    const r = visit(el);
    if (r === "stop") return;
    if (r !== "skip" && el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) el = el.parentElement;
    if (!el || el === root) return;
    el = el.nextElementSibling;
  }
}

/** Elements under `root` whose tag (localName) is in `tags`, in document order. */
export function elementsByTag(root: Element, tags: ReadonlySet<string>, limit = Infinity): Element[] {
  const out: Element[] = [];
  forEachElement(root, (el) => {
    if (tags.has(el.localName)) out.push(el);
    return out.length >= limit ? "stop" : undefined;
  });
  return out;
}

/** The first element under `root` with tag `tag`, or null. */
export function firstByTag(root: Element, tag: string): Element | null {
  return elementsByTag(root, new Set([tag]), 1)[0] ?? null;
}

/** Number of elements in the document (one pass, no live collection). */
export function countElements(doc: Document): number {
  const html = doc.documentElement;
  if (!html) return 0;
  let n = 1;
  forEachElement(html, () => {
    n++;
  });
  return n;
}
