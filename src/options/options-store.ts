/**
 * What the options page reads and changes: the settings (storage) and the sites granted for
 * "always annotate" (optional host permissions). An interface, so tests pass a fake.
 */
import type { BrowserApi } from "../platform/browser-api";
import { patternHost, readSettings, saveSettings, type Settings } from "../platform/settings";

export interface OptionsStore {
  /** Rejects when storage cannot be read. */
  load(): Promise<Settings>;
  /** Rejects when storage refuses the write (quota exceeded, unavailable). */
  save(settings: Settings): Promise<Settings>;
  /** Granted site patterns ("https://example.org/*"), web sites only. */
  grantedSites(): Promise<string[]>;
  /** Gives up the permission for one pattern. */
  revoke(pattern: string): Promise<boolean>;
}

/** The real store over the browser API. */
export function createOptionsStore(api: BrowserApi): OptionsStore {
  return {
    load: () => readSettings(api),
    save: (s) => saveSettings(api, s),
    async grantedSites() {
      const all = (await api.permissions?.getAll().catch(() => ({ origins: [] })))?.origins ?? [];
      return all.filter((p) => patternHost(p) !== null).sort();
    },
    async revoke(pattern) {
      return (await api.permissions?.remove({ origins: [pattern] }).catch(() => false)) ?? false;
    },
  };
}
