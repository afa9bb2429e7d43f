/**
 * Loads a PAGE argument (a file or an http(s) URL) into a jsdom Document, with limits,
 * so the CLI runs the very same `extract` as the content script. Scripts never run.
 */
import { readFile, stat } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { extract } from "../extract/index";
import type { PageSnapshot } from "../report";

/** Pages larger than this are refused rather than parsed (jsdom would take minutes). */
export const MAX_PAGE_BYTES = 20 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 20_000;

export class PageError extends Error {
  override name = "PageError";
}

export interface LoadedPage {
  html: string;
  url: string;
}

/** Reads a file or fetches an http(s) URL; `url` overrides the address links resolve against. */
export async function loadPage(page: string, url: string | null): Promise<LoadedPage> {
  if (/^https?:\/\//i.test(page)) return { html: await fetchPage(page), url: url ?? page };
  if (/^[a-z][a-z0-9+.-]*:/i.test(page) && !/^[a-z]:[\\/]/i.test(page)) throw new PageError(`only files and http(s) URLs can be read, not "${page}"`);
  const path = resolve(page);
  const info = await stat(path).catch(() => null);
  if (!info) throw new PageError(`no such file: ${page}`);
  if (!info.isFile()) throw new PageError(`not a file: ${page}`);
  if (info.size > MAX_PAGE_BYTES) throw new PageError(`${page} is ${(info.size / 1e6).toFixed(1)} MB; the limit is ${MAX_PAGE_BYTES / 1e6} MB`);
  return { html: await readFile(path, "utf8"), url: url ?? pathToFileURL(path).href };
}

async function fetchPage(address: string): Promise<string> {
  let res: Response;
  try {
    res = await fetch(address, { redirect: "follow", signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { accept: "text/html,application/xhtml+xml" } });
  } catch (err) {
    throw new PageError(`could not fetch ${address}: ${(err as Error).message}`);
  }
  if (!res.ok) throw new PageError(`could not fetch ${address}: HTTP ${res.status}`);
  const type = res.headers.get("content-type") ?? "";
  if (type && !/html|xml/i.test(type)) throw new PageError(`${address} is ${type.split(";")[0]}, not an HTML page`);
  const declared = Number(res.headers.get("content-length") ?? 0);
  if (declared > MAX_PAGE_BYTES) throw new PageError(`${address} is larger than ${MAX_PAGE_BYTES / 1e6} MB`);
  const body = await res.arrayBuffer();
  if (body.byteLength > MAX_PAGE_BYTES) throw new PageError(`${address} is larger than ${MAX_PAGE_BYTES / 1e6} MB`);
  return new TextDecoder().decode(body);
}

/** What the page's CSS is stripped of when jsdom's CSS parser rejects it, one step further each time. */
const CSS_FALLBACKS: { what: string; strip: (html: string) => string }[] = [
  { what: "its <style> blocks", strip: (html) => html.replace(/<style\b[\s\S]*?<\/style\s*>/gi, "") },
  { what: "its <style> blocks and style attributes", strip: (html) => html.replace(/<style\b[\s\S]*?<\/style\s*>/gi, "").replace(/\sstyle\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, "") },
];

/**
 * Parses HTML into a Document without running its scripts or loading its resources.
 * jsdom parses every style sheet and style attribute as it builds the document, and its CSS
 * parser throws on some real pages (an unclosed `calc(` in a theme's CSS: `")" is expected`).
 * Extraction reads no style sheet, so such a page is parsed again without its <style> blocks,
 * then also without style attributes, rather than lost; `onNote` hears why (the CLI prints it
 * on stderr). Only an error that survives every fallback is thrown.
 */
export function parseDocument(page: LoadedPage, onNote?: (message: string) => void): { document: Document; close: () => void } {
  const make = (html: string) => {
    const dom = new JSDOM(html, { url: page.url, virtualConsole: new VirtualConsole(), pretendToBeVisual: false });
    // jsdom detaches nodes recursively on close and overflows the stack on very deep pages;
    // the analysis is done by then, so a failed close must not fail the page.
    const close = () => {
      try {
        dom.window.close();
      } catch {
        /* memory is reclaimed with the window object */
      }
    };
    return { document: dom.window.document, close };
  };
  try {
    return make(page.html);
  } catch (first) {
    let last = first;
    for (const { what, strip } of CSS_FALLBACKS) {
      try {
        const parsed = make(strip(page.html));
        onNote?.(`the page's CSS could not be parsed (${String((first as Error).message ?? first)}); read without ${what}`);
        return parsed;
      } catch (err) {
        last = err;
      }
    }
    throw last;
  }
}

/** Reads HTML into a snapshot: parse without scripts, extract, close (PAGE, fetched sources, WARC records). */
export function parseSnapshot(html: string, url: string, onNote?: (message: string) => void): PageSnapshot {
  const { document, close } = parseDocument({ html, url }, onNote);
  try {
    return extract(document, url);
  } finally {
    close();
  }
}
