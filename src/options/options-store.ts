/**
 * What the options page reads and changes: the settings (storage) and the host permissions
 * the reader's choices need ("always annotate" one site each, automatic checks any site).
 * An interface, so tests pass a fake.
 */
import type { BrowserApi } from "../platform/browser-api";
import { originsGranted, removeOrigins, requestOrigins } from "../platform/grants";
import { readSettings, saveSettings, type Settings } from "../platform/settings";

export interface OptionsStore {
  /** Rejects when storage cannot be read. */
  load(): Promise<Settings>;
  /** Rejects when storage refuses the write (quota exceeded, unavailable). */
  save(settings: Settings): Promise<Settings>;
  /** Whether every one of `origins` is granted. */
  granted(origins: readonly string[]): Promise<boolean>;
  /** Asks the reader for `origins`; call straight from a click or key handler. */
  request(origins: readonly string[]): Promise<boolean>;
  /** Gives `origins` back. */
  revoke(origins: readonly string[]): Promise<boolean>;
}

/** The real store over the browser API. */
export function createOptionsStore(api: BrowserApi): OptionsStore {
  return {
    load: () => readSettings(api),
    save: (s) => saveSettings(api, s),
    granted: (origins) => originsGranted(api, origins),
    request: (origins) => requestOrigins(api, origins),
    revoke: (origins) => removeOrigins(api, origins),
  };
}
