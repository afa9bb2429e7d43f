/**
 * Checks on a URL as the page writes it, shared by reference entries and the article's
 * own "source:" line: a scheme that must never be opened, an address that is not a
 * valid absolute http(s) URL, and tracking parameters. Messages tell the reader what to
 * do about it.
 */
import type { Check } from "../report";
import { PATTERNS } from "./patterns";
import { trackingParams, withoutTracking } from "./urls";
import { shorten } from "./text";

/** Why a URL is not a valid absolute http(s) address, or null when it is one. */
export function malformedReason(url: string): string | null {
  const t = url.trim();
  if (/\s/.test(t)) return "contains spaces";
  const scheme = PATTERNS.scheme.exec(t)?.[0];
  if (!scheme) return "has no scheme";
  if (!/^https?:$/i.test(scheme)) return `uses "${scheme}" rather than http or https`;
  let u: URL;
  try {
    u = new URL(t);
  } catch {
    return "cannot be read as a web address";
  }
  if (!/^https?:\/\//i.test(t)) return "is missing the // after its scheme";
  if (!PATTERNS.validHost.test(u.hostname)) return `has an invalid host name ("${u.hostname}")`;
  return null;
}

/** Whether the URL uses a scheme that runs code or reads local data (ignoring the whitespace browsers strip). */
export function isUnsafe(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  return PATTERNS.unsafeScheme.test(url.replace(/[\u0000-\u0020\u007f]+/g, ""));
}

/** url-unsafe, url-malformed and tracking-parameters for one URL. */
export function urlChecks(url: string): Check[] {
  const shown = shorten(url, 100);
  if (isUnsafe(url)) {
    const scheme = url.replace(/[\u0000-\u0020]+/g, "").split(":")[0]!.toLowerCase();
    return [{ code: "url-unsafe", severity: "error", message: `The link uses the "${scheme}:" scheme, which can run code or read local data instead of opening a page. Do not open it; look for the source's real web address.` }];
  }
  const checks: Check[] = [];
  const reason = malformedReason(url);
  if (reason === "has no scheme") {
    checks.push({ code: "url-malformed", severity: "warning", message: `The link "${shown}" has no scheme, so it will not open as a web address. Read it as https://${shorten(url.trim().replace(/^\/\//, ""), 100)}` });
  } else if (reason) {
    checks.push({ code: "url-malformed", severity: "warning", message: `The link "${shown}" ${reason}, so it may not open. Check the address against the source.` });
  }
  const tracking = trackingParams(url);
  if (tracking.length) {
    checks.push({ code: "tracking-parameters", severity: "info", message: `The link carries tracking parameters (${tracking.join(", ")}). Share the clean link instead: ${shorten(withoutTracking(url), 90)}` });
  }
  return checks;
}

/** A function from a URL to its checks. */
export type UrlChecker = (url: string) => Check[];

/** `urlChecks` that checks each distinct URL once (a fresh array per call, the checks shared). */
export function memoUrlChecks(): UrlChecker {
  const seen = new Map<string, Check[]>();
  return (url) => {
    let checks = seen.get(url);
    if (!checks) seen.set(url, (checks = urlChecks(url)));
    return [...checks];
  };
}
