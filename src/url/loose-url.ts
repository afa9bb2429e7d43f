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
