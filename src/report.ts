/**
 * The two data contracts that cross every boundary in Sourcelight:
 * - PageSnapshot: what `extract(document, url)` reads off a page (plain JSON, no DOM).
 * - Report: what `analyze(snapshot)` concludes (format version 1, ../shared/report-format.md).
 * Both travel as messages between content script, background and popup, so they hold
 * only plain data. This module imports nothing and is imported by every other part.
 */

/** Where a snapshot's metadata field was read from (for explaining and debugging). */
export type MetaOrigin =
  | "json-ld"
  | "opengraph"
  | "citation"
  | "dublin-core"
  | "meta"
  | "time"
  | "byline"
  | "url"
  | "title-tag"
  | "heading"
  | "readability"
  | "html-lang";

/** A citation marker found inside a block: `[1]`, a footnote reference, a cite-note link. */
export interface SnapshotMarker {
  /** Offset in the block's `text` where the marker stood (markers' own text is not in `text`). */
  at: number;
  /** The marker as shown on the page ("1", "a", "note 2"). */
  label: string;
  /** The snapshot reference entry the marker points at. */
  ref: string;
}

/** A hyperlink inside a block; `ref` is set when it is one of the article's references. */
export interface SnapshotLink {
  /** Offsets of the link's text in the block's `text`. */
  start: number;
  end: number;
  /** Absolute URL (resolved against the page URL). */
  href: string;
  text: string;
  ref?: string;
}

/** One unit of body text in reading order. */
export interface SnapshotBlock {
  /** Stable id ("b0", "b1" …) in document order of the article's blocks. */
  id: string;
  /**
   * "code": a code sample (a `<pre>` block in a prose article); "table-row": a row of a data
   * table (cells joined by spaces). Both are read as text, never split into claims.
   */
  kind: "paragraph" | "heading" | "list-item" | "quote" | "code" | "table-row";
  /** Text as the reader sees it, whitespace collapsed, citation markers left out. */
  text: string;
  markers: SnapshotMarker[];
  links: SnapshotLink[];
  /** Extra: a figure's or table's caption (body text, but never a summary point). */
  caption?: boolean;
}

/** One reference entry as found on the page, before any parsing into fields. */
export interface SnapshotReference {
  /** Stable id ("r1", "r2" …); the Report keeps these ids. */
  id: string;
  /** As shown on the page ("1", "a", "note 2"), or null. */
  label: string | null;
  kind: "list" | "footnote" | "link" | "source-line";
  /** The entry's text as the reader sees it (backlinks like "^ a b" or "↩" removed). */
  raw: string;
  /** Links inside the entry, absolute hrefs, in order. For kind `link`, the link itself. */
  links: { href: string; text: string }[];
  /** Structure that helps parse the entry: text that was quoted, italic, linked or in <cite>. */
  hints: {
    italic: string[];
    /** MediaWiki cs1 citation type when known ("web", "news", "journal", "book", "press release"). */
    citationType?: string;
    /** For kind `link`: the sentence around the link, to describe what it cites. */
    context?: string;
  };
  /** DOM id of the entry on the page, when it has one (to scroll to it). */
  anchor?: string;
  /** Other entries this one points at: a note's own markers, a short cite ("King 2003, p. 41") → its bibliography entry. */
  cites?: string[];
  /** What kind of source it is (issue 17): for kind `link` from the link and its sentence; for an entry from what it says it is (cs1 type, DOI, host). */
  role?: SourceRole;
}

