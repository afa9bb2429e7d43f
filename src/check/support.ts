/**
 * Does the source's own text back the claim? The claim's key words (stemmed content
 * words), and what must not be lost (its numbers, names and quoted words), are looked up
 * in each passage of the source (up to three consecutive sentences of one paragraph).
 * `found` when one passage holds most key words and every number, name and quote;
 * `partial` when one holds a good part of them; `not-found` otherwise. Local and
 * explainable: the verdict comes with the passage that earned it.
 */
import type { SupportVerdict } from "../report";
import { splitSentences } from "../analyze/sentences";
import { isContentWord, normalizeText, shorten, stem, terms, textKey, words } from "../analyze/text";

/** Share of the claim's key words one passage must hold for `found` (with every must-have). */
const FOUND_SHARE = 0.6;
/** Score a passage must reach for `partial`. */
const PARTIAL_SCORE = 0.3;
/** Sentences per passage. */
const WINDOW = 3;
/** Characters of a quoted passage. */
const PASSAGE_CHARS = 400;
/** Stems share their first letters this long: "cooperation" / "cooperative". */
const PREFIX = 5;

/** One passage of a source, indexed for look-ups. */
export interface Passage {
  text: string;
  stems: Set<string>;
  prefixes: Set<string>;
  numbers: Set<string>;
  key: string;
}

/** What a claim must be found with. */
export interface ClaimKeys {
  terms: string[];
  names: string[];
  numbers: string[];
  quotes: string[];
}

export interface SupportResult {
  verdict: SupportVerdict;
  passage: string | null;
}

/** Numbers as written, thousands separators dropped ("6,000" → "6000"; "4.2" stays). */
function numbersIn(text: string): string[] {
  return [...text.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => (/^\d{1,3}(?:,\d{3})+$/.test(m[0]) ? m[0].replace(/,/g, "") : m[0].replace(/[.,]$/, "")));
}

function index(text: string): Passage {
  const stems = new Set(terms(text));
  const prefixes = new Set([...stems].filter((s) => s.length >= PREFIX).map((s) => s.slice(0, PREFIX)));
  return { text, stems, prefixes, numbers: new Set(numbersIn(text)), key: ` ${textKey(text)} ` };
}

/** The passages of a page's text blocks: windows of up to three sentences within a block. */
export function passagesOf(blocks: readonly string[], lang = "en"): Passage[] {
  const out: Passage[] = [];
  for (const block of blocks) {
    const spans = splitSentences(block, lang);
    if (spans.length <= WINDOW) {
      if (block.trim()) out.push(index(block));
      continue;
    }
    for (let i = 0; i + WINDOW <= spans.length; i++) out.push(index(block.slice(spans[i]!.start, spans[i + WINDOW - 1]!.end)));
  }
  return out;
}

/** The claim's key words, names, numbers and quoted phrases. */
export function claimKeys(claim: string): ClaimKeys {
  const text = normalizeText(claim);
  const quotes = [...text.matchAll(/"([^"]{3,}?)"/g)].map((m) => textKey(m[1]!)).filter((q) => q.split(" ").length >= 2);
  const tokens = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu)].map((m) => m[0]);
  const names = new Set<string>();
  tokens.forEach((tok, i) => {
    if (!/^\p{Lu}/u.test(tok)) return;
    // The first word is capitalised anyway: a name only when the next word is one too.
    if (i === 0 && !/^\p{Lu}/u.test(tokens[1] ?? "")) return;
    for (const w of words(tok)) if (isContentWord(w)) names.add(stem(w));
  });
  return { terms: [...new Set(terms(text))], names: [...names], numbers: [...new Set(numbersIn(text))], quotes: [...new Set(quotes)] };
}

function hasStem(p: Passage, s: string): boolean {
  return p.stems.has(s) || (s.length >= PREFIX && p.prefixes.has(s.slice(0, PREFIX)));
}

/** How well one passage holds the claim's keys: share of key words, share of must-haves. */
function coverage(keys: ClaimKeys, p: Passage): { terms: number; musts: number; score: number } {
  const termHits = keys.terms.filter((t) => hasStem(p, t)).length;
  const musts = keys.names.length + keys.numbers.length + keys.quotes.length;
  const mustHits =
    keys.names.filter((n) => hasStem(p, n)).length + keys.numbers.filter((n) => p.numbers.has(n)).length + keys.quotes.filter((q) => p.key.includes(` ${q} `)).length;
  const t = keys.terms.length ? termHits / keys.terms.length : 0;
  const m = musts ? mustHits / musts : 1;
  return { terms: t, musts: m, score: musts ? (t + m) / 2 : t };
}

/** The verdict for one claim against one source's passages, or null when the claim has nothing to look for. */
export function judgeSupport(claim: string, passages: readonly Passage[]): SupportResult | null {
  const keys = claimKeys(claim);
  if (!keys.terms.length) return null;
  let best: { p: Passage; terms: number; musts: number; score: number } | null = null;
  for (const p of passages) {
    const c = coverage(keys, p);
    if (!best || c.score > best.score) best = { p, ...c };
  }
  if (!best || best.score < PARTIAL_SCORE) return { verdict: "not-found", passage: null };
  const verdict: SupportVerdict = best.terms >= FOUND_SHARE && best.musts === 1 ? "found" : "partial";
  return { verdict, passage: shorten(best.p.text, PASSAGE_CHARS) };
}
