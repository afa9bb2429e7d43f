/**
 * The reader's settings, shared by background, content script, popup and options page.
 * Stored under one key in `storage.sync` (falls back to `storage.local`) with a `version`
 * field; anything older or malformed goes through `migrateSettings` on the way in, so every
 * reader of settings sees one current shape. Pure apart from the two storage calls.
 * A new field with a default (such as `density`) needs no new version: `migrateSettings`
 * fills in the default for a stored object that lacks it and keeps every other field.
 * Version 3 made `auto` the default density; version 2 wrote its default ("all") whenever
 * any option was saved, so a version-2 "all" reads as the default it most likely was.
 * The site lists are the memory of what the reader chose; a host permission only lets a
 * chosen feature run (one grant for any site, asked for by automatic checking, would
 * otherwise read as "chosen" for every site).
 */
import { DENSITIES, type Density, type DrawOptions } from "../messages";
import { CHECK_CODES, type CheckCode } from "../report";
import type { BrowserApi } from "./browser-api";

export const SETTINGS_KEY = "settings";
export const SETTINGS_VERSION = 3;

/** How claims are drawn in the page. */
export type HighlightStyle = "marker" | "underline";

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Keep claim→source links scoring at least this (0..1). */
  minScore: number;
  highlightStyle: HighlightStyle;
  /** Which claims are highlighted: adapted to the page, all sourced ones, only those with a problem, one per source. */
  density: Density;
  /** Also highlight claims with no source (in a different colour). */
  showUnsourced: boolean;
  /** Check codes the reader chose not to see. */
  hiddenChecks: CheckCode[];
  /** Host names where nothing is drawn in the page (the popup still lists the report). */
  disabledSites: string[];
  /** Host names annotated as soon as a page loads ("always annotate"; needs the site's permission). */
  alwaysSites: string[];
  /** Host names whose pages get their sources checked right after annotation (needs the cited sites' permission). */
  autoCheckSites: string[];
}

/** Version 1 as shipped before this one: a percentage score, a boolean style, "offSites". */
export interface SettingsV1 {
  version: 1;
  minScorePercent?: number;
  underlineOnly?: boolean;
  offSites?: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  minScore: 0.5,
  highlightStyle: "marker",
  density: "auto",
  showUnsourced: false,
  hiddenChecks: [],
  disabledSites: [],
  alwaysSites: [],
  autoCheckSites: [],
};

/** Every check code a reader may hide, in the order the options page lists them. */
export { CHECK_CODES };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
const clampScore = (n: unknown, fallback: number) => (typeof n === "number" && Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : fallback);
const hostList = (x: unknown): string[] =>
  Array.isArray(x) ? [...new Set(x.filter((h): h is string => typeof h === "string").map(normalizeHost).filter((h) => h !== ""))] : [];

/** A host name as stored: lower case, no "www.", no port; "" when it is not one. */
export function normalizeHost(input: string): string {
  const s = input.trim().toLowerCase();
  let host = s;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(s) ? s : `https://${s}`).hostname;
  } catch {
    return "";
  }
  return /^[a-z0-9.-]+$/.test(host) && host.includes(".") || host === "localhost" ? host.replace(/^www\./, "") : "";
}

/** Turns a version-1 object into the current shape. */
export function migrateFromV1(v1: SettingsV1): Settings {
  const pct = typeof v1.minScorePercent === "number" ? v1.minScorePercent / 100 : DEFAULT_SETTINGS.minScore;
  return {
    ...DEFAULT_SETTINGS,
    minScore: clampScore(pct, DEFAULT_SETTINGS.minScore),
    highlightStyle: v1.underlineOnly ? "underline" : "marker",
    disabledSites: hostList(v1.offSites),
  };
}

