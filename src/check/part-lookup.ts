/**
 * Looks one part of a claim up in the whole source. A date or number is backed by the same
 * value in a sentence about the same thing, and contradicted when such a sentence gives a
 * different one ("born 1909" against "born in 1911"); a name or quoted phrase is backed
 * when its words appear together; a relation clause when one or two neighbouring sentences
 * hold most of its words. Each answer names the sentence that shows it.
 */
import type { ClaimPart } from "./claim-parts";
import { type DateFact, type NumberFact, clashingDates, sameDate, sameNumber } from "./facts";
import { type SourceIndex, phraseSentences, sentenceHas, sentencesWith } from "./source-index";

/** What the source says of one part. */
export interface PartResult {
  part: ClaimPart;
  found: boolean;
  /** A sentence about the same thing gives a different date or number. */
  contradicted: boolean;
  /** How much of the part the best place holds, 0-1. */
  score: number;
  /** The sentence ids that back (or contradict) it, first the best. */
  sentences: number[];
}

/** Share of a clause's words one or two neighbouring sentences must hold. */
export const CLAUSE_FOUND = 0.7;
/** Share of a part's context a sentence must hold to be about the same thing (for a contradiction). */
const SAME_THING = 0.5;
/** Share of a long quote's words one sentence must hold when the source rewords it slightly. */
const QUOTE_FOUND = 0.8;

/** Hits of `stems` per sentence: sentence id → how many of them it holds. */
export function hitsBySentence(index: SourceIndex, stems: readonly string[]): Map<number, number> {
  const hits = new Map<number, number>();
  for (const s of new Set(stems)) for (const id of sentencesWith(index, s)) hits.set(id, (hits.get(id) ?? 0) + 1);
  return hits;
}

function contextHits(index: SourceIndex, id: number, context: readonly string[]): number {
  let n = 0;
  for (const c of context) if (sentenceHas(index, id, c)) n++;
  return n;
}

/** The best of `ids` by context hits (earliest on ties). */
function bestByContext(index: SourceIndex, ids: Iterable<number>, context: readonly string[]): { id: number; hits: number } | null {
  let best: { id: number; hits: number } | null = null;
  for (const id of ids) {
    const hits = contextHits(index, id, context);
    if (!best || hits > best.hits) best = { id, hits };
  }
  return best;
}

/** Sentences about the part's context: at least half its words (and two of them). */
function aboutSameThing(index: SourceIndex, context: readonly string[]): number[] {
  if (context.length < 2) return [];
  const need = Math.max(2, Math.ceil(context.length * SAME_THING));
  return [...hitsBySentence(index, context)].filter(([, n]) => n >= need).sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([id]) => id);
}

function lookDate(part: ClaimPart, d: DateFact, index: SourceIndex): PartResult {
  const matches: number[] = [];
  index.sentences.forEach((s, id) => {
    if (s.dates.some((x) => sameDate(d, x) || (d.year !== null && x.year === null && x.month !== null && d.month === x.month && (d.day === null || d.day === x.day) && index.years.has(d.year)))) matches.push(id);
  });
  const best = bestByContext(index, matches, part.context);
  // A year or month the page is dated in backs a claim that gives no more (a report of the event, dated then).
  const undated = d.day === null && d.decade === null;
  const dateline = undated ? index.datelines.find((id) => index.sentences[id]!.dates.some((x) => sameDate(d, x))) : undefined;
  if ((!best || best.hits === 0) && dateline !== undefined) return { part, found: true, contradicted: false, score: 1, sentences: [dateline] };
  // A bare year is backed only where the sentence is about the claim too (pages are full of years).
  const bare = d.month === null && d.day === null;
  if (best && (!bare || best.hits > 0 || !part.context.length)) return { part, found: true, contradicted: false, score: 1, sentences: [best.id] };
  for (const id of aboutSameThing(index, part.context)) {
    const s = index.sentences[id]!;
    if (s.dates.some((x) => clashingDates(d, x)) && !s.dates.some((x) => sameDate(d, x))) return { part, found: false, contradicted: true, score: 0, sentences: [id] };
  }
  return { part, found: false, contradicted: false, score: best ? 0.5 : 0, sentences: best ? [best.id] : [] };
}

