/**
 * Reading a URL as a citation writes it, scheme or not. A module of its own, with no other
 * imports, so that the popup can use it without bundling the analyzer's pattern tables.
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
