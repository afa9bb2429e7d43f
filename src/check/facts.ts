/**
 * Dates and numbers as prose writes them, read into values that compare across formats:
 * "11 July 1909", "July 11, 1909", "1909-07-11" and "11/07/1909" are one date; "6,000",
 * "6 000" and "six thousand" one number; "4.2 million" is 4,200,000. Read the same way in a
 * claim and in its source, so a claim's part is found (or contradicted) whatever the
 * source's style.
 */
import { MONTHS, NUMBER_WORDS, SCALES, SUPPORT_PATTERNS as P } from "./support-patterns";
import { isContentWord, stem, words } from "../analyze/text";

/** A date at the precision written: a day, a month, a year, or a decade. */
export interface DateFact {
  year: number | null;
  month: number | null;
  day: number | null;
  /** For "the 1960s": the decade's first year (year is then null). */
  decade: number | null;
  /** Where it stood in the text. */
  start: number;
  end: number;
  /** Read both ways (numeric dates): the month and day may be swapped. */
  ambiguous?: boolean;
}

/** A number with what it counts: the next content word's stem, "%" or a currency. */
export interface NumberFact {
  value: number;
  unit: string | null;
  /** Digits after the decimal point as written (for rounding the other side to it). */
  decimals: number;
  /** Significant digits written ("4.2 million" → 2), so 4,213,000 can round to it. */
  digits: number;
  start: number;
  end: number;
}

const monthOf = (token: string): number | null => MONTHS[token.toLowerCase().replace(/\.$/, "")] ?? null;
const validDay = (d: number) => d >= 1 && d <= 31;

type Shape = { re: RegExp; read: (m: RegExpExecArray) => Omit<DateFact, "start" | "end"> | null };
const blank = { year: null, month: null, day: null, decade: null };

/** The date shapes, most precise first; a later shape never reads inside an earlier one's span. */
const DATE_SHAPES: Shape[] = [
  { re: P.isoDate, read: (m) => ({ ...blank, year: +m[1]!, month: +m[2]!, day: +m[3]! }) },
  { re: P.monthDayYear, read: (m) => ({ ...blank, year: +m[3]!, month: monthOf(m[1]!), day: +m[2]! }) },
  { re: P.dayMonthYear, read: (m) => ({ ...blank, year: +m[3]!, month: monthOf(m[2]!), day: +m[1]! }) },
  {
    re: P.numericDate,
    read: (m) => {
      const a = +m[1]!;
      const b = +m[2]!;
      if (a > 12 && b > 12) return null;
      // Day-first when the first can only be a day; otherwise month-first, marked as readable both ways.
      return a > 12 ? { ...blank, year: +m[3]!, month: b, day: a } : { ...blank, year: +m[3]!, month: a, day: b, ambiguous: b <= 12 };
    },
  },
  { re: P.monthYear, read: (m) => ({ ...blank, year: +m[2]!, month: monthOf(m[1]!) }) },
  { re: P.monthDay, read: (m) => ({ ...blank, month: monthOf(m[1]!), day: +m[2]! }) },
  { re: P.dayMonth, read: (m) => ({ ...blank, month: monthOf(m[2]!), day: +m[1]! }) },
  { re: P.decade, read: (m) => ({ ...blank, decade: +m[1]! * 10 }) },
];

function overlaps(taken: readonly [number, number][], start: number, end: number): boolean {
  return taken.some(([s, e]) => start < e && end > s);
}

/** Every date in `text` (years of a range each count), in no particular order. */
export function datesIn(text: string): DateFact[] {
  const out: DateFact[] = [];
  const taken: [number, number][] = [];
  for (const { re, read } of DATE_SHAPES) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(taken, start, end)) continue;
      const fact = read(m);
      if (!fact || (fact.month !== null && !(fact.month >= 1 && fact.month <= 12)) || (fact.day !== null && !validDay(fact.day))) continue;
      out.push({ ...fact, start, end });
      taken.push([start, end]);
    }
  }
  for (const m of text.matchAll(P.year)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(taken, start, end)) continue;
    const first = +m[1]!;
    out.push({ ...blank, year: first, start, end: start + 4 });
    const tail = m[2];
    if (tail) {
      // "2016–17" → 2017; "1991–2010" → 2010; a tail that goes backwards is no year.
      const second = tail.length === 2 ? Math.floor(first / 100) * 100 + +tail : tail.length === 4 ? +tail : NaN;
      if (second > first && second - first < 200) out.push({ ...blank, year: second, start: end - tail.length, end });
    }
    taken.push([start, end]);
  }
  return out;
}

