/**
 * Keeps the "always annotate" choices made before the site lists lived in the settings: then
 * a granted site pattern ("https://news.example/*") was the only memory of the choice. On the
 * update that brings `alwaysSites` (stored settings without it), each granted pattern of
 * exactly one site is listed there; patterns with a wildcard, such as those "Check sources"
 * asks for, chose nothing and stay out. Once the field is stored this never runs again, so a
 * later grant for one site (a cited 127.0.0.1, say) is never taken for a choice.
 */
import type { BrowserApi } from "../platform/browser-api";
import { changeSettings, normalizeHost, patternHost, storedSettings } from "../platform/settings";

/** Lists the sites granted one by one in `alwaysSites` when the stored settings predate it; resolves the hosts added. */
export async function adoptSiteGrants(api: Pick<BrowserApi, "permissions" | "storage">): Promise<string[]> {
  const stored = await storedSettings(api);
  if (typeof stored === "object" && stored !== null && "alwaysSites" in stored) return [];
  const origins = (await api.permissions?.getAll().catch(() => null))?.origins ?? [];
  const hosts = [...new Set(origins.map(patternHost).filter((h): h is string => h !== null).map(normalizeHost).filter((h) => h !== ""))];
  if (hosts.length === 0) return [];
  let added: string[] = [];
  await changeSettings(api, (s) => {
    added = hosts.filter((h) => !s.alwaysSites.includes(h));
    return { ...s, alwaysSites: [...s.alwaysSites, ...added] };
  });
  return added;
}

/** Adopts the grants once, when the extension is updated. */
export function watchUpdate(api: BrowserApi): void {
  api.runtime.onInstalled?.addListener((details) => {
    if (details?.reason !== "update") return;
    void adoptSiteGrants(api).catch((e: unknown) => console.warn(`[sourcelight] keeping the sites always annotated: ${String(e)}`));
  });
}
