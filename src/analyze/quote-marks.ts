/**
 * Where quotations stand in a paragraph: each pair of quotation marks, in any of the styles
 * news is written in (“…”, "…", ''…'', „…“, «…», »…«, 「…」, and ‘…’ where a paragraph uses no
 * double marks). A quotation left open at the paragraph's end runs on: in news style a quote
 * that goes over several paragraphs opens each of them and closes only the last, so
 * quotes.ts joins an open one with the next paragraph's. Offsets only; no judgement of who
 * speaks.
 */
import { QUOTE_PAIRS } from "./quote-patterns";

/** One quotation in a block's text. */
export interface QuoteSpan {
  /** Offset of the opening mark (0 for a quotation carried over from the previous paragraph). */
  open: number;
  /** The quoted words: [start, end). */
  start: number;
  end: number;
  /** Offset just after the closing mark (the block's end when it never closes). */
  close: number;
  /** False when the paragraph ends before the quotation closes. */
  closed: boolean;
  /** True when the paragraph starts inside a quotation (a closing mark comes before any opening one). */
  carried: boolean;
}

const DOUBLE = /["“”„«»「」『』]|''/;
const LETTER = /[\p{L}\p{N}]/u;

/** The opening mark at `i`, if one stands there. */
function openerAt(text: string, i: number, singles: boolean): string | null {
  if (text.startsWith("''", i)) return "''";
  const c = text[i]!;
  if (c === "‘") {
    if (!singles) return null;
    return i === 0 || !LETTER.test(text[i - 1]!) ? c : null;
  }
  return QUOTE_PAIRS.has(c) ? c : null;
}

/** Where the quotation opened by `mark` at `from` closes: [markStart, markEnd], or null. */
function closerFrom(text: string, mark: string, from: number): [number, number] | null {
  const closers = QUOTE_PAIRS.get(mark)!;
  if (mark === "''") {
    const j = text.indexOf("''", from);
    return j < 0 ? null : [j, j + 2];
  }
  for (let j = from; j < text.length; j++) {
    const c = text[j]!;
    if (!closers.includes(c)) continue;
    // An apostrophe inside a word ("don’t", "officials’ ") is no closing mark for ‘…’.
    if (c === "’" && mark === "‘" && LETTER.test(text[j + 1] ?? "")) continue;
    return [j, j + 1];
  }
  return null;
}

/** Trims spaces inside the marks (« guillemets » are set with spaces). */
function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

/** The quotations of one block's text, in order. */
export function quoteSpans(text: string): QuoteSpan[] {
  const singles = !DOUBLE.test(text);
  const out: QuoteSpan[] = [];
  // A closing curly mark before any opening one: the paragraph continues a quotation.
  const firstClose = text.search(/[”»」』]/);
  const firstOpen = text.search(/[“"«„「『]|''/);
  let i = 0;
  if (firstClose >= 0 && (firstOpen < 0 || firstClose < firstOpen) && text[firstClose] === "”") {
    const [s, e] = trimmed(text, 0, firstClose);
    out.push({ open: 0, start: s, end: e, close: firstClose + 1, closed: true, carried: true });
    i = firstClose + 1;
  }
  const candidate = /["“„«»「『‹‘]|''/g;
  while (i < text.length) {
    candidate.lastIndex = i;
    const next = candidate.exec(text);
    if (!next) break;
    i = next.index;
    const mark = openerAt(text, i, singles);
    if (!mark) {
      i++;
      continue;
    }
    const from = i + mark.length;
    const closer = closerFrom(text, mark, from);
    const [s, e] = trimmed(text, from, closer ? closer[0] : text.length);
    out.push({ open: i, start: s, end: e, close: closer ? closer[1] : text.length, closed: closer !== null, carried: false });
    if (!closer) break;
    i = closer[1];
  }
  return out.filter((q) => q.end > q.start);
}
