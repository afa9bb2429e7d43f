/**
 * Per-tab reports. Kept in `storage.session` (survives the service worker or event page
 * going to sleep, never touches disk) and bounded: at most `maxTabs` reports and `maxBytes`
 * in all (Chrome gives the whole extension 10 MB of session storage), the oldest evicted
 * first. A report that cannot be written (bigger than the bound, quota still exceeded after
 * eviction, or the area failing) is kept in memory only and marked `unsaved`, so the popup
 * can say so: the browser may drop that memory when the worker sleeps. Runs in progress are
 * not stored here: see `annotate.ts`.
 */
import type { DrawResult } from "../messages";
import type { BrowserApi } from "../platform/browser-api";
import type { Report } from "../report";

export interface StoredReport {
  report: Report;
  drawn: DrawResult | null;
  /** Set when the report lives only in the background's memory (storage full or failing). */
  unsaved?: true;
}

/** Where `set` put the report: storage, memory by design (no session area), or memory because storage failed. */
export type Kept = "stored" | "memory" | "unsaved";

export interface ReportStore {
  get(tabId: number): Promise<StoredReport | null>;
  set(tabId: number, value: StoredReport): Promise<Kept>;
  delete(tabId: number): Promise<void>;
}

export interface StoreLimits {
  /** Reports kept at most (one per tab). */
  maxTabs: number;
  /** Bytes of stored reports at most (their JSON, UTF-8). */
  maxBytes: number;
}

/** 20 tabs and 8 MB: room under Chrome's 10 MB session quota for the index and other keys. */
export const DEFAULT_LIMITS: StoreLimits = { maxTabs: 20, maxBytes: 8 * 1024 * 1024 };

type Area = NonNullable<BrowserApi["storage"]["session"]>;

/** Stored reports, oldest first, with their sizes: the bound is kept without reading them. */
type Index = { tab: number; bytes: number }[];

const INDEX_KEY = "reports:index";
const key = (tabId: number) => `report:${tabId}`;
const byteSize = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/** A store over `area` (pass undefined for memory only, where the browser has no session area). */
export function createReportStore(area: Area | undefined, limits: StoreLimits = DEFAULT_LIMITS): ReportStore {
  const memory = new Map<number, StoredReport>();
  // One change at a time: concurrent runs for different tabs would otherwise race on the index.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job, job);
    queue = next.catch(() => undefined);
    return next;
  };

  const readIndex = async (a: Area): Promise<Index> => {
    const got = (await a.get(INDEX_KEY).catch((): Record<string, unknown> => ({})))[INDEX_KEY];
    return Array.isArray(got) ? got.filter((e): e is Index[number] => typeof e?.tab === "number" && typeof e?.bytes === "number") : [];
  };

  /** Drops the oldest stored reports until `room` more bytes and one more report fit. */
  const evictFor = async (a: Area, index: Index, room: number): Promise<Index> => {
    const total = () => index.reduce((n, e) => n + e.bytes, 0);
    while (index.length > 0 && (index.length >= limits.maxTabs || total() + room > limits.maxBytes)) {
      const oldest = index.shift();
      if (oldest) await a.remove(key(oldest.tab)).catch(() => undefined);
    }
    return index;
  };

  /** Keeps `value` in memory (bounded too: the oldest goes first, a Map keeps insertion order). */
  const remember = (tabId: number, value: StoredReport): Kept => {
    memory.delete(tabId);
    memory.set(tabId, value);
    while (memory.size > limits.maxTabs) memory.delete(memory.keys().next().value as number);
    return value.unsaved ? "unsaved" : "memory";
  };

  /** Gives up on storage for this report: nothing of it stays stored, the memory copy is marked. */
  const unsaved = async (a: Area, tabId: number, value: StoredReport, index: Index): Promise<Kept> => {
    await a.remove(key(tabId)).catch(() => undefined);
    await a.set({ [INDEX_KEY]: index }).catch(() => undefined);
    return remember(tabId, { ...value, unsaved: true });
  };

  const write = async (a: Area, tabId: number, value: StoredReport): Promise<Kept> => {
    const { unsaved: _ignored, ...plain } = value;
    const bytes = byteSize(plain);
    let index = (await readIndex(a)).filter((e) => e.tab !== tabId);
    if (bytes > limits.maxBytes) return unsaved(a, tabId, plain, index);
    index = await evictFor(a, index, bytes);
    for (;;) {
      try {
        // The report and the index in one call: one trip to the browser fewer, and never one without the other.
        await a.set({ [key(tabId)]: plain, [INDEX_KEY]: [...index, { tab: tabId, bytes }] });
        memory.delete(tabId);
        return "stored";
      } catch {
        // Quota exceeded despite the bound (other keys, the browser's own accounting) or the
        // area failing: drop the oldest report and try again; with none left, memory it is.
        const oldest = index.shift();
        if (!oldest) return unsaved(a, tabId, plain, index);
        await a.remove(key(oldest.tab)).catch(() => undefined);
      }
    }
  };

  return {
    async get(tabId) {
      const held = memory.get(tabId);
      if (held || !area) return held ?? null;
      try {
        const got = (await area.get(key(tabId)))[key(tabId)];
        return got && typeof got === "object" ? (got as StoredReport) : null;
      } catch {
        return null;
      }
    },
    set(tabId, value) {
      if (!area) return Promise.resolve(remember(tabId, value));
      return serial(() => write(area, tabId, value));
    },
    delete(tabId) {
      memory.delete(tabId);
      if (!area) return Promise.resolve();
      return serial(async () => {
        await area.remove(key(tabId)).catch(() => undefined);
        const index = await readIndex(area);
        if (index.some((e) => e.tab === tabId)) await area.set({ [INDEX_KEY]: index.filter((e) => e.tab !== tabId) }).catch(() => undefined);
      });
    },
  };
}
