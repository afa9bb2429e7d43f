// The WARC reader on small archives written here: which records become pages, which are
// skipped and why, and that damage costs only the damaged record (plain and gzip alike).
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWarcFile } from "../../src/batch/warc-file";
import type { WarcItem, WarcPage, WarcSkip } from "../../src/batch/warc-items";
import { recordId, warcBytes, warcinfo, warcRecord } from "./support/warc.mjs";

let tmp: string;
beforeAll(() => void (tmp = mkdtempSync(join(tmpdir(), "sourcelight-warc-"))));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const html = (n: number) => `<!doctype html><html><head><title>Story ${n}</title></head><body><article><p>Harbour story number ${n}.</p></article></body></html>`;
const page = (n: number, extra: Parameters<typeof warcRecord>[0] = {}) => warcRecord({ uri: `https://news.example/story-${n}`, id: recordId(n), body: html(n), ...extra });

let serial = 0;
async function read(bytes: Buffer, maxBytes = 100_000): Promise<WarcItem[]> {
  const file = join(tmp, `t${++serial}.warc`);
  writeFileSync(file, bytes);
  const items: WarcItem[] = [];
  for await (const item of readWarcFile(file, { maxBytes })) items.push(item);
  return items;
}
const pages = (items: WarcItem[]) => items.filter((i): i is WarcPage => i.kind === "page");
const skips = (items: WarcItem[]) => items.filter((i): i is WarcSkip => i.kind === "skip");
const urls = (items: WarcItem[]) => pages(items).map((p) => p.url);

const CRAWL = [warcinfo(), warcRecord({ type: "request", uri: "https://news.example/story-1", id: recordId(101), body: "GET /story-1 HTTP/1.1\r\nHost: news.example\r\n\r\n" }), page(1), page(2), page(3)];

