// Settings and activation in headless Chromium on the built extension: the options page saves
// a change that survives a reload (and reaches the background's storage), the per-site list,
// the context-menu entry registered by the background and its click listener annotating the
// tab, and the popup when nothing is granted.
//
// What headless Chromium cannot drive, said plainly: a native context menu cannot be opened
// (the test runs the background's registered click listener itself, see runMenuListener,
// after a toolbar click has granted activeTab as a menu click would); the permission prompt of
// `permissions.request` cannot be answered (the call stays pending, and a second call closed
// the page in Chromium 156), so granting and revoking a site is tested in Firefox
// (firefox-options.e2e.test.ts), where a pref answers the prompt.
import type { Browser, WebWorker } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backgroundWorker, openWithPopup, runMenuListener, startChromium } from "./support/chromium";
import { available, chromium } from "./support/env";
import { highlightState } from "./support/page-probes";
import { serveSeed, type PageServer } from "./support/server";

const T = 60_000;
const MENU_ID = "sourcelight-annotate";

declare const chrome: {
  storage: { sync: { get(k: string): Promise<Record<string, { density?: string; highlightStyle?: string }>> } };
  contextMenus: { update(id: string, props: object): Promise<void> };
  permissions: { getAll(): Promise<{ origins?: string[] }> };
};

describe.runIf(available(chromium))("settings and activation in Chromium", { timeout: T }, () => {
  let browser: Browser;
  let server: PageServer;
  let extensionId: string;
  let worker: WebWorker;

  beforeAll(async () => {
    server = await serveSeed();
    ({ browser, extensionId } = await startChromium());
    worker = await backgroundWorker(browser, extensionId);
  }, T);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("the options page saves a density and a style; both are there after a reload and in storage", async () => {
    const options = await browser.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.waitForSelector("#min-score");
    expect(await options.$eval('input[name="density"][value="auto"]', (r) => (r as HTMLInputElement).checked)).toBe(true);
    await options.click('input[name="density"][value="minimal"]');
    await options.click('input[name="style"][value="underline"]');
    await options.waitForFunction(() => document.querySelector('[role="status"]')?.textContent === "Saved.", { timeout: 5_000 });
    await options.reload();
    await options.waitForSelector("#min-score");
    const checked = await options.evaluate(() => [...document.querySelectorAll<HTMLInputElement>("input[type=radio]:checked")].map((r) => `${r.name}=${r.value}`));
    expect(checked).toEqual(["style=underline", "density=minimal"]);
    const stored = await worker.evaluate(async () => (await chrome.storage.sync.get("settings")).settings);
    expect(stored).toMatchObject({ density: "minimal", highlightStyle: "underline" });
    await options.close();
  });

  it("the options page lists no granted site when none is (and the browser agrees)", async () => {
    const options = await browser.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.waitForSelector("#min-score");
    const always = await options.evaluate(() => [...document.querySelectorAll("fieldset")].find((f) => f.querySelector("legend")?.textContent === "Sites annotated automatically")?.textContent ?? "");
    expect(always).toContain("None yet");
    const origins = (await worker.evaluate(async () => (await chrome.permissions.getAll()).origins ?? [])).filter((o) => !o.startsWith("chrome"));
    expect(origins).toEqual([]);
    await options.close();
  });

  it("the popup offers 'Always annotate' for the page's site, as a button (the request needs the click's gesture)", async () => {
    const { page, popup } = await openWithPopup(browser, extensionId, server.url);
    await popup.waitForSelector(".site-controls button", { timeout: 5_000 });
    const button = await popup.evaluate(() => [...document.querySelectorAll(".site-controls button")].map((b) => b.textContent));
    expect(button).toEqual(["Always annotate on 127.0.0.1"]);
    await popup.close();
    await page.close();
  });

  it("the background registered the context-menu entry", async () => {
    const exists = await worker.evaluate((id) => chrome.contextMenus.update(id, {}).then(() => true, () => false), MENU_ID);
    expect(exists).toBe(true);
    const other = await worker.evaluate(() => chrome.contextMenus.update("not-ours", {}).then(() => true, () => false));
    expect(other).toBe(false);
  });

  it("the menu's click listener annotates the tab (activeTab from a toolbar click, as the menu click grants it)", async () => {
    const { page, popup, tabId } = await openWithPopup(browser, extensionId, server.url, false);
    await popup.close();
    expect(await highlightState(page)).toEqual({ highlights: 0, marks: 0, cards: 0 });
    expect(await runMenuListener(worker, MENU_ID, tabId)).toBe(1);
    await page.waitForFunction(() => !!document.querySelector("sourcelight-card"), { timeout: 30_000 });
    const state = await highlightState(page);
    expect(state.highlights + state.marks).toBeGreaterThan(0);
    await page.close();
  });
});
