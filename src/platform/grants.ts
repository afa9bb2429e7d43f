/**
 * Host permissions, asked for and checked one way everywhere: "always annotate" asks for one
 * site, "Check sources" for the sites of a report's links, "check sources automatically" for
 * any site (the links of pages not yet read can be anywhere). A request must be the first
 * thing a click does (Firefox grants only inside the click's own task), so `requestOrigins`
 * awaits nothing before it. Absent API or a failing call: not granted.
 */
import type { BrowserApi } from "./browser-api";

/** What "check sources automatically" asks for: every http(s) site (the manifest's optional host permissions). */
export const ANY_SITE: readonly string[] = ["http://*/*", "https://*/*"];

type Api = Pick<BrowserApi, "permissions">;

/** Whether every pattern in `origins` is granted. */
export async function originsGranted(api: Api, origins: readonly string[]): Promise<boolean> {
  return (await api.permissions?.contains({ origins: [...origins] }).catch(() => false)) ?? false;
}

/** Asks the reader for `origins`; call straight from a click or key handler. */
export function requestOrigins(api: Api, origins: readonly string[]): Promise<boolean> {
  return api.permissions?.request({ origins: [...origins] }).catch(() => false) ?? Promise.resolve(false);
}

/** Gives `origins` back. */
export async function removeOrigins(api: Api, origins: readonly string[]): Promise<boolean> {
  return (await api.permissions?.remove({ origins: [...origins] }).catch(() => false)) ?? false;
}

/** How often `waitForOrigins` asks again. */
const POLL_MS = 300;

/**
 * Resolves true once every pattern is granted, false when `ms` pass or `signal` aborts first.
 * For the background, which outlives the popup: Chrome closes the popup when its permission
 * prompt opens, so the popup asks and the background waits for the answer.
 */
export async function waitForOrigins(api: Api, origins: readonly string[], ms: number, signal?: AbortSignal): Promise<boolean> {
  const until = Date.now() + ms;
  for (;;) {
    if (await originsGranted(api, origins)) return true;
    if (signal?.aborted || Date.now() >= until) return false;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}
