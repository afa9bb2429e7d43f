// More pages in headless Chromium, each annotated the reader's way (toolbar button → popup →
// "Annotate this page"): a page under `Content-Security-Policy: default-src 'none'`, a page
// whose DOM changes after annotation, a Wikipedia-like page with citation markers (and a real
// Wikipedia page from ../shared/corpora when present), mostly sourced pages where the default
// density highlights only the exceptions (ours, and wikipedia-2 when present). Screenshots of the popup in light and
// dark mode go to test/artifacts/.
import fs from "node:fs";
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifact, available, chromium, sleep } from "./support/env";
import { churnPage, highlightState, hoverClaimUntil, hoverFirstMarker, liveHighlights, pickDensity, popupContent, popupView, replacedIsHighlighted, sourceGroups, waitForHighlights, waitForRedraw } from "./support/page-probes";
import { openWithPopup, startChromium } from "./support/chromium";
import { ADAPT_EXCEPTIONS, ADAPT_PATH, CORPUS_WIKI, CORPUS_WIKI2, CORPUS_WIKI2_PATH, CORPUS_WIKI_PATH, CSP_PATH, extraPages, NEWS_GROUPS, NEWS_PATH, type PageServer, RESTATED_PATH, serveSeed, WIKI_GROUPS, WIKI_PATH } from "./support/server";

const T = 60_000;
const corpusWiki = fs.existsSync(CORPUS_WIKI);
if (!corpusWiki) console.warn(`${CORPUS_WIKI} not present: skipping the real Wikipedia page`);
const corpusWiki2 = fs.existsSync(CORPUS_WIKI2);
if (!corpusWiki2) console.warn(`${CORPUS_WIKI2} not present: skipping the real mostly sourced Wikipedia page`);

describe.runIf(available(chromium))("Sourcelight in Chromium: CSP, changing pages, Wikipedia, dark mode", { timeout: T }, () => {
  let browser: Browser;
  let server: PageServer;
  let extensionId: string;

  beforeAll(async () => {
    const routes = extraPages();
    if (corpusWiki) routes[CORPUS_WIKI_PATH] = { html: fs.readFileSync(CORPUS_WIKI, "utf8") };
    if (corpusWiki2) routes[CORPUS_WIKI2_PATH] = { html: fs.readFileSync(CORPUS_WIKI2, "utf8") };
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
    expect(await sourceGroups(popup)).toEqual(WIKI_GROUPS);
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

  it("by default a mostly sourced page highlights only its exceptions, and the popup says so", async () => {
    const { page, popup } = await annotate(server.origin + ADAPT_PATH);
    await popup.waitForFunction(() => /only the exceptions/.test(document.querySelector(".site-controls")?.textContent ?? ""), { timeout: 10_000 });
    const { claims } = await popupView(popup);
    await closePopup(popup);
    await waitForHighlights(page);
    await sleep(300);
    expect(await liveHighlights(page)).toBe(ADAPT_EXCEPTIONS);
    expect(claims).toBeGreaterThan(3 * ADAPT_EXCEPTIONS);
    await page.close();
  });

  it.runIf(corpusWiki2)("a real, mostly sourced Wikipedia page (shared corpora): at most 1 claim in 5 highlighted by default", async () => {
    const { page, popup } = await annotate(server.origin + CORPUS_WIKI2_PATH);
    await popup.waitForFunction(() => /only the exceptions/.test(document.querySelector(".site-controls")?.textContent ?? ""), { timeout: 30_000 });
    const { claims } = await popupView(popup);
    await closePopup(popup);
    await sleep(500);
    const shown = await page.evaluate(() => ((CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights?.get("sourcelight-claim")?.size ?? 0) + document.querySelectorAll("sourcelight-mark").length);
    expect(claims).toBeGreaterThan(400);
    expect(shown).toBeLessThanOrEqual(claims / 5);
    await page.close();
  });

  it("one highlight per source on a mostly sourced page: drawn before the summary, the key point that restates a claim reaches its card", async () => {
    const options = await browser.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await pickDensity(options, "minimal");
    try {
      const { page, popup } = await annotate(server.origin + RESTATED_PATH);
      expect((await popupContent(popup)).points.length).toBeGreaterThan(0);
      await closePopup(popup);
      await waitForHighlights(page);
      // In this run (after its trigger), the worker drew from the report's first step, picked the summary after ("summarized"), and drew once.
      const worker = browser.targets().find((t) => t.type() === "service_worker" && t.url().startsWith(`chrome-extension://${extensionId}/`));
      const session = await worker!.createCDPSession();
      const { result } = await session.send("Runtime.evaluate", { expression: '["trigger", "draw-sent", "summarized", "redraw-sent"].map((m) => performance.getEntriesByName("sourcelight:" + m)[0]?.startTime ?? null)', returnByValue: true });
      await session.detach();
      const [trigger, drawSent, summarized, redraw] = result.value as (number | null)[];
      expect(trigger).not.toBeNull();
      expect(drawSent!).toBeGreaterThan(trigger!);
      expect(summarized!).toBeGreaterThan(drawSent!);
      expect(redraw == null || redraw < trigger!).toBe(true);
      const text = await hoverClaimUntil(page, "In 2019 the council bought a new electric ferry", "Backed through key point");
      expect(text).toContain("Old diesel ferry goes for scrap");
      expect(text).toMatch(/Backed through key point \d → \[2\]/);
      await page.close();
    } finally {
      await pickDensity(options, "auto");
      await options.close();
    }
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
