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

/**
 * `fn`, remembered by its argument's text: at most `max` answers are kept, and past that the
 * memory starts over (a page's few thousand addresses fit; a batch over many pages never grows it).
 */
export function remembered<T>(fn: (text: string) => T, max = 4096): (text: string) => T {
  const kept = new Map<string, T>();
  return (text) => {
    if (kept.has(text)) return kept.get(text) as T;
    const value = fn(text);
    if (kept.size >= max) kept.clear();
    kept.set(text, value);
    return value;
  };
}

/**
 * `parseLoose`, remembered by the address's text, for code that only reads the parts. The
 * analyzer reads each reference link's host, path and query many times over (wikipedia-2:
 * 7,126 parses of 1,130 addresses), and a URL parse is among the costliest calls of an
 * analysis in Chrome's service worker. The same URL object is handed out again: never change
 * it (use `parseLoose` for a URL to edit).
 */
export const readLoose: (url: string) => Readonly<URL> | null = remembered(parseLoose);
