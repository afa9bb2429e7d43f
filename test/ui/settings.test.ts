// Settings: the version field, the migration from version 1, and normalisation of anything stored.
import { describe, expect, it, vi } from "vitest";
import type { BrowserApi } from "../../src/platform/browser-api";
import {
  DEFAULT_SETTINGS,
  drawOptionsOf,
  loadSettings,
  migrateSettings,
  hostPatterns,
  normalizeHost,
  patternHost,
  saveSettings,
  siteDisabled,
  siteListed,
  sitePattern,
  SETTINGS_VERSION,
} from "../../src/platform/settings";

describe("migrateSettings", () => {
  it("nothing stored: the defaults, at the current version", () => {
    expect(migrateSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.version).toBe(SETTINGS_VERSION);
  });

  it("version 1: percent score, underline flag and off-sites become the current fields", () => {
    expect(migrateSettings({ version: 1, minScorePercent: 70, underlineOnly: true, offSites: ["WWW.Example.org", "https://news.example/x", "not a host!"] })).toEqual({
      ...DEFAULT_SETTINGS,
      minScore: 0.7,
      highlightStyle: "underline",
      disabledSites: ["example.org", "news.example"],
    });
  });

  it("version 1 with missing fields keeps the defaults", () => {
    expect(migrateSettings({ version: 1 })).toEqual(DEFAULT_SETTINGS);
  });

  it("version 2 stored before density existed: density defaults to auto, every other setting kept, at the current version", () => {
    const stored = { version: 2, minScore: 0.65, highlightStyle: "underline", showUnsourced: true, hiddenChecks: ["url-unsafe"], disabledSites: ["example.org"] };
    expect(migrateSettings(stored)).toEqual({ ...stored, version: 3, density: "auto", alwaysSites: [], autoCheckSites: [] });
  });

  it("density: the four values are kept, anything else is the default (auto)", () => {
    for (const density of ["auto", "all", "warnings", "minimal"]) expect(migrateSettings({ version: 3, density }).density).toBe(density);
    expect(migrateSettings({ version: 3, density: "MINIMAL" }).density).toBe("auto");
    expect(migrateSettings({ version: 1, density: "minimal" }).density).toBe("auto");
    expect(DEFAULT_SETTINGS.density).toBe("auto");
  });

  it("version 2's 'all' was its default, written whenever any option was saved: it becomes auto; its other choices stay", () => {
    expect(migrateSettings({ version: 2, density: "all" }).density).toBe("auto");
    expect(migrateSettings({ version: 2, density: "warnings" }).density).toBe("warnings");
    expect(migrateSettings({ version: 2, density: "minimal" }).density).toBe("minimal");
  });

  it("drawOptionsOf: style, unsourced (overridable) and density", () => {
    const s = { ...DEFAULT_SETTINGS, highlightStyle: "underline" as const, density: "minimal" as const };
    expect(drawOptionsOf(s)).toEqual({ style: "underline", unsourced: false, density: "minimal" });
    expect(drawOptionsOf(s, true).unsourced).toBe(true);
  });

  it("current version: bad values are defaulted, unknown checks and fields dropped", () => {
    const s = migrateSettings({ version: 2, minScore: 7, highlightStyle: "<b>", showUnsourced: "yes", hiddenChecks: ["url-unsafe", "nope"], extra: 1 });
    expect(s).toEqual({ ...DEFAULT_SETTINGS, minScore: 1, hiddenChecks: ["url-unsafe"] });
  });
});

describe("sites", () => {
  it("normalizeHost, siteDisabled (subdomains too), patterns", () => {
    expect(normalizeHost(" HTTPS://www.Example.org/path ")).toBe("example.org");
    expect(normalizeHost("javascript:alert(1)")).toBe("");
    const s = { ...DEFAULT_SETTINGS, disabledSites: ["example.org"] };
    expect(siteDisabled(s, "https://news.example.org/a")).toBe(true);
    expect(siteDisabled(s, "https://badexample.org/a")).toBe(false);
    expect(sitePattern("https://news.example.org/a?b")).toBe("https://news.example.org/*");
    expect(sitePattern("chrome://settings")).toBeNull();
    expect(patternHost("https://news.example.org/*")).toBe("news.example.org");
    expect(patternHost("<all_urls>")).toBeNull();
  });

  it("the sites always annotated and checked automatically: hosts, normalised, without repeats or junk", () => {
    const s = migrateSettings({ version: 2, alwaysSites: ["WWW.News.example", "news.example", 7], autoCheckSites: ["https://world-desk.example/a", "javascript:alert(1)", null] });
    expect(s.alwaysSites).toEqual(["news.example"]);
    expect(s.autoCheckSites).toEqual(["world-desk.example"]);
    expect(migrateSettings({ version: 2, autoCheckSites: "world-desk.example" }).autoCheckSites).toEqual([]);
    expect(siteListed(s.autoCheckSites, "https://www.world-desk.example/world/a")).toBe(true);
    expect(siteListed(s.autoCheckSites, "https://other.example/world-desk.example")).toBe(false);
    expect(hostPatterns("news.example")).toEqual(["http://news.example/*", "http://www.news.example/*", "https://news.example/*", "https://www.news.example/*"]);
    expect(hostPatterns("127.0.0.1")).toEqual(["http://127.0.0.1/*", "https://127.0.0.1/*"]);
  });
});

describe("storage", () => {
  it("loads from storage.sync with migration and saves the normalised form", async () => {
    const data: Record<string, unknown> = { settings: { version: 1, minScorePercent: 40 } };
    const sync = { get: vi.fn(async (k: string) => ({ [k]: data[k] })), set: vi.fn(async (o: Record<string, unknown>) => void Object.assign(data, o)) };
    const api = { storage: { sync } } as unknown as BrowserApi;
    const loaded = await loadSettings(api);
    expect(loaded.minScore).toBe(0.4);
    await saveSettings(api, { ...loaded, showUnsourced: true });
    expect(data.settings).toMatchObject({ version: 3, showUnsourced: true, minScore: 0.4 });
  });

  it("storage failing: defaults", async () => {
    const api = { storage: { sync: { get: async () => Promise.reject(new Error("quota")), set: async () => undefined } } } as unknown as BrowserApi;
    expect(await loadSettings(api)).toEqual(DEFAULT_SETTINGS);
  });
});
