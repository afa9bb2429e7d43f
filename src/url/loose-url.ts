/**
 * Reading a URL as a citation writes it, scheme or not. Pure URL helpers shared by the
 * analyzer and the popup live in src/url/, which imports nothing: the popup renders a report
 * and must not reach into the analyzer (nor bundle its pattern tables).
 */

/** Any scheme at the start of a URL. */
export const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Parses a URL as written; a scheme-less one ("38north.org/…") is read as https for its parts. */
export function parseLoose(url: string): URL | null {
  const trimmed = url.trim();
  try {
    return new URL(SCHEME.test(trimmed) ? trimmed : `https://${trimmed.replace(/^\/\//, "")}`);
  } catch {
    return null;
  }
}

/** How many parsed addresses `readLoose` keeps; past it, it starts over. */
const READ_MAX = 4096;
const read = new Map<string, URL | null>();

/**
 * `parseLoose`, remembered by the address's text, for code that only reads the parts. The
 * analyzer reads each reference link's host, path and query many times over (wikipedia-2:
 * 7,126 parses of 1,130 addresses), and a URL parse is among the costliest calls of an
 * analysis in Chrome's service worker. The same URL object is handed out again: never change
 * it (use `parseLoose` for a URL to edit).
 */
export function readLoose(url: string): Readonly<URL> | null {
  let u = read.get(url);
  if (u === undefined) {
    u = parseLoose(url);
    if (read.size >= READ_MAX) read.clear();
    read.set(url, u);
  }
  return u;
}
