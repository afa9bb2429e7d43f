/**
 * A cache of visited links, so that checking the same sources again within a day sends
 * nothing. The store is an interface: tests and the CLI use the in-memory one, the
 * extension one backed by `storage.local`. Entries carry the time they were made; the
 * reader decides freshness with its own clock (`now`), so tests need no fake timers.
 */
import type { LiveCheck } from "../report";

/** How long a visited link is trusted: a day. */
export const CACHE_TTL_MS = 24 * 60 * 60 * 1000;

/** What one visit to a link found, as cached and shared by every reference citing it. */
export interface LinkResult extends Pick<LiveCheck, "status" | "finalUrl" | "httpStatus" | "title" | "date" | "site"> {
  /** The page's body text, block by block (capped), for support verdicts. */
  blocks: string[];
  truncated: boolean;
  /** Why the link could not be read, for the reader ("timed out after 10 s"). */
  error: string | null;
  /** When the link was visited (ms since the epoch). */
  fetchedAt: number;
}

/** A store of link results by requested URL. */
export interface CheckCache {
  get(url: string): Promise<LinkResult | undefined> | LinkResult | undefined;
  set(url: string, result: LinkResult): Promise<void> | void;
}

/** Whether a cached result is still fresh at `now`. */
export function isFresh(result: LinkResult, now: number): boolean {
  return now - result.fetchedAt >= 0 && now - result.fetchedAt < CACHE_TTL_MS;
}

/** Whether a result is worth keeping: a failed connection may work in a minute, so it is not. */
export function isCacheable(result: LinkResult): boolean {
  return result.status !== "unreachable";
}

/** The in-memory cache (one per CLI run, one per test). */
export class MemoryCache implements CheckCache {
  private readonly entries = new Map<string, LinkResult>();
  get(url: string): LinkResult | undefined {
    return this.entries.get(url);
  }
  set(url: string, result: LinkResult): void {
    this.entries.set(url, result);
  }
  get size(): number {
    return this.entries.size;
  }
}