/** Whether the source's date `s` says the claim's date `c` (a source may be more precise, never less, save a missing year). */
export function sameDate(c: DateFact, s: DateFact): boolean {
  if (c.decade !== null) return s.decade === c.decade || (s.year !== null && Math.floor(s.year / 10) * 10 === c.decade);
  if (c.year !== null && s.year !== c.year) return false;
  if (c.month !== null && s.month !== c.month && !(c.ambiguous && s.month === c.day && s.day === c.month)) return false;
  if (c.day !== null && s.day !== c.day && !(c.ambiguous && s.day === c.month && s.month === c.day)) return false;
  return true;
}

/** Whether two dates state the same kind of thing at the same precision but differ: a contradiction. */
export function clashingDates(c: DateFact, s: DateFact): boolean {
  if (c.decade !== null || s.decade !== null) return false;
  if (c.year !== null && s.year !== null && c.year !== s.year) return c.month === null || s.month !== null;
  if (c.month !== null && s.month !== null && c.day !== null && s.day !== null && c.year === s.year) return !sameDate(c, s);
  return false;
}

function unitAfter(text: string, end: number): string | null {
  for (const w of words(text.slice(end, end + 40)).slice(0, 3)) {
    if (isContentWord(w) && !/^\d/.test(w)) return stem(w);
  }
  return null;
}

function significant(digits: string): number {
  return digits.replace(/\D/g, "").replace(/^0+/, "").replace(/0+$/, "").length || 1;
}

/** Every number in `text` outside `skip` spans (dates), digits and number words alike. */
export function numbersIn(text: string, skip: readonly [number, number][] = []): NumberFact[] {
  const out: NumberFact[] = [];
  const taken: [number, number][] = [...skip];
  const digits = /\d/.test(text);
  for (const m of digits ? text.matchAll(P.number) : []) {
    const start = m.index + (m[1] ? 0 : 0);
    const end = m.index + m[0].length;
    if (overlaps(taken, start, end)) continue;
    const raw = m[2]!.replace(/[,\u202f\u00a0 ]/g, "");
    const scale = m[3] ? (SCALES[m[3].toLowerCase()] ?? 1) : 1;
    const decimals = raw.includes(".") ? raw.split(".")[1]!.length : 0;
    const percent = Boolean(m[4]);
    const unit = percent ? "%" : m[1] ? "$" : unitAfter(text, end);
    out.push({ value: Number(raw) * scale, unit, decimals, digits: scale > 1 ? significant(raw) : raw.replace(/\D/g, "").length, start, end });
    taken.push([start, end]);
  }
  for (const m of text.matchAll(P.numberWord)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(taken, start, end)) continue;
    const head = NUMBER_WORDS[m[1]!.toLowerCase()] ?? 0;
    const extra = m[2] ? (NUMBER_WORDS[m[2].toLowerCase()] ?? 0) : 0;
    const scale = m[3] ? (SCALES[m[3].toLowerCase()] ?? 1) : 1;
    out.push({ value: (head + extra) * scale, unit: unitAfter(text, end), decimals: 0, digits: 2, start, end });
    taken.push([start, end]);
  }
  return out;
}

/** Whether the source's number `s` says the claim's `c`: equal, or equal once rounded as the claim rounds. */
export function sameNumber(c: NumberFact, s: NumberFact): boolean {
  if (c.value === s.value) return true;
  if (c.value === 0 || s.value === 0) return false;
  // "4.2 million" is said by 4,213,000; "41.3%" by 41.27%.
  const mag = Math.floor(Math.log10(Math.abs(c.value)));
  const step = 10 ** (mag - Math.max(1, c.digits) + 1);
  return step > 0 && Math.abs(s.value - c.value) <= step / 2 + 1e-9 && Math.abs(s.value) >= 10;
}
