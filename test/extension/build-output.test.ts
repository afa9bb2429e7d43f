// Every entry point is built, into both browsers' folders, with the per-browser manifest patch
// (npm test runs `node build.mjs` first).
import fs from "node:fs";
import { describe, expect, it } from "vitest";

const dist = new URL("../../dist/", import.meta.url);
const exists = (p: string) => fs.existsSync(new URL(p, dist));
const manifestOf = (b: string) => JSON.parse(fs.readFileSync(new URL(`${b}/manifest.json`, dist), "utf8"));

describe.each(["chrome", "firefox"])("dist/%s", (browser) => {
  it.each(["manifest.json", "background.js", "content.js", "popup.js", "popup.html", "popup.css", "options.js", "options.html", "options.css", "_locales/en/messages.json", "icons/icon-16.png", "icons/icon-128.png"])(
    "has %s",
    (file) => expect(exists(`${browser}/${file}`)).toBe(true),
  );

  it("has every file its manifest names", () => {
    const m = manifestOf(browser);
    const named = [
      ...Object.values<string>(m.icons),
      ...Object.values<string>(m.action.default_icon),
      m.action.default_popup,
      m.options_ui.page,
      ...(m.background.scripts ?? []),
      ...(m.background.service_worker ? [m.background.service_worker] : []),
    ];
    for (const f of named) expect(exists(`${browser}/${f}`), f).toBe(true);
  });

  it("keeps the permissions of the source manifest (Firefox: no offscreen document, no permission for one)", () => {
    const offscreen = browser === "chrome" ? ["offscreen"] : [];
    expect(manifestOf(browser).permissions).toEqual(["activeTab", "scripting", "storage", "contextMenus", ...offscreen]);
    expect(manifestOf(browser).optional_host_permissions).toEqual(["http://*/*", "https://*/*"]);
  });
});

describe("per-browser manifest patch", () => {
  it("only Chrome gets the offscreen document (its service worker has no DOM to read pages in)", () => {
    expect(exists("chrome/offscreen.html") && exists("chrome/offscreen.js")).toBe(true);
    expect(fs.readFileSync(new URL("chrome/offscreen.html", dist), "utf8")).toContain('src="offscreen.js"');
    expect(exists("firefox/offscreen.html") || exists("firefox/offscreen.js")).toBe(false);
  });
  it("Chrome gets only the service worker", () => {
    expect(manifestOf("chrome").background).toEqual({ service_worker: "background.js" });
  });
  it("Firefox gets only the event page scripts and keeps its Gecko settings", () => {
    const m = manifestOf("firefox");
    expect(m.background).toEqual({ scripts: ["background.js"] });
    expect(m.browser_specific_settings.gecko.id).toBeTruthy();
  });
});

describe("per-browser background and the popup's chunks", () => {
  const read = (p: string) => fs.readFileSync(new URL(p, dist), "utf8");
  it("only Firefox's background bundles the extractor (Chrome's reads pages in the offscreen document)", () => {
    expect(read("firefox/background.js")).toContain("_grabArticle"); // one of Readability's methods
    expect(read("chrome/offscreen.js")).toContain("_grabArticle");
    expect(read("chrome/background.js")).not.toContain("_grabArticle");
  });

  it.each(["chrome", "firefox"])("%s: popup.html loads popup.js as a module, and every chunk it imports is there", (browser) => {
    expect(read(`${browser}/popup.html`)).toContain('<script type="module" src="popup.js"></script>');
    const seen = new Set<string>();
    const lazy: string[] = [];
    const eager = new Set<string>();
    const visit = (file: string, onDemand = false) => {
      if (!onDemand) eager.add(file);
      if (seen.has(file)) return;
      seen.add(file);
      expect(exists(`${browser}/${file}`), file).toBe(true);
      const dir = file.includes("/") ? file.slice(0, file.lastIndexOf("/") + 1) : "";
      for (const m of read(`${browser}/${file}`).matchAll(/\bfrom\s*"\.\/([^"]+)"|\bimport\(\s*"\.\/([^"]+)"\s*\)/g)) {
        if (m[2]) lazy.push(dir + m[2]);
        visit(dir + (m[1] ?? m[2]), onDemand || Boolean(m[2]));
      }
    };
    visit("popup.js");
    // The export formats and the "Check sources" views and run are chunks loaded on demand.
    expect(lazy.some((f) => /^chunks\/formats-/.test(f))).toBe(true);
    const checkChunk = lazy.find((f) => /^chunks\/check-ui-/.test(f));
    expect(checkChunk).toBeDefined();
    // The check's progress view (its "Stop" button) is in that chunk, not in what an opening loads.
    expect(read(`${browser}/${checkChunk}`)).toContain('"checkStop"');
    for (const file of eager) expect(read(`${browser}/${file}`), file).not.toContain('"checkStop"');
    // So are the source-type rules (their host lists), which the sources list loads for its labels.
    expect(lazy.some((f) => /^chunks\/source-type-/.test(f))).toBe(true);
    for (const file of eager) expect(read(`${browser}/${file}`), file).not.toContain("thediplomat");
    // "Who says so" (its list and grouping) is a chunk too, fetched only for a report with quotes.
    expect(lazy.some((f) => /^chunks\/who-says-ui-/.test(f))).toBe(true);
    for (const file of eager) expect(read(`${browser}/${file}`), file).not.toContain('"whoKindAnonymous"');
  });
});

describe("CLI bundle", () => {
  it.skipIf(!fs.existsSync(new URL("../../src/cli.ts", import.meta.url)))("dist/cli/sourcelight.mjs is an executable Node script", () => {
    const cli = fs.readFileSync(new URL("cli/sourcelight.mjs", dist), "utf8");
    expect(cli.startsWith("#!/usr/bin/env node")).toBe(true);
    expect(fs.statSync(new URL("cli/sourcelight.mjs", dist)).mode & 0o111).not.toBe(0);
    expect(cli).not.toMatch(/class JSDOM\b/); // jsdom stays in node_modules
  });
});
