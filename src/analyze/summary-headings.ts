/**
 * Articles built from item headings ("15 tips for better sleep", "1. Walk after meals") are
 * summed up by their items, not by sentences from inside one item: the headings are the points
 * when most are numbered, or when the title announces as many items as there are headings.
 * Headings that name a part of any article ("Conclusion", "The bottom line") are no items.
 */
import type { ReportClaim } from "../report";
import { countValue, SUMMARY_PATTERNS as P } from "./summary-patterns";
import { textKey } from "./text";

/** Fewer item headings than this do not make a listicle. */
const MIN_ITEMS = 3;
/** At most this many heading points (a "50 best" list is summed up by its first items). */
export const MAX_HEADING_POINTS = 15;
/** The share of headings that must be numbered for numbering alone to make them items. */
const NUMBERED_SHARE = 0.6;

/** The item headings of an article built from them, in order, or null when it is not one. */
export function headingPoints(claims: ReportClaim[], title: string | null): ReportClaim[] | null {
  const titleKey = title ? textKey(title) : "";
  const isTitle = (key: string) => Boolean(titleKey && key && (titleKey.includes(key) || key.includes(titleKey)));
  const headings = claims.filter((c) => c.kind === "heading" && !P.sectionHeading.test(c.text) && !isTitle(textKey(c.text)));
  if (headings.length < MIN_ITEMS) return null;
  const numbered = headings.filter((h) => P.numberedHeading.test(h.text));
  if (numbered.length >= MIN_ITEMS && numbered.length >= NUMBERED_SHARE * headings.length) return numbered.slice(0, MAX_HEADING_POINTS);
  const announced = title?.match(P.countTitle)?.[1];
  const n = announced ? countValue(announced) : 0;
  if (n >= MIN_ITEMS && Math.abs(headings.length - n) <= 1) return headings.slice(0, MAX_HEADING_POINTS);
  return null;
}
