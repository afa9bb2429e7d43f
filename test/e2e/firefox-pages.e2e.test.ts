// More pages in headless Firefox ESR, each annotated by the keyboard shortcut (as a reader
// would): a page under `Content-Security-Policy: default-src 'none'`, a page whose DOM changes
// after annotation, and a Wikipedia-like page whose citation markers show a hover card.
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifact, available, DIST, firefox } from "./support/env";
import { openExtensionPage, runShortcut, selectedTabId, startFirefox } from "./support/firefox";
import { churnPage, hoverFirstMarker, liveHighlights, replacedIsHighlighted, sourceGroups, waitForRedraw } from "./support/page-probes";
import { CSP_PATH, extraPages, NEWS_GROUPS, NEWS_PATH, serveSeed, WIKI_PATH, type PageServer } from "./support/server";

const T = 90_000;

describe.runIf(available(firefox))("Sourcelight in Firefox ESR: CSP, changing pages, Wikipedia", { timeout: T }, () => {
  let browser: Browser;
  let server: PageServer;
  let uuid: string;

  beforeAll(async () => {
    server = await serveSeed({}, extraPages());
    ({ browser, uuid } = await startFirefox(firefox.path, DIST.firefox));
  }, T);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function annotate(url: string): Promise<Page> {
    const page = await browser.newPage();
    await page.setViewport({ width: 1100, height: 800 });
    await page.goto(url, { waitUntil: "load" });
    await page.bringToFront();
    await selectedTabId(browser);
    await runShortcut(browser, "annotate-page");
    await page.waitForFunction(() => !!document.querySelector("sourcelight-card"), { timeout: 30_000, polling: 200 });
    return page;
  }

  it("annotates a page served with Content-Security-Policy: default-src 'none'", async () => {
    const page = await annotate(server.origin + CSP_PATH);
    expect(await liveHighlights(page)).toBeGreaterThan(0);
    await page.screenshot({ path: artifact("firefox-csp-page.png") });
    await page.close();
  });

  it("annotations survive a DOM change (a paragraph replaced, another appended)", async () => {
    const page = await annotate(server.url);
    const before = await liveHighlights(page);
    expect(before).toBeGreaterThan(0);
    await churnPage(page);
    await waitForRedraw(page, before);
    expect(await replacedIsHighlighted(page)).toBe(true);
    await page.close();
  });

  it("the popup groups the sources by role: a document, another paper, the outlet's own reporting", async () => {
    const page = await annotate(server.origin + NEWS_PATH);
    const tabId = await selectedTabId(browser);
    const popup = await openExtensionPage(browser, `moz-extension://${uuid}/popup.html?tab=${tabId}`, ".report");
    expect(await sourceGroups(popup)).toEqual(NEWS_GROUPS);
    await popup.screenshot({ path: artifact("firefox-popup-groups.png"), fullPage: true });
    await popup.close();
    await page.close();
  });

  it("a hover card appears on a citation marker of a Wikipedia-like page", async () => {
    const page = await annotate(server.origin + WIKI_PATH);
    expect(await hoverFirstMarker(page)).toBe(true);
    await page.screenshot({ path: artifact("firefox-wiki-card.png") });
    await page.close();
  });
});
