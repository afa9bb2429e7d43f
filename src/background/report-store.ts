/**
 * Per-tab reports. Kept in `storage.session` (survives the service worker or event page
 * going to sleep, never touches disk) with an in-memory map as fallback where that area is
 * missing or full. Runs in progress are not stored here: see `annotate.ts`.
 */
import type { DrawResult } from "../messages";
import type { BrowserApi } from "../platform/browser-api";
import type { Report } from "../report";

export interface StoredReport {
  report: Report;
  drawn: DrawResult | null;
}

export interface ReportStore {
  get(tabId: number): Promise<StoredReport | null>;
  set(tabId: number, value: StoredReport): Promise<void>;
  delete(tabId: number): Promise<void>;
}

const key = (tabId: number) => `report:${tabId}`;

/** A store over `area` (pass undefined for memory only). */
export function createReportStore(area: BrowserApi["storage"]["session"]): ReportStore {
  const memory = new Map<number, StoredReport>();
  return {
    async get(tabId) {
      if (memory.has(tabId)) return memory.get(tabId) ?? null;
      if (!area) return null;
      try {
        const got = (await area.get(key(tabId)))[key(tabId)];
        return got && typeof got === "object" ? (got as StoredReport) : null;
      } catch {
        return null;
      }
    },
    async set(tabId, value) {
      memory.set(tabId, value);
      if (!area) return;
      try {
        await area.set({ [key(tabId)]: value });
        memory.delete(tabId); // stored for real: the worker may sleep, storage survives
      } catch {
        // quota or a missing area: the memory copy stands in
      }
    },
    async delete(tabId) {
      memory.delete(tabId);
      await area?.remove(key(tabId)).catch(() => undefined);
    },
  };
}
