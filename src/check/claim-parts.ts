/**
 * A claim split into the parts a reader would check one by one: each date, number, name
 * and quoted phrase, and each relation clause ("born 11 July 1909", "appeared in over fifty
 * films"). Each part is looked up in the whole source (part-lookup.ts); the verdict is read
 * from which parts were backed, so it can always be explained by them.
 */
import { normalizeText, stem, terms, textKey, words } from "../analyze/text";
import { type DateFact, type NumberFact, datesIn, numbersIn } from "./facts";
import { NOT_NAMES, SUPPORT_PATTERNS as P } from "./support-patterns";

export type PartKind = "date" | "number" | "name" | "quote" | "clause";

/** One checkable part of a claim. */
export interface ClaimPart {
  kind: PartKind;
  /** As written in the claim. */
  text: string;
  /** Stemmed content words of the part itself. */
  terms: string[];
  /** The words around it (its clause's terms without its own): what the source must say it of. */
  context: string[];
  date?: DateFact;
  number?: NumberFact;
}

/** Clauses with fewer content words than this join the one before. */
const CLAUSE_MIN_TERMS = 2;
/** A claim is cut into no more parts than this (the rest of a very long claim is its clauses' words). */
const MAX_PARTS = 16;

type Span = [number, number];
const inside = (spans: readonly Span[], s: number, e: number) => spans.some(([a, b]) => s < b && e > a);

/** The claim's clauses: text between clause breaks, short ones joined to their neighbour. */
export function clausesOf(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  let at = 0;
  const push = (end: number) => {
    const piece = text.slice(at, end);
    const t = piece.trim();
    if (t) {
      const start = at + piece.indexOf(t);
      const prev = out[out.length - 1];
      if (prev && clauseTerms(t).length < CLAUSE_MIN_TERMS) {
        prev.end = start + t.length;
        prev.text = text.slice(prev.start, prev.end);
      } else out.push({ text: t, start, end: start + t.length });
    }
  };
  // Quotes are never cut: a comma inside a title is not a clause break.
  const quoted: Span[] = [...text.matchAll(P.quote)].map((m) => [m.index, m.index + m[0].length]);
  for (const m of text.matchAll(P.clauseBreak)) {
    if (inside(quoted, m.index, m.index + Math.max(1, m[0].length))) continue;
    push(m.index);
    at = m.index + m[0].length;
  }
  push(text.length);
  if (out.length > 1 && clauseTerms(out[0]!.text).length < CLAUSE_MIN_TERMS) {
    const [a, b] = out as [{ text: string; start: number; end: number }, { text: string; start: number; end: number }];
    out.splice(0, 2, { text: text.slice(a.start, b.end), start: a.start, end: b.end });
  }
  return out;
}

/** A clause's words, less the digits and month names its date and number parts check. */
function clauseTerms(text: string): string[] {
  return [...new Set(terms(text))];
}

/** The names in a claim: capitalised runs, less the sentence words that begin them. */
function namesIn(text: string, taken: readonly Span[]): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(P.name)) {
    let name = m[0].replace(/[.'’-]+$/, (s) => (/^\p{Lu}\.$/u.test(m[0].slice(-2)) ? s : ""));
    let start = m.index;
    // Drop leading words that only begin the sentence or clause ("In", "The", "He").
    for (;;) {
      const first = /^(\S+)\s+/.exec(name);
      if (!first || !NOT_NAMES.has(first[1]!.toLowerCase())) break;
      name = name.slice(first[0].length);
      start += first[0].length;
    }
    const ws = words(name);
    if (!ws.length || ws.every((w) => NOT_NAMES.has(w) || /^\d+$/.test(w))) continue;
    // The claim's first word is capitalised anyway: alone it is a name only when the next word is one too.
    if (start === 0 && ws.length === 1 && !/^\s+\p{Lu}/u.test(text.slice(start + name.length))) continue;
    const end = start + name.length;
    if (inside(taken, start, end)) continue;
    out.push({ text: name, start, end });
  }
  return out;
}

/** Splits a claim into its checkable parts, in the order they are written. */
export function claimParts(claim: string): ClaimPart[] {
  const text = normalizeText(claim);
  const clauses = clausesOf(text);
  const clauseAt = (i: number) => clauses.find((c) => i >= c.start && i < c.end) ?? clauses[clauses.length - 1];
  const contextOf = (s: number, e: number, own: string[]) => {
    const c = clauseAt(s);
    const mine = new Set(own);
    return c ? [...new Set(terms(text.slice(c.start, s) + " " + text.slice(e, c.end)))].filter((t) => !mine.has(t)) : [];
  };
  const found: (ClaimPart & { at: number })[] = [];
  const dates = datesIn(text);
  const taken: Span[] = dates.map((d) => [d.start, d.end]);
  for (const d of dates) {
    const t = text.slice(d.start, d.end);
    found.push({ kind: "date", text: t, terms: [], context: contextOf(d.start, d.end, []), date: d, at: d.start });
  }
  const quoteSpans: Span[] = [];
  for (const m of text.matchAll(P.quote)) {
    const q = m[1]!.trim();
    if (!textKey(q)) continue;
    const own = terms(q);
    found.push({ kind: "quote", text: q, terms: own.length ? own : words(q).map(stem), context: contextOf(m.index, m.index + m[0].length, own), at: m.index });
    quoteSpans.push([m.index, m.index + m[0].length]);
  }
  for (const n of numbersIn(text, [...taken, ...quoteSpans])) {
    const t = text.slice(n.start, n.end).trim();
    const own = n.unit && n.unit !== "%" && n.unit !== "$" ? [n.unit] : [];
    found.push({ kind: "number", text: t, terms: own, context: contextOf(n.start, n.end, own), number: n, at: n.start });
    taken.push([n.start, n.end]);
  }
  for (const n of namesIn(text, [...quoteSpans, ...taken])) {
    const own = words(n.text).filter((w) => !NOT_NAMES.has(w) && !/^\p{L}$/u.test(w)).map(stem);
    if (!own.length) continue;
    found.push({ kind: "name", text: n.text, terms: own, context: contextOf(n.start, n.end, own), at: n.start });
  }
  for (const c of clauses) {
    const own = clauseTerms(c.text);
    if (own.length >= CLAUSE_MIN_TERMS || clauses.length === 1) found.push({ kind: "clause", text: c.text, terms: own, context: [], at: c.start });
  }
  found.sort((a, b) => a.at - b.at || (a.kind === "clause" ? -1 : 1));
  return found.slice(0, MAX_PARTS).map(({ at: _at, ...part }) => part);
}
