/**
 * The one rule for a URL we make a link of, in the popup and in the page's hover card:
 * absolute http(s) exactly as written, with a real host and no credentials. Anything else
 * (javascript:, data:, relative, malformed) is shown as text or not at all.
 */

/** The URL to open, or null when it must not be a link. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const s = url.trim();
  if (!/^https?:\/\/[^\s]+$/i.test(s)) return null;
  try {
    const u = new URL(s);
    if (u.protocol !== "http:" && u.protocol !== "https:") return null;
    if (!u.hostname || (!u.hostname.includes(".") && u.hostname !== "localhost")) return null;
    if (u.username || u.password) return null;
    return u.href;
  } catch {
    return null;
  }
}
