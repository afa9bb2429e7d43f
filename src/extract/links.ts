/**
 * Hyperlinks: resolving them against the page, and deciding which inline links cite a
 * work (an article, a paper, a report, a data set on another site) rather than navigate
 * (same-site pages, tags and author pages, share buttons, in-page anchors).
 */
import { REGEXPS } from "./patterns";

/** Absolute URL of `href` against `base`, or null for empty / unparsable hrefs. */
export function absoluteUrl(href: string | null, base: string): string | null {
  const h = (href ?? "").trim();
  if (!h) return null;
  try {
    return new URL(h, base).href;
  } catch {
    return null;
  }
}

/** Host without "www." (lowercase), or "" when `url` is not http(s). */
export function siteHost(url: string): string {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? u.hostname.toLowerCase().replace(/^www\d?\./, "") : "";
  } catch {
    return "";
  }
}

/** Whether two hosts belong to the same site (one is the other or a subdomain of it). */
export function sameSite(a: string, b: string): boolean {
  if (!a || !b) return false;
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

/** Whether a link inside the article body cites another work. `pageHost` from `siteHost`. */
export function isCitationLink(anchor: Element, href: string, pageHost: string): boolean {
  let u: URL;
  try {
    u = new URL(href);
  } catch {
    return false;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return false;
  const rel = (anchor.getAttribute("rel") ?? "").toLowerCase();
  if (/\b(?:tag|author|category|nav|prev|next)\b/.test(rel)) return false;
  if (REGEXPS.shareUrl.test(href)) return false;
  const host = u.hostname.toLowerCase().replace(/^www\d?\./, "");
  if (sameSite(host, pageHost)) return false;
  if ((u.pathname === "/" || u.pathname === "") && !u.search) return false;
  if (REGEXPS.navPath.test(u.pathname)) return false;
  return (anchor.textContent ?? "").trim().length > 0;
}

/** A key that treats "http://x.org/a/" and "https://www.x.org/a" as the same work. */
export function urlKey(href: string): string {
  return href.replace(/^https?:\/\/(?:www\.)?/i, "").replace(/#.*$/, "").replace(/\/+$/, "").toLowerCase();
}

const SENTENCE_END = /[.!?]["'”’)\]]*(?=\s|$)/g;

/** The sentence of `text` around `[start, end)` (for a link reference's context). */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const stop = m.index + m[0].length;
    if (stop <= start) from = stop;
    else if (m.index >= end) return text.slice(from, stop).trim();
  }
  return text.slice(from).trim();
}
