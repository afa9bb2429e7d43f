/**
 * The live page compared with what the citation states: its title (tolerant of site
 * suffixes, punctuation and a shortened title on either side) and its date, and the
 * reference checks that follow from a visit. Messages say what was found and what the
 * reader can do about it.
 */
import { LIVE_CHECK_CODES, type Check, type ReportReference } from "../report";
import { compareDates, formatDate } from "../analyze/dates";
import { hostOf } from "../analyze/urls";
import { shorten, terms, textKey } from "../analyze/text";
import type { LinkResult } from "./cache";
import { archiveUrl, isBroken } from "./classify";

/** Titles agree when this share of the shorter title's words is in the other. */
const TITLE_OVERLAP_MIN = 0.6;
/** A stated title with fewer words than this says too little to disagree with. */
const TITLE_MIN_WORDS = 2;

/** Whether a live title is the cited one, allowing for site suffixes and shortened titles. */
export function titlesAgree(stated: string, live: string): boolean {
  const a = textKey(stated);
  const b = textKey(live);
  if (!a || !b || a.includes(b) || b.includes(a)) return true;
  const sa = new Set(terms(stated));
  const sb = new Set(terms(live));
  if (sa.size < TITLE_MIN_WORDS || sb.size === 0) return true;
  const shared = [...sa].filter((t) => sb.has(t)).length;
  return shared / Math.min(sa.size, sb.size) >= TITLE_OVERLAP_MIN;
}

/** The codes this module adds, so a second check replaces the first one's results. */
export const LIVE_CODES: ReadonlySet<Check["code"]> = new Set(LIVE_CHECK_CODES);

function brokenMessage(result: LinkResult, requested: string): string {
  const copies = `Look for a saved copy: ${archiveUrl(requested)}`;
  if (result.status === "not-found") return `The link answers "not found" (HTTP 404): the page was moved or removed. ${copies}`;
  if (result.status === "gone") return `The site says this page was removed for good (HTTP 410). ${copies}`;
  const why = result.httpStatus ? `the site answered HTTP ${result.httpStatus}` : (result.error ?? "nothing answered");
  return `The link could not be opened (${why}). It may be a passing outage: try again later. ${copies}`;
}

/** The checks a visit adds to a reference. */
export function liveChecks(ref: ReportReference, result: LinkResult, requested: string): Check[] {
  const checks: Check[] = [];
  if (isBroken(result.status)) {
    checks.push({ code: "link-broken", severity: "warning", message: brokenMessage(result, requested) });
    return checks;
  }
  if (result.status === "redirected") {
    const same = ref.title && result.title ? titlesAgree(ref.title, result.title) : false;
    const where = hostOf(result.finalUrl);
    checks.push(
      same
        ? { code: "redirected-elsewhere", severity: "info", message: `The link now leads to ${where ?? "another site"}, which shows the same title: the work has moved. Cite its new address: ${shorten(result.finalUrl ?? "", 100)}` }
        : { code: "redirected-elsewhere", severity: "warning", message: `The link now leads to another site${where ? ` (${where})` : ""}, which may not be the cited work. Open it and compare, or look for a saved copy: ${archiveUrl(requested)}` },
    );
    return checks;
  }
  if (result.status !== "ok") return checks;
  // A link's text or a source line describes the work in passing; only a citation states its title.
  const titled = ref.kind === "list" || ref.kind === "footnote";
  if (titled && ref.title && result.title && !titlesAgree(ref.title, result.title)) {
    checks.push({ code: "title-mismatch-live", severity: "warning", message: `The page at this link is titled "${shorten(result.title, 80)}", not "${shorten(ref.title, 80)}" as cited. The link may point at a different article, or the title changed; open it and compare.` });
  }
  if (ref.date && result.date && compareDates(ref.date, result.date) !== 0) {
    checks.push({ code: "date-mismatch-live", severity: "warning", message: `The page at this link is dated ${formatDate(result.date)}, but the citation says ${formatDate(ref.date)}. Check which date is right; the link may point at another version.` });
  }
  return checks;
}
