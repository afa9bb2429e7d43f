/**
 * Draws claim highlights. With the CSS Custom Highlight API the page's text is untouched;
 * without it, text is wrapped in <sourcelight-mark> elements (a prefixed custom element that
 * page CSS does not style) and unwrapped again on removal.
 *
 * Highlight styles apply only to elements carrying HIGHLIGHT_ATTR (set on the parent of each
 * painted text node, removed with the highlights): a bare `::highlight()` rule matches every
 * element, and adding one makes the browser restyle the whole page in one task (half a
 * second on a Wikipedia article); scoped, each slice of painting restyles only its elements.
 */

/** The attribute on the elements whose text holds a highlight (see styles.ts). */
export const HIGHLIGHT_ATTR = "data-sourcelight";

export interface Painter {
  mode: "highlight" | "mark";
  /** Paints `range` for claim `id` (`unsourced`: in the "no source" colour); returns the range to hit-test and scroll to afterwards. */
  paint(id: string, range: Range, unsourced?: boolean): Range;
  /** Marks one painted claim as active (hovered / pinned), or none. */
  activate(id: string | null): void;
  /** Briefly flashes a range. */
  flash(range: Range, ms?: number): void;
  /** Removes every highlight. */
  remove(): void;
}

type HighlightCtor = new (...ranges: Range[]) => { add(r: Range): void; clear(): void; delete(r: Range): boolean };
type HighlightRegistry = { set(name: string, h: unknown): void; delete(name: string): boolean };

/** The CSS Custom Highlight API painter, or null where the API is missing. */
export function highlightPainter(win: Window & typeof globalThis): Painter | null {
  const registry = (win.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights;
  const Ctor = (win as unknown as { Highlight?: HighlightCtor }).Highlight;
  if (!registry || typeof Ctor !== "function") return null;
  const claims = new Ctor();
  const unsourced = new Ctor();
  const active = new Ctor();
  const flashes = new Ctor();
  registry.set("sourcelight-claim", claims);
  registry.set("sourcelight-unsourced", unsourced);
  registry.set("sourcelight-active", active);
  registry.set("sourcelight-flash", flashes);
  const byId = new Map<string, Range>();
  const origins = new Set<Element>();
  const scope = (range: Range) => {
    for (const { node } of textPieces(win.document, range)) {
      const el = node.parentElement;
      if (el && !origins.has(el)) {
        el.setAttribute(HIGHLIGHT_ATTR, "");
        origins.add(el);
      }
    }
  };
  return {
    mode: "highlight",
    paint(id, range, isUnsourced = false) {
      scope(range);
      (isUnsourced ? unsourced : claims).add(range);
      byId.set(id, range);
      return range;
    },
    activate(id) {
      active.clear();
      const r = id ? byId.get(id) : undefined;
      if (r) active.add(r);
    },
    flash(range, ms = 1600) {
      scope(range);
      flashes.add(range);
      win.setTimeout(() => flashes.delete(range), ms);
    },
    remove() {
      for (const name of ["sourcelight-claim", "sourcelight-unsourced", "sourcelight-active", "sourcelight-flash"]) registry.delete(name);
      for (const el of origins) el.removeAttribute(HIGHLIGHT_ATTR);
      origins.clear();
      byId.clear();
    },
  };
}

/** The fallback painter: wraps the range's text in <sourcelight-mark> elements. */
export function markPainter(doc: Document): Painter {
  const marks = new Map<string, HTMLElement[]>();
  const setAttr = (els: HTMLElement[], name: string, on: boolean) =>
    els.forEach((m) => (on ? m.setAttribute(name, "") : m.removeAttribute(name)));
  return {
    mode: "mark",
    paint(id, range, isUnsourced = false) {
      const wrapped = wrapRange(doc, range, id);
      if (isUnsourced) setAttr(wrapped, "data-unsourced", true);
      marks.set(id, wrapped);
      const r = doc.createRange();
      if (wrapped.length) {
        r.setStartBefore(wrapped[0] as HTMLElement);
        r.setEndAfter(wrapped[wrapped.length - 1] as HTMLElement);
      }
      return r;
    },
    activate(id) {
      for (const [mid, els] of marks) setAttr(els, "data-active", mid === id);
    },
    flash(range, ms = 1600) {
      const els = [...marks.values()].flat().filter((m) => range.intersectsNode(m));
      setAttr(els, "data-flash", true);
      setTimeout(() => setAttr(els, "data-flash", false), ms);
    },
    remove() {
      for (const els of marks.values()) {
        for (const m of els) {
          const parent = m.parentNode;
          if (!parent) continue;
          while (m.firstChild) parent.insertBefore(m.firstChild, m);
          m.remove();
          parent.normalize();
        }
      }
      marks.clear();
    },
  };
}

/** The non-blank pieces of text nodes inside `range`. */
function textPieces(doc: Document, range: Range): { node: Text; from: number; to: number }[] {
  const pieces: { node: Text; from: number; to: number }[] = [];
  const walker = doc.createTreeWalker(range.commonAncestorContainer, 4 /* SHOW_TEXT */);
  let n: Node | null = range.commonAncestorContainer.nodeType === 3 ? range.commonAncestorContainer : walker.nextNode();
  for (; n; n = walker.nextNode()) {
    if (!range.intersectsNode(n)) continue;
    const t = n as Text;
    const from = t === range.startContainer ? range.startOffset : 0;
    const to = t === range.endContainer ? range.endOffset : t.data.length;
    if (to > from && t.data.slice(from, to).trim()) pieces.push({ node: t, from, to });
    if (t === range.endContainer) break;
  }
  return pieces;
}

/** Wraps each text-node piece inside `range` in a <sourcelight-mark data-claim=id>. */
function wrapRange(doc: Document, range: Range, id: string): HTMLElement[] {
  return textPieces(doc, range).map(({ node, from, to }) => {
    const middle = from > 0 ? node.splitText(from) : node;
    middle.splitText(to - from);
    const mark = doc.createElement("sourcelight-mark");
    mark.dataset.claim = id;
    middle.replaceWith(mark);
    mark.append(middle);
    return mark;
  });
}
