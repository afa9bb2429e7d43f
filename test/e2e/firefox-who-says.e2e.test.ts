// "Who says so" in the built extension in Firefox ESR, on our wire-story fixture: the shortcut
// annotates the page, the popup page (in a tab, ?tab=<id>) lists the speakers by kind, a speaker
// opens to its statements, and a statement scrolls the page to its sentence and flashes it.
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifact, available, DIST, failWhenMissing, firefox } from "./support/env";
import { openExtensionPage, runShortcut, selectedTabId, startFirefox } from "./support/firefox";
import { waitForHighlights } from "./support/page-probes";
import { flashing, QUOTES_PATH, quotePages, speakersListed } from "./support/quote-page";
import { serveSeed, type PageServer } from "./support/server";

const T = 90_000;

failWhenMissing(firefox);

describe.runIf(available(firefox))("Who says so in Firefox ESR", { timeout: T }, () => {
  let browser: Browser;
  let server: PageServer;
  let page: Page;
  let popup: Page;
  let uuid: string;
  let tabId: number;

  beforeAll(async () => {
    server = await serveSeed({}, quotePages());
    ({ browser, uuid } = await startFirefox(firefox.path, DIST.firefox));
    page = await browser.newPage();
    await page.setViewport({ width: 900, height: 360 });
    await page.goto(`${server.origin}${QUOTES_PATH}`, { waitUntil: "load" });
  }, T);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("the popup lists the speakers by kind", async () => {
    await page.bringToFront();
    tabId = await selectedTabId(browser);
    await runShortcut(browser, "annotate-page");
    await waitForHighlights(page);
    popup = await openExtensionPage(browser, `moz-extension://${uuid}/popup.html?tab=${tabId}`, "#who-says .speaker");
    const speakers = await speakersListed(popup);
    expect(speakers[0]).toMatch(/^Petra Lindqvist, the authority's harbour master\s*Person\s*2 statements$/);
    expect(speakers.some((s) => /^two people familiar with the inspection records\s*Unnamed source/.test(s))).toBe(true);
  });

  it("a statement scrolls the page to its sentence and flashes it", async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await popup.evaluate(() => (document.querySelector("#who-says .speaker summary") as HTMLElement).click());
    await popup.waitForFunction(() => document.querySelector("#who-says details[open] ul.said button"), { timeout: 5_000, polling: 100 });
    await popup.screenshot({ path: artifact("firefox-who-says.png"), fullPage: true });
    await popup.evaluate(() => ([...document.querySelectorAll("#who-says details[open] ul.said button")].find((b) => /inspections would take/.test(b.textContent ?? "")) as HTMLButtonElement).click());
    await page.waitForFunction(() => window.scrollY > 0, { timeout: 5_000, polling: 100 });
    expect(await flashing(page)).toBeGreaterThan(0);
  });
});
