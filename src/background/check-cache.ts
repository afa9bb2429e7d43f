/**
 * The "Check sources" cache in `storage.local`: one key per visited URL, kept a day. Stale
 * entries are removed when read and, once per run, all at once, so the area never grows
 * past a day's worth of checks. A quota error only means the next run visits the link again.
 */
import type { CheckCache, LinkResult } from "../check/index";
import { isFresh } from "../check/cache";
import type { BrowserApi } from "../platform/browser-api";

type Area = NonNullable<BrowserApi["storage"]["local"]>;

const PREFIX = "check:";

function isLinkResult(x: unknown): x is LinkResult {
  if (typeof x !== "object" || x === null) return false;
  const r = x as Record<string, unknown>;
  return typeof r.status === "string" && typeof r.fetchedAt === "number" && Array.isArray(r.blocks) && r.blocks.every((b) => typeof b === "string");
}

/** A cache over `area`; `now` decides which entries are stale. */
export function storageCache(area: Area, now: () => number = Date.now): CheckCache & { prune(): Promise<void> } {
  const stale = (r: LinkResult) => !isFresh(r, now());
  return {
    async get(url) {
      try {
        const got = (await area.get(PREFIX + url))[PREFIX + url];
        if (!isLinkResult(got)) return undefined;
        if (!stale(got)) return got;
        await area.remove?.(PREFIX + url);
      } catch {
        /* an unreadable entry is a miss */
      }
      return undefined;
    },
    async set(url, result) {
      await area.set({ [PREFIX + url]: result }).catch(() => undefined);
    },
    async prune() {
      try {
        const all = await area.get(null);
        const old = Object.entries(all).filter(([k, v]) => k.startsWith(PREFIX) && (!isLinkResult(v) || stale(v))).map(([k]) => k);
        if (old.length) await area.remove?.(old);
      } catch {
        /* pruning is housekeeping */
      }
    },
  };
}
