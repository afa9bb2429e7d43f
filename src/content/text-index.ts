/**
 * Finds a claim's text again in the live page. The report places claims by block id and
 * offsets in the block's whitespace-collapsed text; until extract exposes its own block
 * mapping, we index the page's text nodes with whitespace collapsed and search for the
 * claim's words, tolerating a citation marker ("[1]") inside the claim.
 */
import type { Tick } from "./slices";

const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "TEXTAREA", "SELECT", "SOURCELIGHT-CARD"]);

export interface TextIndex {
  /** The page's text, every whitespace run collapsed to one space. */
  text: string;
  /** For each character of `text`: the text node and offset it came from. */
  nodes: Text[];
  offsets: number[];
}

/** Collapses whitespace the way snapshot block text does. */
export function collapse(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** Indexes every visible-in-principle text node under `root`, calling `tick` between nodes. */
export async function buildTextIndex(root: Node, tick: Tick = async () => undefined): Promise<TextIndex> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */, {
    acceptNode: (n) => (skipped(n.parentElement) ? 2 /* REJECT */ : 1 /* ACCEPT */),
  });
  const index: TextIndex = { text: "", nodes: [], offsets: [] };
  const chars: string[] = [];
  let lastSpace = true;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    await tick();
    if (!n.isConnected) continue; // the page changed while we yielded
    const data = n.data;
    for (let i = 0; i < data.length; i++) {
      const space = /\s/.test(data[i] as string);
      if (space && lastSpace) continue;
      chars.push(space ? " " : (data[i] as string));
      index.nodes.push(n);
      index.offsets.push(i);
      lastSpace = space;
    }
  }
  index.text = chars.join("");
  return index;
}

function skipped(el: Element | null): boolean {
  for (let e = el; e; e = e.parentElement) if (SKIP.has(e.tagName)) return true;
  return false;
}

/** Where `needle` sits in the index, searching from `from` first, then from the start. */
export function findText(index: TextIndex, needle: string, from = 0): { start: number; end: number } | null {
  const q = collapse(needle);
  if (!q) return null;
  return locate(index.text, q, from) ?? (from > 0 ? locate(index.text, q, 0) : null);
}

function locate(text: string, q: string, from: number): { start: number; end: number } | null {
  const exact = text.indexOf(q, from);
  if (exact >= 0) return { start: exact, end: exact + q.length };
  // A marker or a footnote link inside the claim breaks an exact match: match its two ends.
  if (q.length < 24) return null;
  const span = Math.min(40, Math.floor(q.length / 2));
  const head = q.slice(0, span);
  const tail = q.slice(-span);
  for (let h = text.indexOf(head, from); h >= 0; h = text.indexOf(head, h + 1)) {
    const t = text.indexOf(tail, h + head.length);
    if (t >= 0 && t + span - h <= q.length + 80) return { start: h, end: t + span };
    if (t < 0) return null;
  }
  return null;
}

/** A DOM range over index characters [start, end). */
export function rangeAt(index: TextIndex, start: number, end: number): Range | null {
  const a = index.nodes[start];
  const b = index.nodes[end - 1];
  const ao = index.offsets[start];
  const bo = index.offsets[end - 1];
  if (!a || !b || ao === undefined || bo === undefined) return null;
  const range = a.ownerDocument.createRange();
  range.setStart(a, ao);
  range.setEnd(b, bo + 1);
  return range;
}
