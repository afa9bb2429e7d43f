/**
 * Where a WARC's lines go: stdout, or `DIR/NAME.jsonl` written as `NAME.jsonl.part` and renamed
 * only once complete and flushed to disk, so a file named `.jsonl` is always whole and a run
 * that was killed (a node lost, a Slurm time limit) leaves only a `.part` to redo.
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { open, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";

export interface LineSink {
  write(text: string): Promise<void>;
  /** Makes the output final; `stats` is written beside it first (NAME.stats.json). */
  commit(stats: object): Promise<void>;
  /** Drops unfinished output. */
  abandon(): Promise<void>;
  /** Where the output ends up, for messages. */
  readonly target: string;
}

/** NAME of a WARC: its file name without .warc, .warc.gz or .gz. */
export function outputName(warcPath: string): string {
  return basename(warcPath).replace(/(\.warc)?(\.gz)?$/i, "") || basename(warcPath);
}

/** The finished output of `warcPath` in `dir`. */
export const finalPath = (dir: string, warcPath: string) => join(dir, `${outputName(warcPath)}.jsonl`);

/** True when `warcPath` already has its complete output in `dir`. */
export async function isComplete(dir: string, warcPath: string): Promise<boolean> {
  return stat(finalPath(dir, warcPath)).then((s) => s.isFile(), () => false);
}

/** Lines to a stream (stdout), waiting whenever it is full; commit and abandon do nothing. */
export function streamSink(out: NodeJS.WritableStream): LineSink {
  return {
    target: "stdout",
    async write(text) {
      if (!out.write(text)) await once(out, "drain");
    },
    async commit() {},
    async abandon() {},
  };
}

/** Lines to DIR/NAME.jsonl.part, renamed to NAME.jsonl on commit. */
export async function partFileSink(dir: string, warcPath: string): Promise<LineSink> {
  const final = finalPath(dir, warcPath);
  const part = `${final}.part`;
  const stream = createWriteStream(part, { highWaterMark: 1 << 20 });
  await once(stream, "open");
  const close = async () => {
    if (stream.closed) return;
    const closed = once(stream, "close");
    stream.end();
    await closed;
  };
  return {
    target: final,
    async write(text) {
      if (!stream.write(text)) await once(stream, "drain");
    },
    async commit(stats) {
      await close();
      await flushToDisk(part);
      await writeFile(join(dir, `${outputName(warcPath)}.stats.json`), JSON.stringify(stats, null, 2) + "\n");
      await rename(part, final);
    },
    async abandon() {
      await close().catch(() => {});
      await rm(part, { force: true });
    },
  };
}

/** fsync: the data is on disk (or the file server) before the rename says it is complete. */
async function flushToDisk(path: string): Promise<void> {
  const handle = await open(path, "r+");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