describe("reading a WARC", () => {
  it("gives the same pages from plain and gzip files, with their record ids and addresses", async () => {
    const plain = await read(warcBytes(CRAWL));
    const gzip = await read(warcBytes(CRAWL, { gzip: true }));
    expect(gzip).toEqual(plain);
    expect(pages(plain).map((p) => [p.url, p.warcRecordId])).toEqual([1, 2, 3].map((n) => [`https://news.example/story-${n}`, recordId(n)]));
    expect(pages(plain)[0]!.html).toContain("Harbour story number 1.");
    expect(skips(plain).map((s) => [s.reason, s.detail])).toEqual([
      ["not-response", "a warcinfo record"],
      ["not-response", "a request record"],
    ]);
  });

  it("skips responses that are not pages: another status, another type, no address", async () => {
    const items = await read(
      warcBytes([
        page(1, { status: 404 }),
        page(2, { headers: { "Content-Type": "image/png" }, body: "\x89PNG\r\n\x1a\n" }),
        page(3, { headers: { "Content-Type": "application/pdf" }, body: "%PDF-1.7" }),
        page(4, { uri: "dns:news.example" }),
        page(5, { headers: { Server: "test" }, body: "just some bytes" }),
        page(6, { headers: { Server: "test" }, body: "\n  <!DOCTYPE html><html><body><p>No type header.</p></body></html>" }),
        page(7),
      ]),
    );
    expect(skips(items).map((s) => [s.reason, s.url])).toEqual([
      ["status", "https://news.example/story-1"],
      ["not-html", "https://news.example/story-2"],
      ["not-html", "https://news.example/story-3"],
      ["no-url", "dns:news.example"],
      ["not-html", "https://news.example/story-5"],
    ]);
    expect(skips(items)[0]!.detail).toBe("HTTP 404");
    expect(urls(items)).toEqual(["https://news.example/story-6", "https://news.example/story-7"]);
  });

  it("counts broken HTTP headers and an encoding it cannot undo, and reads on", async () => {
    const items = await read(
      warcBytes([
        page(1, { rawHttp: "garbage\x00\x01 without a status\r\n\r\n<html></html>" }),
        page(2, { headers: { "Content-Type": "text/html", "Content-Encoding": "br" }, body: "\x1b\x00\x00" }),
        page(3, { headers: { "Content-Type": "text/html", "Content-Encoding": "gzip" }, body: gzipSync(html(3)) }),
        page(4),
      ]),
    );
    expect(skips(items).map((s) => s.reason)).toEqual(["bad-http", "content-encoding"]);
    expect(pages(items).map((p) => p.html)).toEqual([html(3), html(4)]);
  });

  it("keeps HTTP headers that never end inside their record, so the next record survives", async () => {
    // warcio alone reads such headers on into the following record and loses it.
    const records = [
      warcRecord({ type: "request", uri: "https://news.example/story-1", id: recordId(101), body: "GET /story-1 HTTP/1.0\r\n\r\n" }),
      page(1),
      page(2, { rawHttp: "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Cut: here" }),
      page(3),
    ];
    for (const gzip of [false, true]) {
      const items = await read(warcBytes(records, { gzip }));
      expect(urls(items), gzip ? "gzip" : "plain").toEqual(["https://news.example/story-1", "https://news.example/story-3"]);
      expect(skips(items).map((s) => s.reason)).toEqual(["not-response", "bad-http"]);
    }
  });

  it("skips a record over the page limit without reading it whole, by its length or once decoded", async () => {
    const big = "<html><body>" + "<p>word </p>".repeat(20_000) + "</body></html>"; // ~220 kB
    const items = await read(
      warcBytes([page(1, { body: big }), page(2, { headers: { "Content-Type": "text/html", "Content-Encoding": "gzip" }, body: gzipSync(big) }), page(3)], { gzip: true }),
    );
    expect(skips(items).map((s) => [s.reason, s.url])).toEqual([
      ["too-large", "https://news.example/story-1"],
      ["too-large", "https://news.example/story-2"],
    ]);
    expect(skips(items)[1]!.detail).toMatch(/once decoded/);
    expect(urls(items)).toEqual(["https://news.example/story-3"]);
  });

  it("reads a latin-1 page by its HTTP charset, and one by its <meta>", async () => {
    const text = "<html><body><p>Caf\xe9 na pra\xe7a, a\xe7\xfacar e ma\xe7\xe3s \xa3 5 \x96 \x93barato\x94 por \x80 6.</p></body></html>";
    const items = await read(
      warcBytes([
        page(1, { headers: { "Content-Type": "text/html; charset=ISO-8859-1" }, body: Buffer.from(text, "latin1") }),
        page(2, { headers: { "Content-Type": "text/html" }, body: Buffer.from(`<meta charset="windows-1252">${text}`, "latin1") }),
        page(3, { headers: { "Content-Type": "text/html" }, body: Buffer.from(`<meta http-equiv="Content-Type" content="text/html; charset=latin1">${text}`, "latin1") }),
      ]),
    );
    expect(pages(items)).toHaveLength(3);
    for (const p of pages(items)) {
      // 0x80-0x9F are windows-1252's € and quotes, which a plain latin-1 decoder turns into control characters.
      expect(p.html).toContain("Café na praça, açúcar e maçãs £ 5 – “barato” por € 6.");
      expect(p.encoding).toBe("windows-1252"); // the Encoding Standard reads latin-1 labels as windows-1252
    }
  });

  it("refuses an unknown charset rather than guessing", async () => {
    const items = await read(
      warcBytes([
        page(1, { headers: { "Content-Type": "text/html; charset=x-klingon" } }),
        page(2, { headers: { "Content-Type": "text/html" }, body: `<meta charset="x-made-up">${html(2)}` }),
        page(3),
      ]),
    );
    expect(skips(items).map((s) => [s.reason, s.detail])).toEqual([
      ["unknown-charset", 'HTTP charset "x-klingon" is not an encoding we can read'],
      ["unknown-charset", '<meta> charset "x-made-up" is not an encoding we can read'],
    ]);
    expect(urls(items)).toEqual(["https://news.example/story-3"]);
  });

  it("counts a plain file cut inside its last record as truncated", async () => {
    const whole = warcBytes(CRAWL);
    const items = await read(whole.subarray(0, whole.length - 60));
    expect(urls(items)).toEqual(["https://news.example/story-1", "https://news.example/story-2"]);
    expect(skips(items).at(-1)).toMatchObject({ reason: "truncated", url: "https://news.example/story-3", warcRecordId: recordId(3) });
  });

  it("counts a gzip member cut short at the end of the file", async () => {
    const whole = warcBytes(CRAWL, { gzip: true });
    const items = await read(whole.subarray(0, whole.length - 30));
    expect(urls(items)).toEqual(["https://news.example/story-1", "https://news.example/story-2"]);
    expect(skips(items).at(-1)!.reason).toMatch(/^(corrupt|truncated)$/);
    expect(skips(items).filter((s) => s.reason === "corrupt" || s.reason === "truncated")).toHaveLength(1);
  });

  it("goes on at the next gzip member after a damaged one in the middle", async () => {
    const members = CRAWL.map((r) => warcBytes([r], { gzip: true }));
    for (const cut of [20, members[2]!.length - 15]) {
      const damaged = Buffer.concat([members[0]!, members[1]!, members[2]!.subarray(0, cut), members[3]!, members[4]!]);
      const items = await read(damaged);
      expect(urls(items), `member cut at ${cut}`).toEqual(["https://news.example/story-2", "https://news.example/story-3"]);
      const corrupt = skips(items).filter((s) => s.reason === "corrupt");
      expect(corrupt).toHaveLength(1);
      expect(corrupt[0]!.offset).toBe(members[0]!.length + members[1]!.length);
    }
  });

  it("answers a file that is not a WARC with one counted skip", async () => {
    for (const bytes of [Buffer.from("<html><body>a saved page, not an archive</body></html>\n"), Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9])]) {
      const items = await read(bytes);
      expect(pages(items)).toEqual([]);
      expect(skips(items)).toMatchObject([{ reason: "corrupt" }]);
    }
    expect(await read(Buffer.alloc(0))).toEqual([]);
  });
});
