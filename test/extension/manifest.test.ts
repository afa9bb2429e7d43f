// The manifest is a security boundary: permissions pinned exactly, no host access, no
// content script on every page; and everything it names exists.
import fs from "node:fs";
import { describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url);
const read = (p: string) => fs.readFileSync(new URL(p, root));
const manifest = JSON.parse(read("manifest.json").toString("utf8"));
const messages = JSON.parse(read("_locales/en/messages.json").toString("utf8"));

describe("manifest.json", () => {
  it("is Manifest V3", () => expect(manifest.manifest_version).toBe(3));

  // activeTab + scripting: read the page the reader clicked on (toolbar, shortcut, context menu);
  // storage: settings and per-tab reports; contextMenus: the "Annotate the sources of this page"
  // entry, which grants activeTab like a toolbar click and adds no access of its own.
  it("asks for exactly activeTab, scripting, storage, contextMenus and offscreen, and no host access up front", () => {
    expect(manifest.permissions).toEqual(["activeTab", "scripting", "storage", "contextMenus", "offscreen"]);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  // Host access only as optional permissions, requested site by site when the reader clicks
  // "Always annotate on this site" (and revocable on the options page).
  it("offers web sites only as optional host permissions", () => {
    expect(manifest.optional_host_permissions).toEqual(["http://*/*", "https://*/*"]);
  });

  it("has an options page", () => {
    expect(manifest.options_ui).toEqual({ page: "options.html", open_in_tab: true });
  });

  it("has a background for both browsers: service worker (Chrome) and scripts (Firefox)", () => {
    expect(manifest.background).toEqual({ service_worker: "background.js", scripts: ["background.js"] });
  });

  // Desktop Firefox reads data_collection_permissions from 140 (Debian's firefox-esr was 140.12
  // when this was written), Firefox for Android from 142: each floor is the first that supports them.
  it("has a Gecko id, data collection permissions, and the first desktop and Android versions that support them", () => {
    const { gecko, gecko_android: android } = manifest.browser_specific_settings;
    expect(gecko.id).toMatch(/@/);
    expect(gecko.data_collection_permissions).toEqual({ required: ["none"] });
    expect(gecko.strict_min_version).toBe("140.0");
    expect(android.strict_min_version).toBe("142.0");
  });

  it("has icons at 16/32/48/128 that are real PNGs of that size", () => {
    expect(Object.keys(manifest.icons).sort()).toEqual(["128", "16", "32", "48"]);
    for (const [size, file] of Object.entries<string>(manifest.icons)) {
      const png = read(file);
      expect(png.subarray(1, 4).toString("ascii"), file).toBe("PNG");
      expect(png.readUInt32BE(16), `${file} width`).toBe(Number(size));
      expect(png.readUInt32BE(20), `${file} height`).toBe(Number(size));
      expect(png.length, `${file} is not a blank square`).toBeGreaterThan(Number(size) * 4);
    }
  });

  it("has a popup, a default locale and a keyboard shortcut", () => {
    expect(manifest.action.default_popup).toBe("popup.html");
    expect(manifest.default_locale).toBe("en");
    expect(Object.values<{ suggested_key?: unknown }>(manifest.commands).some((c) => c.suggested_key)).toBe(true);
  });

  it("names only locale messages that exist", () => {
    const keys = JSON.stringify(manifest).match(/__MSG_(\w+)__/g) ?? [];
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) expect(messages, k).toHaveProperty(k.slice(6, -2));
  });
});

describe("_locales/en/messages.json", () => {
  it("every message has a description and placeholders that the text uses", () => {
    for (const [key, entry] of Object.entries<{ message: string; description?: string; placeholders?: Record<string, unknown> }>(messages)) {
      expect(entry.description, key).toBeTruthy();
      for (const name of Object.keys(entry.placeholders ?? {})) expect(entry.message.toLowerCase(), key).toContain(`$${name}$`);
    }
  });
});
