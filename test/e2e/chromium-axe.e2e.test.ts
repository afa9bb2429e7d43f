// axe-core on the real popup (a report loaded) and the real options page in headless
// Chromium, light and dark (prefers-color-scheme): no violations, colour contrast included,
// also with a chip's tooltip showing.
import type { Browser } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe";
import { openWithPopup, startChromium } from "./support/chromium";
import { available, chromium } from "./support/env";
import { serveSeed, type PageServer } from "./support/server";

const T = 60_000;

describe.runIf(available(chromium))("axe-core in Chromium", { timeout: T }, () => {
  let browser: Browser;
  let server: PageServer;
  let extensionId: string;
  let tabId: number;

  beforeAll(async () => {
    server = await serveSeed();
    ({ browser, extensionId } = await startChromium());
    const opened = await openWithPopup(browser, extensionId, server.url);
    tabId = opened.tabId;
    await opened.popup.close();
  }, T);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** axe on the page at `path` once `ready` shows, then again after focusing `focus` (e.g. to show a tooltip). */
  async function check(path: string, ready: string, scheme: "light" | "dark", focus?: string) {
    const view = await browser.newPage();
    await view.setViewport({ width: 400, height: 800 });
    await view.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
    await view.goto(`chrome-extension://${extensionId}/${path}`);
    await view.waitForSelector(ready, { timeout: 10_000 });
    const first = await axeViolations(view);
    if (focus) {
      await view.focus(focus);
      const second = await axeViolations(view);
      first.violations.push(...second.violations.map((v) => `(${focus} focused) ${v}`));
    }
    await view.close();
    return first;
  }

  it.each(["light", "dark"] as const)("popup with a report, %s: no violations, contrast checked", async (scheme) => {
    const { violations, contrastChecked } = await check(`popup.html?tab=${tabId}`, ".report", scheme, ".point a.chip");
    expect(violations).toEqual([]);
    expect(contrastChecked).toBe(true);
  });

  it.each(["light", "dark"] as const)("options page, %s: no violations, contrast checked", async (scheme) => {
    const { violations, contrastChecked } = await check("options.html", "#min-score", scheme);
    expect(violations).toEqual([]);
    expect(contrastChecked).toBe(true);
  });
});
