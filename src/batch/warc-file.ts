/**
 * Streams one WARC file (plain, or gzip with one member a record as crawlers write it) into
 * pages and counted skips, reading it once from disk with bounded memory. A damaged gzip
 * member (cut short, or garbled) is one `corrupt` skip, and reading goes on at the next
 * member, so one bad record does not cost the rest of the file.
 */
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { WARCParser } from "warcio";
import { readRecord } from "./warc-record";
import { skip, type WarcItem } from "./warc-items";
import { nextGzipMember } from "./gzip-members";

export interface WarcReadOptions {
  /** Payloads larger than this (decoded) are skipped as too-large. */
  maxBytes: number;
}

/** Every page and skip of the file at `path`, in file order. */
export async function* readWarcFile(path: string, options: WarcReadOptions): AsyncGenerator<WarcItem> {
  const size = (await stat(path)).size;
  const gzip = await startsWithGzip(path);
  let start = 0;
  while (start < size) {
    const damage = yield* readFrom(path, start, gzip, options);
    if (!damage) return;
    if (damage.item) yield damage.item;
    if (!gzip) return;
    const next = await nextGzipMember(path, damage.resumeAfter + 1);
    if (next < 0) return;
    start = next;
  }
}

interface Damage {
  /** The skip to count (none when the truncated record was already counted). */
  item: WarcItem | null;
  /** File offset after which to look for the next gzip member. */
  resumeAfter: number;
}

/** Reads records from `start` until the end (null) or until the bytes stop being a WARC. */
async function* readFrom(path: string, start: number, gzip: boolean, options: WarcReadOptions): AsyncGenerator<WarcItem, Damage | null> {
  const stream = createReadStream(path, { start });
  const parser = new WARCParser(stream, { parseHttp: false }); // see warc-record.ts
  const reader = parser._reader;
  // Gzip: the start of the member being read (whole members are counted); plain: of the record.
  const memberStart = () => start + (gzip ? reader._rawOffset : parser.offset);
  const damaged = (detail: string): Damage => ({ item: skip("corrupt", `${detail} at byte ${memberStart()}`, null, null, memberStart()), resumeAfter: memberStart() });
  try {
    for await (const record of parser) {
      if (!record.warcHeaders.statusline.startsWith("WARC/")) return damaged("not a WARC record");
      const { item, truncated } = await readRecord(record, options.maxBytes);
      // A gzip member that stops inflating makes warcio pass the raw bytes on: the record is garbage.
      if (gzip && !reader.compressed) return damaged("a damaged gzip member");
      if (truncated && gzip) return { item, resumeAfter: memberStart() };
      yield item;
      if (truncated) return null; // a plain file ends inside the record: nothing follows
    }
    if (gzip && memberStart() < (await stat(path)).size) return damaged(reader.compressed ? "a gzip member cut short" : "a damaged gzip member");
    return null;
  } catch (e) {
    return damaged(`unreadable (${(e as Error).message})`);
  } finally {
    stream.destroy(); // reading may stop before the end (damage, or the caller stopping)
  }
}

async function startsWithGzip(path: string): Promise<boolean> {
  const file = await open(path, "r");
  try {
    const { bytesRead, buffer } = await file.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await file.close();
  }
}
