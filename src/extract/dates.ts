/**
 * Turns the many ways pages write a publication date into the snapshot's ISO form
 * (YYYY-MM-DD, YYYY-MM or YYYY). Machine dates keep the calendar day as written
 * ("2025-05-29T23:40:00-05:00" is the 29th, not UTC's 30th), because that is the day
 * the page itself claims. Impossible calendar days (30 February, 31 April) are no date.
 */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

const ISO = /^\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T\s]|$)/;
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+([a-z]{3,9})\.?,?\s+(\d{4})\b/i;
const MONTH_DAY_YEAR = /\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i;
const MONTH_YEAR = /\b([a-z]{3,9})\.?\s+(\d{4})\b/i;
const URL_DATE = /\/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])(?:[/-](0[1-9]|[12]\d|3[01]))?(?=[/-]|$)/;
const URL_COMPACT = /\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/-])/;

const pad = (n: number): string => String(n).padStart(2, "0");

/** Days in month `m` (1–12) of year `y`, leap years included. */
const daysIn = (y: number, m: number): number => (m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);

function build(y: number, m?: number, d?: number): string | null {
  if (y < 1900 || y > 2100) return null;
  if (m === undefined) return String(y);
  if (m < 1 || m > 12) return null;
  if (d === undefined) return `${y}-${pad(m)}`;
  if (d < 1 || d > daysIn(y, m)) return null; // "2024-02-30" is no day the page was published on
  return `${y}-${pad(m)}-${pad(d)}`;
}

function month(name: string): number | undefined {
  return MONTHS[name.slice(0, 3).toLowerCase()];
}

/** ISO date from a machine or English human-written date, or null. */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = value.trim();
  const iso = ISO.exec(s);
  if (iso) return build(Number(iso[1]), iso[2] ? Number(iso[2]) : undefined, iso[3] ? Number(iso[3]) : undefined);
  const dmy = DAY_MONTH_YEAR.exec(s);
  if (dmy && month(dmy[2] as string)) return build(Number(dmy[3]), month(dmy[2] as string), Number(dmy[1]));
  const mdy = MONTH_DAY_YEAR.exec(s);
  if (mdy && month(mdy[1] as string)) return build(Number(mdy[3]), month(mdy[1] as string), Number(mdy[2]));
  const my = MONTH_YEAR.exec(s);
  if (my && month(my[1] as string)) return build(Number(my[2]), month(my[1] as string));
  return null;
}

/** The date encoded in a URL's path ("/2025/05/29/…", "/20250215-…"), or null. */
export function dateFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = URL_DATE.exec(path);
  if (m) return build(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined);
  const c = URL_COMPACT.exec(path);
  return c ? build(Number(c[1]), Number(c[2]), Number(c[3])) : null;
}
