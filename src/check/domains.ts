/**
 * Which site an address belongs to, to tell a redirect within a site (http → https, an
 * old path to a new one) from one that leaves it. Without shipping the Public Suffix List,
 * a registrable domain is the last two labels, or three under a country code's public
 * second level ("bbc.co.uk"); an IP address or a single-label host is its own site.
 */
import { CHECK_PATTERNS, PUBLIC_SECOND_LEVEL } from "./patterns";

/** The registrable domain of a host name ("news.bbc.co.uk" → "bbc.co.uk"). */
export function registrableDomain(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, "");
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(h) || h.startsWith("[")) return h;
  const labels = h.split(".");
  if (labels.length <= 2) return h;
  const [second, tld] = labels.slice(-2) as [string, string];
  const take = tld.length === 2 && PUBLIC_SECOND_LEVEL.test(second) ? 3 : 2;
  return labels.slice(-take).join(".");
}

/** Whether two absolute URLs are on the same site (same registrable domain). */
export function sameSite(a: string, b: string): boolean {
  try {
    return registrableDomain(new URL(a).hostname) === registrableDomain(new URL(b).hostname);
  } catch {
    return false;
  }
}

/** Whether the address is a resolver or link shortener that is expected to send the reader elsewhere. */
export function isForwardingUrl(url: string): boolean {
  try {
    return CHECK_PATTERNS.forwardingHost.test(new URL(url).hostname.replace(/^www\./, ""));
  } catch {
    return false;
  }
}
