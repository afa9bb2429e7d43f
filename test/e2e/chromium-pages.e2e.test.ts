// More pages in headless Chromium, each annotated the reader's way (toolbar button → popup →
// "Annotate this page"): a page under `Content-Security-Policy: default-src 'none'`, a page
// whose DOM changes after annotation, a Wikipedia-like page with citation markers (and a real
// Wikipedia page from ../shared/corpora when present). Screenshots of the popup in light and
// dark mode go to test/artifacts/.
import fs from "node:fs";
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifact, available, chromium, sleep } from "./support/env";
import { churnPage, highlightState, hoverFirstMarker, liveHighlights, popupContent, replacedIsHighlighted, sourceGroups, waitForRedraw } from "./support/page-probes";
import { openWithPopup, startChromium } from "./support/chromium";
import { CORPUS_WIKI, CORPUS_WIKI_PATH, CSP_PATH, extraPages, NEWS_GROUPS, NEWS_PATH, serveSeed, WIKI_PATH, type PageServer } from "./support/server";

const T = 60_000;
const corpusWiki = fs.existsSync(CORPUS_WIKI);
if (!corpusWiki) console.warn(`${CORPUS_WIKI} not present: skipping the real Wikipedia page`);

describe.runIf(available(chromium))("Sourcelight in Chromium: CSP, changing pages, Wikipedia, dark mode", { timeout: T }, () => {
  let browser: Browser;
  let server: PageServer;
  let extensionId: string;

  beforeAll(async () => {
    const routes = extraPages();
    if (corpusWiki) routes[CORPUS_WIKI_PATH] = { html: fs.readFileSync(CORPUS_WIKI, "utf8") };
    server = await serveSeed({}, routes);
    ({ browser, extensionId } = await startChromium());
  }, T);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const annotate = (url: string) => openWithPopup(browser, extensionId, url);

  async function closePopup(popup: Page) {
    await popup.close().catch(() => undefined);
  }

  it("annotates a page served with Content-Security-Policy: default-src 'none'", async () => {
    const { page, popup } = await annotate(server.origin + CSP_PATH);
    expect((await popupContent(popup)).sources).toHaveLength(3);
    await closePopup(popup);
    await page.waitForFunction(() => document.querySelector("sourcelight-card"), { timeout: 10_000 });
    expect(await liveHighlights(page)).toBeGreaterThan(0);
    // Our stylesheet is adopted (constructable), which the page's CSP cannot block.
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBeGreaterThan(0);
    await page.screenshot({ path: artifact("chromium-csp-page.png") });
    await page.close();
  });

  it("annotations survive a DOM change (a paragraph replaced, another appended)", async () => {
    const { page, popup, tabId } = await annotate(server.url);
    await closePopup(popup);
    await page.waitForFunction(() => document.querySelector("sourcelight-card"), { timeout: 10_000 });
    const before = await liveHighlights(page);
    expect(before).toBeGreaterThan(0);
    await churnPage(page);
    await waitForRedraw(page, before);
    expect(await replacedIsHighlighted(page)).toBe(true);
    // A popup opened now reports nothing lost.
    const again = await browser.newPage();
    await again.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await again.waitForSelector(".report", { timeout: 10_000 });
    expect(await again.$(".not-placed")).toBeNull();
    await again.close();
    await page.close();
  });

  it("the popup groups the sources by role: a document, another paper, the outlet's own reporting", async () => {
    const { popup } = await annotate(server.origin + NEWS_PATH);
    expect(await sourceGroups(popup)).toEqual(NEWS_GROUPS);
    await closePopup(popup);
  });

  it("a hover card appears on a citation marker of a Wikipedia-like page", async () => {
    const { page, popup } = await annotate(server.origin + WIKI_PATH);
    expect((await popupContent(popup)).sources.length).toBeGreaterThan(0);
    await closePopup(popup);
    await page.waitForFunction(() => document.querySelector("sourcelight-card"), { timeout: 10_000 });
    expect(await hoverFirstMarker(page)).toBe(true);
    await page.screenshot({ path: artifact("chromium-wiki-card.png") });
    await page.close();
  });

  it.runIf(corpusWiki)("a real Wikipedia page (shared corpora): sources listed, marker card shows", async () => {
    const { page, popup } = await annotate(server.origin + CORPUS_WIKI_PATH);
    expect((await popupContent(popup)).sources.length).toBeGreaterThan(0);
    await closePopup(popup);
    await page.waitForFunction(() => document.querySelector("sourcelight-card"), { timeout: 10_000 });
    expect(await hoverFirstMarker(page)).toBe(true);
    await page.close();
  });

  it("popup screenshots, light and dark (prefers-color-scheme), 400 px wide, no horizontal overflow", async () => {
    const { page, popup, tabId } = await annotate(server.url);
    await closePopup(popup);
    for (const scheme of ["light", "dark"] as const) {
      const view = await browser.newPage();
      await view.setViewport({ width: 400, height: 600 });
      await view.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
      await view.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      await view.waitForSelector(".report", { timeout: 10_000 });
      await sleep(100);
      const bg = await view.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).toBe(scheme === "dark" ? "rgb(17, 24, 39)" : "rgb(255, 255, 255)");
      expect(await view.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
      await view.screenshot({ path: artifact(`chromium-popup-${scheme}.png`) });
      await view.screenshot({ path: artifact(`chromium-popup-${scheme}-full.png`), fullPage: true });
      await view.close();
    }
    expect((await highlightState(page)).cards).toBe(1);
    await page.close();
  });
});
