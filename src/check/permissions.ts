/**
 * The host permissions "Check sources" needs: every site the report's links are on, with
 * its subdomains and both schemes, since links commonly redirect from http to https and
 * from example.com to www.example.com. Asked for at the click, as match patterns. Kept
 * light (no analyzer tables), as the popup bundles it; a test holds it to `checkableUrl`.
 */
import type { Report } from "../report";
import { registrableDomain } from "./domains";

/** The host a reference URL would be visited at (http(s), or no scheme = https), or null. */
export function linkHost(url: string | null): string | null {
  const s = url?.trim();
  if (!s || /\s/.test(s)) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(s)?.[1]?.toLowerCase();
  if (scheme && scheme !== "http" && scheme !== "https") return null;
  try {
    const u = new URL(scheme ? s : `https://${s.replace(/^\/\//, "")}`);
    // The shape of analyze's PATTERNS.validHost, without bundling all of analyze's patterns into the popup.
    if (u.username || u.password || !/^(?:(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{2,59})|\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/i.test(u.hostname)) return null;
    return u.hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** Match patterns covering the sites of the report's links, sorted, without repeats. */
export function originPatterns(report: Report): string[] {
  const out = new Set<string>();
  for (const ref of report.references) {
    const host = linkHost(ref.url);
    if (!host) continue;
    const site = registrableDomain(host);
    // An IP address or a single-label host has no subdomains to allow for.
    const pattern = /^[\d.]+$|^\[|^[^.]+$/.test(site) ? site : `*.${site}`;
    out.add(`http://${pattern}/*`);
    out.add(`https://${pattern}/*`);
  }
  return [...out].sort();
}
