/**
 * Dates as citations write them ("December 29, 2024", "14 January 2025", "(2016)",
 * "March 2021", "2024-10-03"), read into ISO strings at the precision actually stated
 * (YYYY-MM-DD, YYYY-MM or YYYY), and compared at the coarser of two precisions. Dates in
 * URLs are read by date-checks.ts, which knows which of them state a publication.
 */
import { PATTERNS } from "./patterns";

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTH_NAME = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const YEAR = "((?:1[6-9]|20)\\d\\d)";

/** Date shapes in prose, most precise first (each yields [year, month, day] via `read`). */
const TEXT_DATES: { re: RegExp; read: (m: RegExpExecArray) => [string, string?, string?] }[] = [
  { re: /\b((?:1[6-9]|20)\d\d)-(\d\d)-(\d\d)\b/g, read: (m) => [m[1]!, m[2], m[3]] },
  { re: new RegExp(`\\b(${MONTH_NAME})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`, "gi"), read: (m) => [m[3]!, m[1], m[2]] },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAME}),?\\s+${YEAR}\\b`, "gi"), read: (m) => [m[3]!, m[2], m[1]] },
  { re: new RegExp(`\\b(${MONTH_NAME}),?\\s+${YEAR}\\b`, "gi"), read: (m) => [m[2]!, m[1]] },
  { re: new RegExp(`(?<![\\d.,/–-])${YEAR}(?![\\d]|[–-]\\d)`, "g"), read: (m) => [m[1]!] },
];

/** A date found in a text: ISO value and where it stood. */
export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

function monthNumber(token: string | undefined): number | null {
  if (token == null) return null;
  if (/^\d+$/.test(token)) return Number(token);
  return MONTHS[token.toLowerCase().replace(/\.$/, "")] ?? null;
}

/** Builds an ISO date from parts, or null when a part is out of range. */
export function isoDate(year: string | number, month?: string | number | null, day?: string | number | null): string | null {
  const y = Number(year);
  if (!(y >= 1600 && y <= 2099)) return null;
  if (month == null) return String(y);
  const m = typeof month === "number" ? month : monthNumber(month);
  if (m == null || m < 1 || m > 12) return null;
  const ym = `${y}-${String(m).padStart(2, "0")}`;
  if (day == null) return ym;
  const d = Number(day);
  // A real day of that month: "2023-02-30" is a typo, not a date to compare against.
  if (!(d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate())) return null;
  return `${ym}-${String(d).padStart(2, "0")}`;
}

/** `iso` when it is a real ISO date (YYYY-MM-DD, YYYY-MM or YYYY), else null (for dates from outside analyze). */
export function validIso(iso: string | null): string | null {
  const m = iso ? /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$/.exec(iso) : null;
  return m && isoDate(m[1]!, m[2] === undefined ? null : Number(m[2]), m[3] ?? null) === iso ? iso : null;
}

/** Every date in `text`, most precise shapes first; overlapping lower-precision hits are dropped. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  const taken: [number, number][] = [];
  for (const { re, read } of TEXT_DATES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const [y, mo, d] = read(m);
      const iso = isoDate(y, mo ?? null, d ?? null);
      if (!iso) continue;
      found.push({ iso, index: start, length: m[0].length });
      taken.push([start, end]);
    }
  }
  return found;
}

/** Removes access/retrieval/archive dates, which say when the citer read a page, not when it appeared. */
export function withoutAccessDates(text: string): string {
  return text.replace(PATTERNS.notPublicationDate, " ");
}

/** The publication date stated in a citation: the most precise date, first among equals. */
export function publicationDate(text: string): string | null {
  const dates = findDates(withoutAccessDates(text));
  let best: FoundDate | null = null;
  for (const d of dates) {
    if (!best || d.iso.length > best.iso.length || (d.iso.length === best.iso.length && d.index < best.index)) best = d;
  }
  return best?.iso ?? null;
}

/** Compares two ISO dates at the coarser of their precisions: -1, 0 or 1. */
export function compareDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A reader-facing rendering of an ISO date: "29 Dec 2024", "Dec 2024" or "2024". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  const month = m ? MONTH_SHORT[Number(m) - 1] : undefined;
  if (d && month) return `${Number(d)} ${month} ${y}`;
  if (month) return `${month} ${y}`;
  return y ?? iso;
}
