// WARC files made of our own fixture pages (test/fixtures/*/page.html), each page a response
// record at its fixture's address, with the records a crawler writes around them.
import { join } from "node:path";
import { loadFixtures } from "../../support/pipeline";
import { recordId, warcRecord, warcinfo, writeWarc } from "./warc.mjs";

export interface ArchivedPage {
  warcRecordId: string;
  url: string;
  warcFile: string;
}

/** Writes `count` WARCs (gzip) into `dir`, the fixtures dealt round-robin; returns the files and every page. */
export function writeFixtureWarcs(dir: string, count: number, names = ["alpha", "beta", "gamma", "delta"]): { files: string[]; pages: ArchivedPage[] } {
  const fixtures = loadFixtures();
  const files = Array.from({ length: count }, (_, i) => join(dir, `${names[i] ?? `part${i}`}.warc.gz`));
  const records: Buffer[][] = files.map(() => [warcinfo()]);
  const pages: ArchivedPage[] = [];
  fixtures.forEach((f, i) => {
    const n = i % count;
    const id = recordId(i + 1);
    const url = f.expected.url;
    records[n]!.push(warcRecord({ type: "request", uri: url, id: recordId(10_000 + i), body: `GET / HTTP/1.1\r\nHost: ${new URL(url).host}\r\n\r\n` }));
    records[n]!.push(warcRecord({ uri: url, id, body: f.html }));
    pages.push({ warcRecordId: id, url, warcFile: `${files[n]!.split("/").pop()}` });
  });
  files.forEach((file, n) => writeWarc(file, records[n]!));
  return { files, pages };
}
