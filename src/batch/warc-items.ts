/**
 * What reading a WARC yields: a page to analyse, or a record left out with its reason.
 * Shared by the reader, the worker pool, the output and the tests; plain data only.
 */

/** Why a record was not analysed (stable codes: the stats and docs/batch.md count them by these). */
export type SkipReason =
  | "not-response" // warcinfo, request, metadata, revisit… records
  | "status" // an HTTP status other than 200
  | "not-html" // a payload that is not an HTML page
  | "too-large" // larger than the page limit once decoded
  | "truncated" // the file ends inside the record
  | "bad-http" // an HTTP status line or headers that cannot be read
  | "content-encoding" // a Content-Encoding we cannot undo
  | "unknown-charset" // a declared charset no decoder knows
  | "no-url" // no http(s) WARC-Target-URI
  | "corrupt"; // bytes that are not a WARC record (a damaged gzip member, junk between records)

export const SKIP_REASONS: readonly SkipReason[] = ["not-response", "status", "not-html", "too-large", "truncated", "bad-http", "content-encoding", "unknown-charset", "no-url", "corrupt"];

export interface WarcPage {
  kind: "page";
  url: string;
  warcRecordId: string | null;
  html: string;
  /** The encoding the bytes were read with. */
  encoding: string;
}

export interface WarcSkip {
  kind: "skip";
  reason: SkipReason;
  detail: string;
  url: string | null;
  warcRecordId: string | null;
  /** Byte offset in the file, for damage found between records. */
  offset?: number;
}

export type WarcItem = WarcPage | WarcSkip;

export const skip = (reason: SkipReason, detail: string, url: string | null = null, warcRecordId: string | null = null, offset?: number): WarcSkip => ({
  kind: "skip",
  reason,
  detail,
  url,
  warcRecordId,
  ...(offset === undefined ? {} : { offset }),
});
