/**
 * Finds where the next gzip member starts in a file, so reading can go on past a damaged
 * one. A member starts with the bytes 1f 8b 08 (RFC 1952: magic, deflate); a false match
 * inside compressed data only costs one failed attempt, as the caller moves on from there.
 */
import { createReadStream } from "node:fs";

const MAGIC = Buffer.from([0x1f, 0x8b, 0x08]);

/** The offset of the first gzip member header at or after `from`, or -1. Reads in chunks. */
export async function nextGzipMember(path: string, from: number): Promise<number> {
  let carry = Buffer.alloc(0);
  let carryAt = from;
  for await (const chunk of createReadStream(path, { start: from }) as AsyncIterable<Buffer>) {
    const window = Buffer.concat([carry, chunk]);
    const at = window.indexOf(MAGIC);
    if (at >= 0) return carryAt + at;
    const keep = Math.min(MAGIC.length - 1, window.length);
    carryAt += window.length - keep;
    carry = window.subarray(window.length - keep);
  }
  return -1;
}
