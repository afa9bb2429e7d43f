// More pages in headless Firefox ESR, each annotated by the keyboard shortcut (as a reader
// would): a page under `Content-Security-Policy: default-src 'none'`, a page whose DOM changes
// after annotation, a Wikipedia-like page whose citation markers show a hover card, and mostly
// sourced pages (ours, and wikipedia-2 from ../shared/corpora when present) where the default
// density highlights only the exceptions and the popup says so.
import fs from "node:fs";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifact, available, DIST, firefox } from "./support/env";
import { openExtensionPage, runShortcut, selectedTabId, startFirefox } from "./support/firefox";
import { churnPage, hoverFirstMarker, liveHighlights, popupView, replacedIsHighlighted, sourceGroups, waitForHighlights, waitForRedraw } from "./support/page-probes";
import { ADAPT_EXCEPTIONS, ADAPT_PATH, CORPUS_WIKI2, CORPUS_WIKI2_PATH, CSP_PATH, extraPages, NEWS_GROUPS, NEWS_PATH, type PageServer, serveSeed, WIKI_GROUPS, WIKI_PATH } from "./support/server";

const T = 90_000;
const corpusWiki2 = fs.existsSync(CORPUS_WIKI2);

describe.runIf(available(firefox))("Sourcelight in Firefox ESR: CSP, changing pages, Wikipedia", { timeout: T }, () => {
  let browser: Browser;
  let server: PageServer;
  let uuid: string;

  beforeAll(async () => {
    const routes = extraPages();
    if (corpusWiki2) routes[CORPUS_WIKI2_PATH] = { html: fs.readFileSync(CORPUS_WIKI2, "utf8") };
    server = await serveSeed({}, routes);
    ({ browser, uuid } = await startFirefox(firefox.path, DIST.firefox));
  }, T);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function annotate(url: string): Promise<Page> {
    return (await annotateTab(url)).page;
  }

  async function annotateTab(url: string): Promise<{ page: Page; tabId: number }> {
    const page = await browser.newPage();
    await page.setViewport({ width: 1100, height: 800 });
    await page.goto(url, { waitUntil: "load" });
    await page.bringToFront();
    const tabId = await selectedTabId(browser);
    await runShortcut(browser, "annotate-page");
    await page.waitForFunction(() => !!document.querySelector("sourcelight-card"), { timeout: 30_000, polling: 200 });
    return { page, tabId };
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

  it("by default a mostly sourced page highlights only its exceptions, and the popup says so", async () => {
    const { page, tabId } = await annotateTab(server.origin + ADAPT_PATH);
    await waitForHighlights(page);
    await new Promise((r) => setTimeout(r, 300));
    expect(await liveHighlights(page)).toBe(ADAPT_EXCEPTIONS);
    const popup = await openExtensionPage(browser, `moz-extension://${uuid}/popup.html?tab=${tabId}`, ".report");
    const { claims, view } = await popupView(popup);
    expect(view).toMatch(/only the exceptions/);
    expect(claims).toBeGreaterThan(3 * ADAPT_EXCEPTIONS);
    await popup.close();
    await page.close();
  });

  it.runIf(corpusWiki2)("a real, mostly sourced Wikipedia page (shared corpora): at most 1 claim in 5 highlighted by default", async () => {
    const { page, tabId } = await annotateTab(server.origin + CORPUS_WIKI2_PATH);
    const popup = await openExtensionPage(browser, `moz-extension://${uuid}/popup.html?tab=${tabId}`, ".report");
    const { claims, view } = await popupView(popup);
    expect(view).toMatch(/only the exceptions/);
    expect(claims).toBeGreaterThan(400);
    expect(await liveHighlights(page)).toBeLessThanOrEqual(claims / 5);
    await popup.close();
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

  it("a hover card appears on a citation marker of a Wikipedia-like page; its popup groups the reference list by role", async () => {
    const page = await annotate(server.origin + WIKI_PATH);
    expect(await hoverFirstMarker(page)).toBe(true);
    const tabId = await selectedTabId(browser);
    const popup = await openExtensionPage(browser, `moz-extension://${uuid}/popup.html?tab=${tabId}`, ".report");
    expect(await sourceGroups(popup)).toEqual(WIKI_GROUPS);
    await popup.close();
    await page.screenshot({ path: artifact("firefox-wiki-card.png") });
    await page.close();
  });
});
