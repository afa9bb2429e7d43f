// "Check sources" in headless Firefox ESR (dist/firefox): an article served on 127.0.0.1 with
// its references served by the same loopback server (test/check/support). The shortcut
// annotates it; in the popup page the reader presses "Check sources" (a real click: the
// permission request needs it; prompts are answered yes by a test pref), the event page
// visits the links (fetch, DOMParser, storage.local) and the popup shows what they gave.
// The article's answer set a cookie for the site: no source request may carry it.
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifact, available, DIST, failWhenMissing, firefox } from "./support/env";
import { openExtensionPage, runShortcut, selectedTabId, startFirefox } from "./support/firefox";
import { serveSources, type SourceServer } from "../check/support/server";
import { waitForHighlights } from "./support/page-probes";

const T = 120_000;

failWhenMissing(firefox);

describe.runIf(available(firefox))("Check sources in Firefox ESR", { timeout: T }, () => {
  let browser: Browser;
  let server: SourceServer;
  let page: Page;
  let popup: Page;
  let uuid: string;
  let tabId: number;

  beforeAll(async () => {
    server = await serveSources({ slowMs: 60_000 });
    ({ browser, uuid } = await startFirefox(firefox.path, DIST.firefox, { "extensions.webextOptionalPermissionPrompts": false }));
    page = await browser.newPage();
    await page.goto(server.articleUrl, { waitUntil: "load" });
  }, T);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("annotating the page visits none of its sources", async () => {
    await page.bringToFront();
    tabId = await selectedTabId(browser);
    await runShortcut(browser, "annotate-page");
    await waitForHighlights(page);
    popup = await openExtensionPage(browser, `moz-extension://${uuid}/popup.html?tab=${tabId}`, ".report");
    expect(await popup.$$eval(".source", (s) => s.length)).toBe(11);
    expect(server.sourceRequests()).toEqual([]);
  });

  it("'Check sources' shows each link's status and whether the source says the claim", async () => {
    await popup.waitForSelector(".check-sources button", { timeout: 10_000 });
    await popup.click(".check-sources button");
    await popup.waitForFunction(() => document.querySelector(".live-counts") || document.querySelector('.check-sources [role="alert"], .check-sources [role="status"]')?.textContent?.includes("permission"), { timeout: 90_000, polling: 250 });
    const live = await popup.$$eval(".source", (items) => items.map((li) => li.querySelector(".live strong")?.textContent ?? ""));
    expect(live).toEqual([
      "Link works", "Link works", "Link works", "Link works", "Not found (404)", "Removed (410)",
      "Leads to another site", "Could not be reached", "Link works", "Behind a sign-in or paywall", "Link works",
    ]);
    const first = await popup.$eval('[data-claim] .support', (s) => s.textContent ?? "");
    expect(first).toContain("says this");
    expect(first).toContain("approved a budget of 4.2 million euros");
    await popup.screenshot({ path: artifact("firefox-check-sources.png"), fullPage: true });
  });

  it("sent no cookie with any source request, though the site had set one", async () => {
    const sources = server.sourceRequests();
    expect(sources.length).toBeGreaterThanOrEqual(11);
    expect(sources.every((r) => r.cookie === undefined)).toBe(true);
  });
});
