/**
 * What a visit to a link means for the reader: the work is there (`ok`), the link now
 * leaves for another site (`redirected`), the site says it is missing (`not-found`) or
 * removed for good (`gone`), nothing usable answered (`unreachable`), or the work sits
 * behind a sign-in or subscription (`paywalled`).
 */
import type { LiveStatus, PageSnapshot } from "../report";
import { words } from "../analyze/text";
import { isForwardingUrl, sameSite } from "./domains";
import type { Fetched } from "./fetcher";
import { CHECK_PATTERNS, LOGIN_WALL_MAX_WORDS } from "./patterns";

/** Whether an answered page is a sign-in or subscription wall rather than the work. */
export function isLoginWall(finalUrl: string, html: string | null, snapshot: PageSnapshot | null): boolean {
  let path = "";
  try {
    const u = new URL(finalUrl);
    path = u.pathname + u.search;
  } catch {
    /* an unreadable address says nothing about a wall */
  }
  if (CHECK_PATTERNS.loginPath.test(path)) return true;
  if (!html) return false;
  if (CHECK_PATTERNS.notFree.test(html)) return true;
  const text = snapshot?.found ? snapshot.blocks.map((b) => b.text).join(" ") : "";
  const short = words(text).length < LOGIN_WALL_MAX_WORDS;
  if (short && CHECK_PATTERNS.passwordField.test(html)) return true;
  return short && CHECK_PATTERNS.loginTitle.test(snapshot?.title ?? "");
}

/** The status of one visit to `requested`. */
export function classify(requested: string, fetched: Fetched, snapshot: PageSnapshot | null): LiveStatus {
  if (fetched.kind === "failed") return "unreachable";
  if (fetched.kind === "moved") return fetched.location && sameSite(requested, fetched.location) ? "unreachable" : "redirected";
  const code = fetched.httpStatus;
  if (code === 404) return "not-found";
  if (code === 410) return "gone";
  if (code === 401 || code === 402 || code === 403) return "paywalled";
  if (code >= 400) return "unreachable";
  if (isLoginWall(fetched.finalUrl, fetched.html, snapshot)) return "paywalled";
  if (!sameSite(requested, fetched.finalUrl) && !isForwardingUrl(requested)) return "redirected";
  return "ok";
}

/** Statuses that mean the link no longer leads to the work. */
export function isBroken(status: LiveStatus): boolean {
  return status === "not-found" || status === "gone" || status === "unreachable";
}

/** The Wayback Machine's list of saved copies of a URL: a link for the reader, never requested. */
export function archiveUrl(url: string): string {
  return `https://web.archive.org/web/*/${url}`;
}
