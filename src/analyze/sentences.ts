/**
 * Splits a block's text into sentences with `Intl.Segmenter`, then repairs the breaks
 * that ICU's rules get wrong in news and reference prose: after "Dr." or "Jan.", after an
 * initial ("J. Smith"), and before a lower-case continuation ("Which? found …",
 * "said "no!" and left"). Returns offsets, so claims can point back into the block.
 */
import { PATTERNS } from "./patterns";

/** A sentence's span in its block text (trimmed of surrounding whitespace). */
export interface Span {
  start: number;
  end: number;
}

const segmenters = new Map<string, Intl.Segmenter | null>();

function segmenterFor(lang: string): Intl.Segmenter | null {
  if (!segmenters.has(lang)) {
    let seg: Intl.Segmenter | null = null;
    try {
      if (typeof Intl.Segmenter === "function") seg = new Intl.Segmenter(lang, { granularity: "sentence" });
    } catch {
      seg = typeof Intl.Segmenter === "function" ? new Intl.Segmenter("en", { granularity: "sentence" }) : null;
    }
    segmenters.set(lang, seg);
  }
  return segmenters.get(lang) ?? null;
}

/** Raw sentence starts from ICU, or from a simple punctuation rule where Segmenter is missing. */
function rawBreaks(text: string, lang: string): number[] {
  const seg = segmenterFor(lang);
  if (seg) return [...seg.segment(text)].map((s) => s.index);
  const starts = [0];
  for (const m of text.matchAll(/[.!?]["”’)]*\s+(?=\S)/g)) starts.push(m.index + m[0].length);
  return starts;
}

/** Words that start sentences, so a capital after "U.S." or "B." still begins a new one. */
const SENTENCE_STARTER = /^[\s"“]*(?:The|A|An|In|It|But|And|This|That|These|Those|He|She|They|We|I|Then|There|So|Yet|Its|His|Her|Our|Their|On|At|For|If|When|After)\b/;

/** Whether the break between `before` and `after` is a false one that should be joined. */
function isFalseBreak(before: string, after: string): boolean {
  if (PATTERNS.lowerStart.test(after)) return true;
  if (/(?:Mr|Mrs|Ms|Mx|Dr|Prof|St)\.\s*$/.test(before)) return true;
  if (PATTERNS.nonFinalAbbreviation.test(before)) return !SENTENCE_STARTER.test(after);
  if (PATTERNS.trailingInitial.test(before) && /^\s*\p{Lu}[\p{Ll}'’-]+/u.test(after)) return !SENTENCE_STARTER.test(after);
  return false;
}

/** Sentence spans of `text`, trimmed, in order, with abbreviation and continuation breaks repaired. */
export function splitSentences(text: string, lang = "en"): Span[] {
  const starts = rawBreaks(text, lang).filter((i) => i > 0 && i < text.length);
  const kept: number[] = [0];
  for (const at of starts) {
    const prev = kept[kept.length - 1]!;
    if (!isFalseBreak(text.slice(prev, at), text.slice(at, at + 40))) kept.push(at);
  }
  const spans: Span[] = [];
  for (let i = 0; i < kept.length; i++) {
    let start = kept[i]!;
    let end = i + 1 < kept.length ? kept[i + 1]! : text.length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) spans.push({ start, end });
  }
  return spans;
}
