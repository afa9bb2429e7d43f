/**
 * The words around a quotation, as tokens: each quotation is one token, so the patterns of
 * quotes.ts see `Q , NAME said .` whatever the quotation holds. With them, the two noun-phrase
 * readers the patterns share: the speaker before a verb ("Taliban spokesman Zabihullah Mujahid
 * said") and the one after it ("said Tom Reyes", "according to the report").
 */
import { TITLE_ALTERNATION } from "./patterns";
import { SPEAKER_WORDS as W } from "./quote-patterns";

export interface Token {
  kind: "word" | "punct" | "quote";
  text: string;
  /** The word folded for the word lists (lower case, no closing period), read once. */
  low: string;
  /** Offsets in the text the tokens were read from. */
  start: number;
  end: number;
  /** For a quote token: the index of its span. */
  quote?: number;
}

/** Abbreviations whose period belongs to the word ("Mr.", "Sen.", "U.S."). */
const ABBREVIATION = new RegExp(`^(?:${TITLE_ALTERNATION}|inc|co|corp|ltd|no|vs|atty|supt|pres|u\\.s|u\\.k|u\\.n|d\\.c|[a-z])$`, "i");

/** JavaScript's whitespace (/\s/) by character code: the tokenizer asks it of every character. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Tokens of `text[from, to)`, with `quotes` (offsets in `text`) as one token each. */
export function tokenize(text: string, from: number, to: number, quotes: readonly { open: number; close: number }[]): Token[] {
  const out: Token[] = [];
  let i = from;
  let q = 0;
  const word = /[\p{L}\p{N}](?:[\p{L}\p{N}\-]|['’](?=\p{L})|\/(?=\p{N}))*/uy; // "9/11" is one word
  while (i < to) {
    while (q < quotes.length && quotes[q]!.close <= i) q++;
    const span = quotes[q];
    if (span && span.open <= i && span.open < to) {
      out.push({ kind: "quote", text: text.slice(span.open, span.close), low: "", start: span.open, end: span.close, quote: q });
      i = Math.min(span.close, to);
      q++;
      continue;
    }
    const c = text[i]!;
    if (isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    word.lastIndex = i;
    const m = word.exec(text);
    if (m && m.index === i && i + m[0].length <= to) {
      let end = i + m[0].length;
      if (text[end] === "." && ABBREVIATION.test(m[0])) end++;
      // the word folded: its match never ends in a period (an abbreviation's is added after it)
      out.push({ kind: "word", text: text.slice(i, end), low: m[0].toLowerCase(), start: i, end });
      i = end;
      continue;
    }
    out.push({ kind: "punct", text: c, low: c, start: i, end: i + 1 });
    i++;
  }
  return out;
}

/** A noun that can head a speaker's phrase: a body, a document, an unnamed source, a role. */
export const isHead = (w: string) => W.orgHead.test(w) || W.docHead.test(w) || W.anonHead.test(w) || W.roleHead.test(w);

export const isWord = (t: Token | undefined): t is Token => t?.kind === "word";
export const isCap = (t: Token | undefined): boolean => isWord(t) && startsUpper(t.text);

/** Whether a text opens with a capital letter (/^\p{Lu}/u; an ASCII first letter answers without the expression, as most do). */
function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(text);
}
export const bare = (t: Token): string => t.low;

/** The longest phrase a speaker's noun phrase may be, in words. */
const MAX_NP = 12;

/**
 * The start of the noun phrase that ends just before token `end` (exclusive), or null: words
 * back to a punctuation mark, a quotation or a clause word ("that", "believes"), then trimmed
 * of joining words it cannot start with ("of", "with").
 */
export function phraseBefore(tokens: readonly Token[], end: number): number | null {
  let j = end - 1;
  while (j >= 0 && end - j <= MAX_NP) {
    const t = tokens[j]!;
    // "Sen. Lindsey Graham (R-S.C.)": a bracketed aside belongs to the phrase.
    if (t.text === ")" && j < end - 0) {
      const open = lastIndexBefore(tokens, j, "(", 8);
      if (open > 0 && isWord(tokens[open - 1])) {
        j = open - 1;
        continue;
      }
    }
    if (t.kind !== "word") break;
    const w = bare(t);
    if (!isCap(t) && W.clauseWord.test(w) && !W.joiner.test(w)) break;
    // A verb and its object end the phrase: "Trump attacked Hillary Clinton saying", "the fees angered the
    // residents, many of whom say", "stop paying an engineer who said" (not "officials representing the families").
    if (!isCap(t) && !W.joiner.test(w) && j + 1 < end) {
      if (/ed$/.test(w) && isCap(tokens[j - 1])) break;
      if (/(?:ed|ing)$/.test(w) && W.determiner.test(bare(tokens[j + 1]!)) && !(isWord(tokens[j - 1]) && isHead(bare(tokens[j - 1]!)))) break;
      // A noun right before an article opens a clause without "that" whose verb is the cue: "a figure
      // the Riverside Tribune first reported" is the Tribune's ("the aide the agency hired said" is not).
      const clause = !W.determiner.test(w) && !W.pronoun.test(w) && W.article.test(bare(tokens[j + 1]!)) && isWord(tokens[j - 1]) && W.article.test(bare(tokens[j - 1]!));
      if (clause && !tokens.slice(j + 2, end).some((x) => !isCap(x) && /(?:ed|ing)$/.test(bare(x)))) break;
    }
    j--;
  }
  let start = j + 1;
  while (start < end && opensNothing(tokens[start]!)) start++;
  return start < end ? start : null;
}

/** A word a speaker's phrase cannot open with: a joining word ("of"), or a capitalised opener ("But") that is no title, article or pronoun. */
function opensNothing(t: Token): boolean {
  const w = bare(t);
  if (W.determiner.test(w) || W.pronoun.test(w) || W.title.test(w)) return false;
  return W.joiner.test(w) || (isCap(t) && W.notName.test(w));
}

/**
 * The end (exclusive) of the noun phrase that starts at token `start`: words up to a
 * punctuation mark, a quotation or a clause word; null when no word stands there.
 */
export function phraseAfter(tokens: readonly Token[], start: number): number | null {
  let j = start;
  while (j < tokens.length && j - start < MAX_NP) {
    const t = tokens[j]!;
    if (t.text === "(" && j > start) {
      const close = tokens.findIndex((u, k) => k > j && k - j <= 8 && u.text === ")");
      if (close > 0) {
        j = close + 1;
        continue;
      }
    }
    if (t.kind !== "word") break;
    const w = bare(t);
    if (j > start && !isCap(t) && W.clauseWord.test(w) && !W.joiner.test(w)) break;
    j++;
  }
  // A phrase does not end in a joining word ("the head of").
  while (j > start && W.joiner.test(bare(tokens[j - 1]!))) j--;
  return j > start ? j : null;
}

/** Index of the last `mark` before `at`, at most `reach` tokens back, or -1. */
function lastIndexBefore(tokens: readonly Token[], at: number, mark: string, reach: number): number {
  for (let k = at - 1; k >= 0 && at - k <= reach; k--) if (tokens[k]!.text === mark) return k;
  return -1;
}

/** The text of tokens [a, b) as written in `text`. */
export function slice(text: string, tokens: readonly Token[], a: number, b: number): string {
  return a < b ? text.slice(tokens[a]!.start, tokens[b - 1]!.end) : "";
}
