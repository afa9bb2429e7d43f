/**
 * The popup's line to the background: typed requests with shape-checked replies, the tab the
 * popup is about, and progress events. A fake of this interface drives the popup in tests.
 */
import {
  backgroundToPopupGuards,
  envelope,
  fail,
  isReply,
  readEnvelope,
  type ArgsOf,
  type PopupToBackground,
  type Reply,
  type ResultOf,
  type Progress,
  type Stage,
} from "../messages";
import { browserApi, type BrowserApi } from "../platform/browser-api";
import { originsGranted, requestOrigins } from "../platform/grants";
import { loadSettings, type Settings } from "../platform/settings";

export interface PopupClient {
  /** The tab this popup is about: `?tab=<id>` when given (tests, a popup opened in a tab), else the active tab. */
  tabId(): Promise<number | null>;
  request<K extends keyof PopupToBackground & string>(
    type: K,
    args: ArgsOf<PopupToBackground[K]>,
  ): Promise<Reply<ResultOf<PopupToBackground[K]>>>;
  /** The reader's settings. */
  settings(): Promise<Settings>;
  /** Whether Sourcelight may read every page matching `pattern` ("always annotate"). */
  siteGranted(pattern: string): Promise<boolean>;
  /** Asks the reader for `pattern`'s permission; call straight from a click handler (a user gesture). */
  requestSite(pattern: string): Promise<boolean>;
  /** Opens the options page. */
  openOptions(): void;
  /** Calls `listener` on progress events from the background; returns the unsubscribe. */
  onProgress(listener: (tabId: number, stage: Stage, progress?: Progress) => void): () => void;
  /** Asks the reader for the host permissions "Check sources" needs; call straight from a click handler. */
  requestOrigins?(patterns: string[]): Promise<boolean>;
  /** Whether every one of `patterns` is granted (the cited sites, for the automatic check). */
  originsGranted?(patterns: string[]): Promise<boolean>;
  /** Calls `listener` on "Check sources" progress events; returns the unsubscribe. */
  onCheckProgress?(listener: (tabId: number, progress: Progress) => void): () => void;
}

/** The real client over the browser API. */
export function createPopupClient(api: BrowserApi = browserApi(), search = location.search): PopupClient {
  return {
    async tabId() {
      const fromQuery = Number(new URLSearchParams(search).get("tab"));
      if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
      const [tab] = await api.tabs.query({ active: true, currentWindow: true });
      return typeof tab?.id === "number" ? tab.id : null;
    },
    async request(type, args) {
      try {
        const answer: unknown = await api.runtime.sendMessage(envelope<PopupToBackground, typeof type>(type, args as never));
        return isReply(answer) ? (answer as Reply<never>) : fail("malformed-message", "The background answered with something unexpected.");
      } catch (e) {
        return fail("internal", String(e));
      }
    },
    settings: () => loadSettings(api),
    siteGranted: (pattern) => originsGranted(api, [pattern]),
    // No await before the request: Firefox grants it only inside the click's own task.
    requestSite: (pattern) => requestOrigins(api, [pattern]),
    openOptions() {
      void api.runtime.openOptionsPage?.().then(() => window.close()).catch(() => undefined);
    },
    onProgress(listener) {
      return onBackgroundEvent(api, (env) => {
        if (env.type === "progress" && backgroundToPopupGuards.progress(env.args)) listener(env.args.tabId, env.args.stage, env.args.progress);
      });
    },
    requestOrigins: (patterns) => requestOrigins(api, patterns),
    originsGranted: (patterns) => originsGranted(api, patterns),
    onCheckProgress(listener) {
      return onBackgroundEvent(api, (env) => {
        if (env.type === "checkProgress" && backgroundToPopupGuards.checkProgress(env.args)) listener(env.args.tabId, env.args.progress);
      });
    },
  };
}

/** Listens to the background's events (only them: requests from other pages of ours pass by); returns the unsubscribe. */
function onBackgroundEvent(api: BrowserApi, listener: (env: { type: string; args: unknown }) => void): () => void {
  const origin = api.runtime.getURL("");
  const handler = (message: unknown, sender: { id?: string; url?: string; tab?: unknown }) => {
    if (sender.id !== api.runtime.id || sender.tab || (sender.url && !sender.url.startsWith(origin))) return undefined;
    const env = readEnvelope(message);
    if (env) listener(env);
    return undefined; // never answer: the background is the only one who answers requests
  };
  api.runtime.onMessage.addListener(handler);
  return () => api.runtime.onMessage.removeListener(handler);
}
