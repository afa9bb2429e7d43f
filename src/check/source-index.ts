/**
 * A cited page's text made ready for many look-ups: its sentences, each with its words,
 * dates and numbers, and an index from each word to the sentences that hold it, so a
 * claim's parts are looked up across the whole page (a human's evidence for one claim is
 * often spread over many sentences) in time that grows with the claim, not the page.
 * Built once per page and shared by every claim citing it.
 */
import { splitSentences } from "../analyze/sentences";
import { isContentWord, normalizeText, stem, textKey, words } from "../analyze/text";
import { type DateFact, type NumberFact, datesIn, numbersIn } from "./facts";

/** Words share their first letters this long to count as one ("cooperation" / "cooperative"). */
export const PREFIX = 5;
/** Longest sentence kept whole; a longer run of text without a full stop (a list, a table) is cut. */
const SENTENCE_MAX = 600;
/** A line with a date and at most this many other words is a dateline: the page's own date. */
const DATELINE_WORDS = 6;

export interface SourceSentence {
  text: string;
  stems: ReadonlySet<string>;
  dates: DateFact[];
  numbers: NumberFact[];
}

export interface SourceIndex {
  sentences: SourceSentence[];
  /** Stem → ids of the sentences holding it (ascending). */
  postings: Map<string, number[]>;
  /** First PREFIX letters of a long stem → sentence ids. */
  prefixes: Map<string, number[]>;
  /** All sentences' word keys, each framed by spaces and joined by "|", for phrase look-ups. */
  key: string;
  /** Where each sentence's key starts in `key`. */
  keyStarts: number[];
  /** Every year the page states, for dates a sentence gives without one ("on November 2"). */
  years: ReadonlySet<number>;
  /** Ids of the page's datelines: short lines that are mostly a date ("4 September 2013", "Published 2019-01-27"). */
  datelines: number[];
}

/** The prefix key of a stem, or null when it is too short to share one. */
export function prefixOf(s: string): string | null {
  return s.length > PREFIX ? s.slice(0, PREFIX) : null;
}

/** The prefix key a page's stem is filed under (a stem of exactly PREFIX letters is its own). */
function fileAs(s: string): string | null {
  return s.length >= PREFIX ? s.slice(0, PREFIX) : null;
}

function add(map: Map<string, number[]>, k: string, id: number): void {
  const list = map.get(k);
  if (!list) map.set(k, [id]);
  else if (list[list.length - 1] !== id) list.push(id);
}

/** Splits text too long to be one sentence (a list, lines without full stops) into pieces. */
function pieces(text: string): string[] {
  if (text.length <= SENTENCE_MAX) return [text];
  const out: string[] = [];
  for (const line of text.split(/\n+|\s{3,}|\s[•·|]\s/)) {
    for (let i = 0; i < line.length; i += SENTENCE_MAX) out.push(line.slice(i, i + SENTENCE_MAX));
  }
  return out.filter((p) => p.trim());
}

function isDateline(text: string, dates: readonly DateFact[]): boolean {
  let rest = text;
  for (const d of [...dates].sort((a, b) => b.start - a.start)) rest = rest.slice(0, d.start) + " " + rest.slice(d.end);
  return words(rest).filter((w) => !/^\d+$/.test(w)).length <= DATELINE_WORDS;
}

/** Indexes a page's text blocks (in reading order). */
export function indexSource(blocks: readonly string[], lang = "en"): SourceIndex {
  const sentences: SourceSentence[] = [];
  const postings = new Map<string, number[]>();
  const prefixes = new Map<string, number[]>();
  const keys: string[] = [];
  const keyStarts: number[] = [];
  const years = new Set<number>();
  const datelines: number[] = [];
  // A page repeats its words: each is stemmed once.
  const stems = new Map<string, string>();
  const stemOf = (w: string) => {
    let s = stems.get(w);
    if (s === undefined) stems.set(w, (s = stem(w)));
    return s;
  };
  let at = 0;
  for (const block of blocks) {
    for (const span of splitSentences(block, lang)) {
      for (const raw of pieces(block.slice(span.start, span.end))) {
        const text = normalizeText(raw);
        if (!text) continue;
        const id = sentences.length;
        const ws = words(text);
        const own = new Set<string>();
        for (const w of ws) if (isContentWord(w)) own.add(stemOf(w));
        for (const s of own) {
          add(postings, s, id);
          const p = fileAs(s);
          if (p) add(prefixes, p, id);
        }
        // Every date shape has digits: a sentence without any has no date to read.
        const dates = /\d/.test(text) ? datesIn(text) : [];
        for (const d of dates) if (d.year !== null) years.add(d.year);
        if (dates.some((d) => d.year !== null) && isDateline(text, dates)) datelines.push(id);
        sentences.push({ text, stems: own, dates, numbers: numbersIn(text, dates.map((d) => [d.start, d.end])) });
        const k = ` ${ws.join(" ")} `;
        keyStarts.push(at);
        keys.push(k);
        at += k.length + 1;
      }
    }
  }
  return { sentences, postings, prefixes, key: keys.join("|"), keyStarts, years, datelines };
}

/** The ids of the sentences holding `stem` (or a word sharing its long prefix). */
export function sentencesWith(index: SourceIndex, stem: string): number[] {
  const exact = index.postings.get(stem) ?? [];
  const p = prefixOf(stem);
  const near = p ? (index.prefixes.get(p) ?? []) : [];
  if (!near.length) return exact;
  if (!exact.length) return near;
  return [...new Set([...exact, ...near])].sort((a, b) => a - b);
}

/** Whether sentence `id` holds `stem` (or a word sharing its long prefix). */
export function sentenceHas(index: SourceIndex, id: number, stem: string): boolean {
  const s = index.sentences[id]!;
  if (s.stems.has(stem)) return true;
  const p = prefixOf(stem);
  if (!p) return false;
  for (const t of s.stems) if (t.length >= PREFIX && t.startsWith(p)) return true;
  return false;
}

/** Whether the page holds `stem` anywhere. */
export function pageHas(index: SourceIndex, stem: string): boolean {
  if (index.postings.has(stem)) return true;
  const p = prefixOf(stem);
  return p !== null && index.prefixes.has(p);
}

/** The sentence whose key holds character `offset` of `index.key`. */
export function sentenceAt(index: SourceIndex, offset: number): number {
  let lo = 0;
  let hi = index.keyStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.keyStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The ids of the sentences whose words hold the phrase `phrase` (as a run of whole words). */
export function phraseSentences(index: SourceIndex, phrase: string, limit = 50): number[] {
  const k = textKey(phrase);
  if (!k) return [];
  const needle = ` ${k} `;
  const out: number[] = [];
  for (let i = index.key.indexOf(needle); i >= 0 && out.length < limit; i = index.key.indexOf(needle, i + 1)) {
    const id = sentenceAt(index, i);
    if (out[out.length - 1] !== id) out.push(id);
  }
  return out;
}
