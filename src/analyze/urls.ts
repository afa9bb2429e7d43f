/**
 * Reading URLs as citations write them, which is often not as browsers would: without
 * a scheme, with tracking parameters, with an id or hash as the last path segment.
 * Uses only the WHATWG `URL` global, which exists in service workers and Node alike.
 */
import { PATTERNS } from "./patterns";
import { bareHost } from "./outlets";
import { parseLoose, readLoose, remembered } from "../url/loose-url";
import { stem } from "./text";

export { parseLoose };

/** The host of a URL as written, or null. */
export function hostOf(url: string | null): string | null {
  if (!url) return null;
  const u = readLoose(url);
  return u && /^https?:$/.test(u.protocol) ? u.hostname.toLowerCase() : null;
}

/**
 * An identity key for "the same page": no scheme, www, fragment, trailing slash or tracking.
 * Remembered by the address's text: matching asks for the key of each reference's and each
 * claim link's address, the same few hundred addresses over and over.
 */
export const urlKey: (url: string) => string = remembered(keyOf);

function keyOf(url: string): string {
  const u = readLoose(url);
  if (!u) return url.trim().toLowerCase();
  const params = [...u.searchParams.entries()].filter(([k]) => !PATTERNS.trackingParam.test(k));
  params.sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? `?${params.map(([k, v]) => `${k}=${v}`).join("&")}` : "";
  const path = safeDecode(u.pathname).replace(/\/+$/, "").replace(/\/index\.html?$/, "");
  return `${bareHost(u.hostname)}${path}${query}`.toLowerCase();
}

/** decodeURIComponent that never throws. */
export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The names of tracking parameters in a URL's query ("utm_source", "fbclid" …). */
export function trackingParams(url: string): string[] {
  const u = readLoose(url);
  if (!u) return [];
  return [...new Set([...u.searchParams.keys()].filter((k) => PATTERNS.trackingParam.test(k)))];
}

/** The URL with its tracking parameters removed (for the check's suggestion). */
export function withoutTracking(url: string): string {
  const u = parseLoose(url);
  if (!u) return url;
  for (const k of trackingParams(url)) u.searchParams.delete(k);
  const clean = u.toString();
  return PATTERNS.scheme.test(url.trim()) ? clean : clean.replace(/^https:\/\//, "");
}

/**
 * The words of the URL's most descriptive path segment ("…/kim-russia-expanded-cooperation/"
 * → kim, russia, expanded, cooperation), ids, hashes, dates and file extensions left out.
 */
export function slugWords(url: string): string[] {
  const u = readLoose(url);
  if (!u) return [];
  let best: string[] = [];
  for (const segment of safeDecode(u.pathname).split("/")) {
    const tokens = segment
      .replace(/\.(?:html?|php|aspx?|jsp|cfm|shtml)$/i, "")
      .split(/[-_+.,\s]+/)
      .filter((t) => /\p{L}/u.test(t) && !PATTERNS.idLikeToken.test(t))
      .map((t) => t.toLowerCase());
    if (tokens.length > best.length) best = tokens;
  }
  return best;
}

/** A readable title made from a URL's slug ("water-fountains-disappear" → "Water fountains disappear"). */
export function slugTitle(url: string): string | null {
  const w = slugWords(url);
  if (w.length < 2) return null;
  const text = w.join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Stems of slug words that carry meaning (for comparing a slug with a title). */
export function slugStems(url: string): string[] {
  return slugWords(url)
    .filter((w) => w.length > 1)
    .map(stem);
}
