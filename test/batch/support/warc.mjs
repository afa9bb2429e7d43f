// Writes small WARC files for the batch tests and the bench, by hand (WARC 1.1 is plain text
// headers + a block), so the reader under test (warcio) is checked against an independent writer.
// Each record can be gzipped as its own member, as crawlers write .warc.gz.
import { gzipSync } from "node:zlib";
import { writeFileSync } from "node:fs";

const CRLF = "\r\n";

/** A deterministic WARC-Record-ID from a number. */
export const recordId = (n) => `<urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, "0")}>`;

/**
 * One WARC record as bytes.
 * @param {{ type?: string, uri?: string, id?: string, date?: string, status?: number, headers?: Record<string,string>,
 *   body?: string | Uint8Array, rawHttp?: string | Uint8Array, contentType?: string, contentLength?: number }} r
 *   `rawHttp` replaces the whole HTTP block (for broken headers); `contentLength` overrides the true length.
 */
export function warcRecord(r) {
  const type = r.type ?? "response";
  let block;
  if (r.rawHttp !== undefined) block = Buffer.from(r.rawHttp);
  else if (type === "response") {
    const head = [`HTTP/1.1 ${r.status ?? 200} ${r.status && r.status !== 200 ? "Other" : "OK"}`];
    for (const [k, v] of Object.entries(r.headers ?? { "Content-Type": "text/html; charset=utf-8" })) head.push(`${k}: ${v}`);
    block = Buffer.concat([Buffer.from(head.join(CRLF) + CRLF + CRLF, "latin1"), Buffer.from(r.body ?? "")]);
  } else block = Buffer.from(r.body ?? "");
  const headers = [
    "WARC/1.1",
    `WARC-Type: ${type}`,
    `WARC-Record-ID: ${r.id ?? recordId(0)}`,
    `WARC-Date: ${r.date ?? "2024-05-01T12:00:00Z"}`,
    ...(r.uri ? [`WARC-Target-URI: ${r.uri}`] : []),
    `Content-Type: ${r.contentType ?? (type === "response" ? "application/http; msgtype=response" : type === "request" ? "application/http; msgtype=request" : "application/warc-fields")}`,
    `Content-Length: ${r.contentLength ?? block.length}`,
  ];
  return Buffer.concat([Buffer.from(headers.join(CRLF) + CRLF + CRLF, "latin1"), block, Buffer.from(CRLF + CRLF)]);
}

/** The warcinfo record a crawler writes first. */
export const warcinfo = (id = recordId(999999)) => warcRecord({ type: "warcinfo", id, body: "software: sourcelight-test\r\nformat: WARC File Format 1.1\r\n" });

/** Joins records into a WARC file's bytes; with gzip, each record is its own gzip member. */
export function warcBytes(records, { gzip = false } = {}) {
  return Buffer.concat(records.map((rec) => (gzip ? gzipSync(rec) : rec)));
}

/** Writes records to `path` (gzip when the name ends in .gz). */
export function writeWarc(path, records) {
  writeFileSync(path, warcBytes(records, { gzip: path.endsWith(".gz") }));
  return path;
}