function lookNumber(part: ClaimPart, n: NumberFact, index: SourceIndex): PartResult {
  const matches: number[] = [];
  index.sentences.forEach((s, id) => {
    if (s.numbers.some((x) => sameNumber(n, x)) || (n.value >= 1000 && Number.isInteger(n.value) && s.dates.some((x) => x.year === n.value))) matches.push(id);
  });
  const best = bestByContext(index, matches, [...part.terms, ...part.context]);
  // Small numbers are everywhere: one counts only in a sentence about the claim.
  const distinctive = n.digits >= 3 || !Number.isInteger(n.value);
  if (best && (distinctive || best.hits > 0 || !part.context.length)) return { part, found: true, contradicted: false, score: 1, sentences: [best.id] };
  for (const id of aboutSameThing(index, part.context)) {
    const s = index.sentences[id]!;
    const clash = s.numbers.some((x) => !sameNumber(n, x) && x.unit !== null && x.unit === n.unit);
    if (clash && !s.numbers.some((x) => sameNumber(n, x))) return { part, found: false, contradicted: true, score: 0, sentences: [id] };
  }
  return { part, found: false, contradicted: false, score: best ? 0.5 : 0, sentences: best ? [best.id] : [] };
}

/** A name or quote: the phrase itself, else its words together in one sentence. */
function lookPhrase(part: ClaimPart, index: SourceIndex): PartResult {
  const exact = phraseSentences(index, part.text);
  if (exact.length) {
    const best = bestByContext(index, exact, part.context)!;
    return { part, found: true, contradicted: false, score: 1, sentences: [best.id] };
  }
  const words = [...new Set(part.terms)];
  if (!words.length) return { part, found: false, contradicted: false, score: 0, sentences: [] };
  let best: { id: number; hits: number } | null = null;
  for (const [id, hits] of hitsBySentence(index, words)) if (!best || hits > best.hits || (hits === best.hits && id < best.id)) best = { id, hits };
  const score = best ? best.hits / words.length : 0;
  const need = part.kind === "quote" && words.length >= 4 ? QUOTE_FOUND : 1;
  return { part, found: score >= need, contradicted: false, score, sentences: best ? [best.id] : [] };
}

/** A relation clause: the best one or two neighbouring sentences by share of its words. */
function lookClause(part: ClaimPart, index: SourceIndex): PartResult {
  const words = [...new Set(part.terms)];
  if (!words.length) return { part, found: false, contradicted: false, score: 0, sentences: [] };
  const hits = hitsBySentence(index, words);
  let best = { score: 0, sentences: [] as number[] };
  for (const [id, n] of hits) {
    const one = n / words.length;
    if (one > best.score || (one === best.score && best.sentences.length > 1)) best = { score: one, sentences: [id] };
    if (!hits.has(id + 1)) continue;
    // Two sentences together: the words either holds.
    const both = words.filter((w) => sentenceHas(index, id, w) || sentenceHas(index, id + 1, w)).length / words.length;
    if (both > best.score + 1e-9) best = { score: both, sentences: [id, id + 1] };
  }
  return { part, found: best.score >= CLAUSE_FOUND, contradicted: false, score: best.score, sentences: best.sentences };
}

/** What the source says of one part. */
export function lookUp(part: ClaimPart, index: SourceIndex): PartResult {
  if (part.kind === "date" && part.date) return lookDate(part, part.date, index);
  if (part.kind === "number" && part.number) return lookNumber(part, part.number, index);
  if (part.kind === "clause") return lookClause(part, index);
  return lookPhrase(part, index);
}
