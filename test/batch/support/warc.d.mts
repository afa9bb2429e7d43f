// Types of warc.mjs (kept as plain JS so the bench can use it too).
export interface RecordSpec {
  type?: string;
  uri?: string;
  id?: string;
  date?: string;
  status?: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  rawHttp?: string | Uint8Array;
  contentType?: string;
  contentLength?: number;
}
export function recordId(n: number): string;
export function warcRecord(r: RecordSpec): Buffer;
export function warcinfo(id?: string): Buffer;
export function warcBytes(records: Buffer[], options?: { gzip?: boolean }): Buffer;
export function writeWarc(path: string, records: Buffer[]): string;
