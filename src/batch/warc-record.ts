/**
 * One WARC record → a page or a counted skip. Only `response` records with HTTP 200 and an
 * HTML payload become pages; the payload is read in chunks and given up past the page limit,
 * so a huge record never sits in memory whole. Two guards around warcio (the file is read with
 * `parseHttp: false`): the HTTP headers are parsed from within the record's own block, since
 * warcio reads them from the file and a block with no header lines made it swallow the next
 * record; and every record is drained to its end here, with a loop that stops when the file
 * does (warcio's own skip loops forever on a truncated record).
 */
import { AsyncIterReader, StatusAndHeadersParser, type WARCRecord, type LimitReader } from "warcio";
import { decodeHtml } from "./charset";
import { skip, type WarcItem } from "./warc-items";

/** Heuristic patterns of this module, in one place. */
const PATTERNS = {
  /** Content-Types of HTML pages. */
  html: /^\s*(text\/html|application\/xhtml\+xml)\s*(;|$)/i,
  /** The start of a payload that is HTML although no Content-Type says so. */
  htmlStart: /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body)\b/i,
};
/** Content-Encodings warcio undoes (pako); anything else is refused rather than read as bytes. */
const DECODABLE = new Set(["", "identity", "gzip", "x-gzip", "deflate"]);

export interface RecordOutcome {
  item: WarcItem;
  /** The file ended inside the record. */
  truncated: boolean;
}

/** Reads (or skips) one record, always to its end; never throws for bad content. */
export async function readRecord(record: WARCRecord, maxBytes: number): Promise<RecordOutcome> {
  const id = record.warcHeader("WARC-Record-ID") ?? null;
  const url = record.warcTargetURI ?? null;
  const block = record._reader as LimitReader;
  let item: WarcItem;
  try {
    const ended = record.warcType !== "response" || (await readHttpHeaders(record, block));
    item = ended ? await classify(record, maxBytes, url, id) : skip("bad-http", "the HTTP headers do not end (no blank line) inside the record", url, id);
  } catch (e) {
    item = skip("bad-http", `the payload could not be read: ${(e as Error).message}`, url, id);
  }
  const complete = await drain(record, block);
  if (!complete) return { item: skip("truncated", `the file ends inside this record (Content-Length ${record.warcContentLength})`, url, id), truncated: true };
  return { item, truncated: false };
}

async function classify(record: WARCRecord, maxBytes: number, url: string | null, id: string | null): Promise<WarcItem> {
  if (record.warcType !== "response") return skip("not-response", `a ${record.warcType ?? "typeless"} record`, url, id);
  const http = record.httpHeaders;
  const status = http ? Number(http.statusCode) : NaN;
  if (!http || !Number.isInteger(status)) return skip("bad-http", `unreadable HTTP status line "${(http?.statusline ?? "").slice(0, 60)}"`, url, id);
  if (status !== 200) return skip("status", `HTTP ${status}`, url, id);
  if (!url || !/^https?:\/\//i.test(url) || !URL.canParse(url)) return skip("no-url", `WARC-Target-URI "${(url ?? "").slice(0, 80)}" is not an http(s) address`, url, id);
  const type = http.headers.get("content-type") ?? null;
  if (type && !PATTERNS.html.test(type)) return skip("not-html", `Content-Type ${type.split(";")[0]!.trim()}`, url, id);
  const encoding = (http.headers.get("content-encoding") ?? "").trim().toLowerCase();
  if (!DECODABLE.has(encoding)) return skip("content-encoding", `Content-Encoding ${encoding}`, url, id);
  // A block past the limit plus room for HTTP headers cannot decode to less (compression only grows).
  if (record.warcContentLength > maxBytes + 65_536) return skip("too-large", `${record.warcContentLength} bytes; the limit is ${maxBytes}`, url, id);
  const body = await readCapped(record, maxBytes);
  if (!body) return skip("too-large", `more than ${maxBytes} bytes once decoded`, url, id);
  if (!type && !PATTERNS.htmlStart.test(Buffer.from(body.subarray(0, 2048)).toString("latin1"))) return skip("not-html", "no Content-Type, and the payload does not start like HTML", url, id);
  const decoded = decodeHtml(body, type);
  if (!decoded.ok) return skip("unknown-charset", decoded.detail, url, id);
  return { kind: "page", url, warcRecordId: id, html: decoded.html, encoding: decoded.encoding };
}

/** The decoded payload, or null past `max` bytes (reading stops there). */
async function readCapped(record: WARCRecord, max: number): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of record) {
    size += chunk.byteLength;
    if (size > max) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

/**
 * Parses the HTTP status line and headers at the start of the block; the payload follows on
 * `record._reader`. Returns false when the headers run to the end of the block with no blank
 * line after them (the block was cut, or never had a payload).
 */
async function readHttpHeaders(record: WARCRecord, block: LimitReader): Promise<boolean> {
  let tail = Buffer.alloc(0);
  async function* watched() {
    for await (const chunk of block) {
      tail = Buffer.concat([tail, chunk]).subarray(-4);
      yield chunk;
    }
  }
  const buffered = new AsyncIterReader(watched(), null); // keeps what it read past the headers
  record.httpHeaders = await new StatusAndHeadersParser().parse(buffered, { headersClass: Headers });
  record._reader = buffered;
  const blockUsedUp = block.limit <= 0 && !buffered._savedChunk?.length;
  return !blockUsedUp || /\r?\n\r?\n$/.test(tail.toString("latin1"));
}

/** Skips what is left of the record's block; false when the file ended first. */
async function drain(record: WARCRecord, limited: LimitReader): Promise<boolean> {
  let complete = true;
  if (typeof limited.limit === "number") {
    while (limited.limit > 0) {
      const n = await limited.sourceIter.skipSize(limited.limit);
      if (n <= 0) {
        complete = false;
        break;
      }
      limited.limit -= n;
    }
  }
  record.consumed = "skipped"; // the parser must not run its own skip (it would never end)
  return complete;
}
