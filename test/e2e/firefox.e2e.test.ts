// The built extension (dist/firefox) in headless Firefox ESR over WebDriver BiDi. The reader's
// trigger here is the keyboard shortcut: its <key> element in the browser window is fired from
// the chrome scope (the very handler a key press runs: it grants activeTab and emits the
// command). Then the popup page (opened in a tab with ?tab=<id>) must list the report, its
// "Annotate again" button must work through the same background path, and "show in page" scroll.
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifact, available, DIST, failWhenMissing, firefox } from "./support/env";
import { firefoxCardContent, openExtensionPage, runShortcut, startFirefox, selectedTabId } from "./support/firefox";
import { cardVisible, firstClaimPoint, hoverClaimUntil, highlightState, popupContent, waitForHighlights } from "./support/page-probes";
import { serveSeed, type PageServer } from "./support/server";

const T = 90_000;

failWhenMissing(firefox);

describe.runIf(available(firefox))("Sourcelight in Firefox ESR", { timeout: T }, () => {
  let browser: Browser;
  let server: PageServer;
  let page: Page;
  let popup: Page;
  let uuid: string;
  let tabId: number;

  beforeAll(async () => {
    server = await serveSeed();
    ({ browser, uuid } = await startFirefox(firefox.path, DIST.firefox));
    page = await browser.newPage();
    await page.setViewport({ width: 1100, height: 800 });
    await page.goto(server.url, { waitUntil: "load" });
  }, T);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("the keyboard shortcut annotates the page: highlights appear", async () => {
    await page.bringToFront();
    tabId = await selectedTabId(browser);
    await runShortcut(browser, "annotate-page");
    await waitForHighlights(page);
    const state = await highlightState(page);
    expect(state.highlights + state.marks).toBeGreaterThan(0);
    expect(state.cards).toBe(1);
  });

  it("hovering a highlighted claim shows the hover card; Esc closes it", async () => {
    const point = await firstClaimPoint(page);
    expect(point).not.toBeNull();
    await page.mouse.move(point?.x ?? 0, point?.y ?? 0);
    await page.waitForFunction(() => !(document.querySelector("sourcelight-card") as HTMLElement | null)?.hidden, { timeout: 5_000, polling: 100 });
    await page.screenshot({ path: artifact("firefox-page.png") });
    await page.keyboard.press("Escape");
    expect(await cardVisible(page)).toBe(false);
  });

  it("a body sentence that key point 1 restates shows, on hover, that it is backed through the point and its source", async () => {
    const text = await hoverClaimUntil(page, "strategic partnership treaty", "Backed through key point 1", async (p) => (await firefoxCardContent(browser, p))?.text ?? "");
    expect(text).toContain("Backed through a key point");
    expect(text).toContain("Backed through key point 1 → [1] 38 North");
    await page.keyboard.press("Escape");
  });

  it("the popup lists 3 sources and 3 summary points", async () => {
    popup = await openExtensionPage(browser, `moz-extension://${uuid}/popup.html?tab=${tabId}`, ".report, section.state:not([aria-labelledby=working-title])");
    const content = await popupContent(popup);
    expect(content.state).toBe("report");
    expect(content.title).toContain("Deployment of 6,000 Troops to Russia");
    expect(content.sources).toHaveLength(3);
    expect(content.sources.map((s) => /38 North|NK News|The Diplomat/.exec(s)?.[0])).toEqual(["38 North", "NK News", "The Diplomat"]);
    expect(content.points).toHaveLength(3);
    await popup.screenshot({ path: artifact("firefox-popup.png"), fullPage: true });
  });

  it("'Annotate again' in the popup runs the toolbar path (activeTab still granted for the tab)", async () => {
    await popup.evaluate(() => (document.querySelector(".actions button") as HTMLButtonElement).click());
    await popup.waitForFunction(() => document.querySelector(".report") && !document.querySelector("[aria-busy=true]"), { timeout: 30_000, polling: 100 });
    expect((await popupContent(popup)).sources).toHaveLength(3);
  });

  it("clicking a summary point scrolls the page to it", async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await popup.evaluate(() => (document.querySelector(".point button.linklike") as HTMLButtonElement).click());
    await page.waitForFunction(() => window.scrollY > 0, { timeout: 5_000, polling: 100 });
    const flashing = await page.evaluate(() => (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights?.get("sourcelight-flash")?.size ?? 0);
    expect(flashing).toBeGreaterThan(0);
  });
});