/** What `extract` returns: everything later stages need, as plain JSON. */
export interface PageSnapshot {
  snapshotVersion: 1;
  url: string;
  /** False when the page has no article; `reason` says why in a sentence for the reader. */
  found: boolean;
  reason: string | null;
  title: string | null;
  byline: string | null;
  /** ISO date (YYYY-MM-DD, YYYY-MM or YYYY) or null. */
  published: string | null;
  /** Extra: the last update the page states, ISO, or null. */
  modified?: string | null;
  /** Extra: the page is a wiki, edited continually: its creation date says nothing about when its sources could appear. */
  wiki?: boolean;
  siteName: string | null;
  lang: string | null;
  description: string | null;
  /** Where each metadata field came from. */
  metaOrigin: Partial<Record<"title" | "byline" | "published" | "siteName" | "lang" | "description", MetaOrigin>>;
  /** Body blocks in reading order (the title heading included when the page repeats it). */
  blocks: SnapshotBlock[];
  /** The page's own key points / takeaways, when it has a list of them (kept out of `blocks`). */
  keyPoints: SnapshotBlock[];
  references: SnapshotReference[];
  /** The article's own provenance line ("source: …", "Originally published at …"), or null. */
  source: { text: string; url: string | null; ref: string | null } | null;
  /** Facts about the extraction (for the UI and the benchmark): counts, truncation. */
  stats: { elements: number; truncated: boolean };
}

// ───────────────────────────── Report (format version 1) ─────────────────────────────

export type Severity = "info" | "warning" | "error";

/** The check codes "Check sources" adds (so a second check can replace the first one's). */
export const LIVE_CHECK_CODES = ["link-broken", "title-mismatch-live", "date-mismatch-live", "redirected-elsewhere"] as const;

/** Every check code of format version 1 (the table in report-format.md), in that order. */
export const CHECK_CODES = [
  "url-missing",
  "url-malformed",
  "url-unsafe",
  "url-date-mismatch",
  "title-url-mismatch",
  "date-after-article",
  "tracking-parameters",
  "duplicate-reference",
  "reference-uncited",
  "unsourced-attribution",
  "duplicate-text",
  "no-references",
  "anonymous-source",
  ...LIVE_CHECK_CODES,
] as const;

export type CheckCode = (typeof CHECK_CODES)[number];

export interface Check {
  code: CheckCode;
  severity: Severity;
  message: string;
}

export type EvidenceKind = "marker" | "link" | "attribution" | "similarity";

/** Whether a fetched source's text backs a claim (set only by "Check sources"). */
export type SupportVerdict = "found" | "partial" | "not-found";
export const SUPPORT_VERDICTS: readonly SupportVerdict[] = ["found", "partial", "not-found"];

export interface ClaimSource {
  ref: string;
  /** 0..1; see docs/report-format.md ("What a score means"). */
  score: number;
  evidence: EvidenceKind[];
  /** Extra, from "Check sources": whether one passage of the source holds the claim's key words. */
  support?: SupportVerdict;
  /** Extra, with `support`: the source's best-matching passage, as text. */
  passage?: string;
  /** Extra, with `support`: the claim's checkable parts, each looked up in the source. */
  parts?: SupportPart[];
}

/** One checkable part of a claim (a date, number, name, quoted phrase or relation) and what the source says of it. */
export interface SupportPart {
  text: string;
  found: boolean;
  /** The source sentence that backs (or contradicts) the part, or null when none does. */
  passage: string | null;
}

/** What a cited link is to the article (issue 17): the kinds of source a reader counts. */
export type SourceRole = "study" | "document" | "news" | "own-coverage" | "post" | "primary";
export const SOURCE_ROLES: readonly SourceRole[] = ["study", "document", "news", "own-coverage", "post", "primary"];

/** Where a reference's title was read: the entry or page itself, the citing sentence, or guessed from the URL. */
export type TitleOrigin = "entry" | "context" | "url";
export const TITLE_ORIGINS: readonly TitleOrigin[] = ["entry", "context", "url"];

/**
 * What visiting a reference's link found: `ok`; `redirected` (the link ends on another
 * site); `not-found` (404); `gone` (410); `unreachable` (network error, timeout, 5xx);
 * `paywalled` (401/403 or a login / subscription wall).
 */
export type LiveStatus = "ok" | "redirected" | "not-found" | "gone" | "unreachable" | "paywalled";
export const LIVE_STATUSES: readonly LiveStatus[] = ["ok", "redirected", "not-found", "gone", "unreachable", "paywalled"];