/** Any stored value (or nothing) → current settings; unknown fields dropped, bad ones defaulted. */
export function migrateSettings(stored: unknown): Settings {
  if (!isObject(stored)) return { ...DEFAULT_SETTINGS };
  const raw = stored.version === 1 || stored.version === undefined ? migrateFromV1(stored as unknown as SettingsV1) : stored;
  const codes = new Set<string>(CHECK_CODES);
  return {
    version: SETTINGS_VERSION,
    minScore: clampScore(raw.minScore, DEFAULT_SETTINGS.minScore),
    highlightStyle: raw.highlightStyle === "underline" ? "underline" : "marker",
    density: densityOf(raw),
    showUnsourced: raw.showUnsourced === true,
    hiddenChecks: Array.isArray(raw.hiddenChecks) ? (raw.hiddenChecks.filter((c) => typeof c === "string" && codes.has(c)) as CheckCode[]) : [],
    disabledSites: hostList(raw.disabledSites),
    alwaysSites: hostList(raw.alwaysSites),
    autoCheckSites: hostList(raw.autoCheckSites),
  };
}

/** The stored density; version 2's "all" was its default, so it becomes today's. */
function densityOf(raw: { version?: unknown; density?: unknown }): Density {
  if (!(DENSITIES as readonly unknown[]).includes(raw.density)) return DEFAULT_SETTINGS.density;
  return raw.version === 2 && raw.density === "all" ? DEFAULT_SETTINGS.density : (raw.density as Density);
}

/** True when `url`'s site (or a parent domain of it) is in `sites`. */
export function siteListed(sites: readonly string[], url: string): boolean {
  const host = normalizeHost(url);
  return host !== "" && sites.some((d) => host === d || host.endsWith(`.${d}`));
}

/** True when drawing in the page is turned off for `url`'s site (or a parent domain of it). */
export function siteDisabled(settings: Settings, url: string): boolean {
  return siteListed(settings.disabledSites, url);
}

/** How the page is drawn under `settings` (`unsourced` overrides the stored choice, e.g. the popup's toggle). */
export function drawOptionsOf(settings: Settings, unsourced = settings.showUnsourced): DrawOptions {
  return { style: settings.highlightStyle, unsourced, density: settings.density };
}

type Area = NonNullable<BrowserApi["storage"]["sync"]>;
const areaOf = (api: Pick<BrowserApi, "storage">): Area | undefined => api.storage.sync ?? api.storage.local;

/** The settings as stored, before migration (undefined when nothing is); rejects when storage fails. */
export async function storedSettings(api: Pick<BrowserApi, "storage">): Promise<unknown> {
  return (await areaOf(api)?.get(SETTINGS_KEY))?.[SETTINGS_KEY];
}

/** Reads the settings (defaults when nothing is stored); rejects when storage fails (the options page must not overwrite what it could not read). */
export async function readSettings(api: Pick<BrowserApi, "storage">): Promise<Settings> {
  return migrateSettings(await storedSettings(api));
}

/** Reads the settings (defaults when nothing is stored or storage fails: an annotation run goes on). */
export async function loadSettings(api: Pick<BrowserApi, "storage">): Promise<Settings> {
  return readSettings(api).catch(() => ({ ...DEFAULT_SETTINGS }));
}

/** Reads, changes and writes the settings (a popup button's one change); rejects when storage fails. */
export async function changeSettings(api: Pick<BrowserApi, "storage">, change: (s: Settings) => Settings): Promise<Settings> {
  return saveSettings(api, change(await readSettings(api)));
}

/** Writes the settings (normalised first); returns what was written; rejects when storage fails (quota, unavailable). */
export async function saveSettings(api: Pick<BrowserApi, "storage">, settings: Settings): Promise<Settings> {
  const clean = migrateSettings(settings);
  await areaOf(api)?.set({ [SETTINGS_KEY]: clean });
  return clean;
}

/** The match pattern that grants one site ("https://example.org/*"), or null for non-web URLs. */
export function sitePattern(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== "http:" && u.protocol !== "https:") return null;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return null;
  }
}

/** The host a match pattern grants ("https://example.org/*" → "example.org"), or null. */
export function patternHost(pattern: string): string | null {
  return /^https?:\/\/([^/*]+)\/\*$/.exec(pattern)?.[1] ?? null;
}

/** The patterns a listed host may have been granted under: both schemes, with and without "www." (to give them back). */
export function hostPatterns(host: string): string[] {
  const names = /^[\d.]+$/.test(host) ? [host] : [host, `www.${host}`];
  return ["http", "https"].flatMap((scheme) => names.map((name) => `${scheme}://${name}/*`));
}