/** The live state of a reference's link, as "Check sources" found it. */
export interface LiveCheck {
  status: LiveStatus;
  /** The address the link ended at after redirects (null when nothing answered). */
  finalUrl: string | null;
  /** The HTTP status of the final response, or null when nothing answered. */
  httpStatus: number | null;
  /** The live page's title, date (ISO) and site name, when it could be read. */
  title: string | null;
  date: string | null;
  site: string | null;
  /** When the link was visited (ISO date-time). */
  checkedAt: string;
  /** For a broken link: the Wayback Machine's list of copies, a link for the reader (never requested). */
  archiveUrl?: string;
  /** Only the first part of a very large page was read. */
  truncated?: boolean;
}

export interface ReportReference {
  id: string;
  label: string | null;
  kind: SnapshotReference["kind"];
  title: string | null;
  outlet: string | null;
  authors: string[];
  date: string | null;
  url: string | null;
  doi: string | null;
  raw: string;
  citedBy: string[];
  checks: Check[];
  /** Extra: the entry's DOM id on the page, when known. */
  anchor?: string;
  /** Extra: ids of other references this entry points at (a short-cite note → its bibliography entry). */
  cites?: string[];
  /** Extra, from "Check sources": what the link leads to now. */
  live?: LiveCheck;
  /** Extra: what kind of source the link is (study, document, news, the outlet's own reporting, post, primary). */
  role?: SourceRole;
  /** Extra: where `title` came from; "url" marks a guess from the address's slug. */
  titleFrom?: TitleOrigin;
  /** Extra: an archived copy the entry links besides the work itself (`url` stays the original). */
  archiveUrl?: string;
}

export interface ReportClaim {
  id: string;
  text: string;
  kind: "sentence" | "heading" | "summary-point";
  sources: ClaimSource[];
  checks: Check[];
  /** Extra: where the claim sits, to find it again in the page: block id and offsets in its text. */
  block: string;
  start: number;
  end: number;
  /** Extra: sourced summary points that restate this claim ("backed through key point N"); never counted in `sources`. */
  via?: ClaimVia[];
}

/** A sourced summary point that restates a body claim, and that point's source. */
export interface ClaimVia {
  /** Index of the point in `summary`. */
  point: number;
  ref: string;
  score: number;
}

export interface SummaryPoint {
  text: string;
  claim: string;
  origin: "article" | "extracted";
  /** Extra: body claims this point restates (its own claim excluded). */
  covers?: string[];
}

export type SpeakerKind = "person" | "organization" | "anonymous" | "document" | "unknown";
export const SPEAKER_KINDS: readonly SpeakerKind[] = ["person", "organization", "anonymous", "document", "unknown"];

/** A statement the article attributes to someone: a quotation or reported speech. */
export interface Quote {
  id: string;
  /** The quoted words without their quotation marks, or the reported clause. */
  text: string;
  /** The words stand in quotation marks. */
  direct: boolean;
  /** The fullest name the article gives; a pronoun is resolved, never output; null when unsaid. */
  speaker: string | null;
  /** How the article describes the speaker ("Taliban spokesman"), or null. */
  role: string | null;
  speakerKind: SpeakerKind;
  /** The attributing words ("said", "told reporters", "according to"), or null. */
  cue: string | null;
  /** The claim that holds it (the first, when a quotation runs over several). */
  claim: string;
  /** References that back it. */
  sources: string[];
}

export interface Report {
  schemaVersion: 1;
  url: string;
  article: {
    found: boolean;
    /** Extra: why no article was found, for the reader. */
    reason?: string | null;
    /** Extra: true when the page was larger than the documented limits and only its start was read. */
    truncated?: boolean;
    title: string | null;
    byline: string | null;
    published: string | null;
    /** Extra: the last update the page states (dateModified, "Updated …"), ISO, or null. */
    modified?: string | null;
    siteName: string | null;
    lang: string | null;
    source: { url: string | null; text: string; checks: Check[] } | null;
    text: string;
  };
  references: ReportReference[];
  claims: ReportClaim[];
  summary: SummaryPoint[];
  checks: Check[];
  /** Extra: every statement the article attributes to someone. */
  quotes?: Quote[];
}

/** Reader-adjustable knobs of `analyze`. */
export interface AnalyzeOptions {
  /** Keep claim→reference links scoring at least this (0..1). */
  minScore?: number;
}
