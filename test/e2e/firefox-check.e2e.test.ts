// "Check sources" in headless Firefox ESR (dist/firefox): an article served on 127.0.0.1 with
// its references served by the same loopback server (test/check/support). The shortcut
// annotates it; in the popup page the reader presses "Check sources" (a real click: the
// permission request needs it; prompts are answered yes by a test pref), the event page
// visits the links (fetch, DOMParser, storage.local) and the popup shows what they gave, as
// does the page's hover card (a claim's verdict and passage; a broken link's saved copies).
// The article's answer set a cookie for the site: no source request may carry it.
// Then "Sources checked automatically" (a second browser, so the first one's day of cached
// results hides no visit): the reader adds the site on the options page (a real click; the
// pref answers the any-site prompt), an annotated page of it is checked with no click and an
// unlisted page load is not annotated; once the site is removed, annotating checks nothing.
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifact, available, DIST, failWhenMissing, firefox } from "./support/env";
import { firefoxCardContent, openExtensionPage, runShortcut, selectedTabId, startFirefox, type CardContent } from "./support/firefox";
import { serveSources, type SourceServer } from "../check/support/server";
import { claimPoint, highlightState, pickDensity, waitForHighlights } from "./support/page-probes";

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
    // Every claim here cites a source: the reader asks to see them all (the default shows only the exceptions).
    const options = await openExtensionPage(browser, `moz-extension://${uuid}/options.html`, "#min-score");
    await pickDensity(options, "all");
    await options.close();
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
    // Part by part: each part of the claim ✓ or ✗, with the source sentence that backs it.
    const parts = await popup.$$eval("[data-claim] .parts", (lists) => lists.map((ul) => [...ul.querySelectorAll("li")].map((li) => li.textContent ?? "")));
    expect(parts[0]).toContain("✓backed: 4.2 million"); // its sentence is the verdict's passage, quoted once above
    expect(parts[0]!.every((p) => p.startsWith("✓"))).toBe(true);
    expect(parts[1]).toContain("✗not backed: nearly a third of its height");
    expect(parts[1]).toContain("✓backed: 1990");
    await popup.screenshot({ path: artifact("firefox-check-sources.png"), fullPage: true });
  });

  it("the page's hover card then quotes the verdict and the passage, and links a broken link's saved copies", async () => {
    await page.bringToFront();
    /** Hovers the claim containing `text` and reads the card once it shows `expected`. */
    const hover = async (text: string, expected: string): Promise<CardContent> => {
      // Esc first: an open card may cover the next claim, and a pointer over the card keeps it open.
      await page.keyboard.press("Escape");
      const point = await claimPoint(page, text);
      if (!point) throw new Error(`no highlighted claim "${text}"`);
      await page.mouse.move(point.x, point.y);
      let card: CardContent | null = null;
      for (let i = 0; i < 50 && !card?.text.includes(expected); i++) {
        await new Promise((r) => setTimeout(r, 100));
        card = await firefoxCardContent(browser, page);
      }
      if (!card?.text.includes(expected)) throw new Error(`the card never showed "${expected}" (it showed: ${card?.text})`);
      return card;
    };
    const budget = await hover("approved a budget of 4.2 million euros", "The source says this");
    expect(budget.text).toContain("Link works");
    expect(budget.text).toContain("approved a budget of 4.2 million euros");
    expect(budget.links).toEqual([]); // a working link has no saved copies to offer
    expect(budget.text).toMatch(/✓\s*backed:\s*4\.2 million/);
    const wall = await hover("Engineers found that the old wall", "The source says part of this");
    expect(wall.text).toMatch(/✗\s*not backed:\s*nearly a third of its height/);
    await page.screenshot({ path: artifact("firefox-check-card.png") });

    const ferries = await hover("Ferries kept running through the winter", "Not found (404)");
    expect(ferries.links).toEqual([
      { text: "Saved copies", href: `https://web.archive.org/web/*/${server.origin}/ferries/winter-timetable`, rel: "noopener noreferrer", target: "_blank" },
    ]);
    await page.screenshot({ path: artifact("firefox-check-card-saved-copies.png") });
  });

  it("sent no cookie with any source request, though the site had set one", async () => {
    const sources = server.sourceRequests();
    expect(sources.length).toBeGreaterThanOrEqual(11);
    expect(sources.every((r) => r.cookie === undefined)).toBe(true);
  });
});

declare const browser: { permissions: { getAll(): Promise<{ origins?: string[] }> }; storage: { sync: { get(k: string): Promise<Record<string, { autoCheckSites?: string[] }>> } } };

describe.runIf(available(firefox))("Sources checked automatically in Firefox ESR", { timeout: T }, () => {
  let ff: Browser;
  let server: SourceServer;
  let uuid: string;

  beforeAll(async () => {
    server = await serveSources({ slowMs: 60_000 });
    ({ browser: ff, uuid } = await startFirefox(firefox.path, DIST.firefox, { "extensions.webextOptionalPermissionPrompts": false }));
    const options = await openExtensionPage(ff, `moz-extension://${uuid}/options.html`, "#min-score");
    await pickDensity(options, "all");
    await options.close();
  }, T);

  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  const section = (options: Page) =>
    options.evaluate(() => [...document.querySelectorAll("fieldset")].find((f) => f.querySelector("legend")?.textContent === "Sources checked automatically")?.textContent ?? "");

  /** Opens the article in a new tab and annotates it with the shortcut; its popup page once the report is there. */
  async function annotateArticle(): Promise<{ page: Page; popup: Page }> {
    const page = await ff.newPage();
    await page.goto(server.articleUrl, { waitUntil: "load" });
    await page.bringToFront();
    // The any-site grant annotates no page on its own: only the sites listed for "always annotate".
    await new Promise((r) => setTimeout(r, 1_000));
    expect((await highlightState(page)).cards).toBe(0);
    const tabId = await selectedTabId(ff);
    await runShortcut(ff, "annotate-page");
    await waitForHighlights(page);
    const popup = await openExtensionPage(ff, `moz-extension://${uuid}/popup.html?tab=${tabId}`, ".report");
    return { page, popup };
  }

  it("adding the site on the options page asks for any site, in the click, and lists it", async () => {
    const options = await openExtensionPage(ff, `moz-extension://${uuid}/options.html`, "#auto-check-input");
    expect(await section(options)).toContain("No sites yet.");
    await options.type("#auto-check-input", server.origin);
    await options.click("#auto-check-input ~ button"); // a real click: the request needs its user gesture
    await options.waitForFunction(() => document.body.textContent?.includes("may visit any site"), { timeout: 10_000, polling: 100 });
    expect(await section(options)).toContain("127.0.0.1");
    expect(await options.evaluate(async () => (await browser.permissions.getAll()).origins)).toEqual(expect.arrayContaining(["http://*/*", "https://*/*"]));
    await options.waitForFunction(async () => (await browser.storage.sync.get("settings")).settings?.autoCheckSites?.[0] === "127.0.0.1", { timeout: 5_000, polling: 100 });
    await options.close();
  });

  it("an annotated page of the site has its sources checked with no click", async () => {
    const { popup } = await annotateArticle();
    await popup.waitForFunction(() => document.querySelector(".live-counts"), { timeout: 90_000, polling: 250 });
    expect(await popup.$$eval(".source .live strong", (s) => s.length)).toBe(11);
    expect(await popup.$(".check-sources .note")).toBeNull();
    const paths = server.sourceRequests().map((r) => r.path);
    expect(paths).toEqual(expect.arrayContaining(["/gazette/council-approves-sea-wall-budget", "/ferries/winter-timetable"]));
    expect(server.sourceRequests().every((r) => r.cookie === undefined)).toBe(true);
    await popup.close();
  });

  it("once the site is removed, annotating checks nothing", async () => {
    const options = await openExtensionPage(ff, `moz-extension://${uuid}/options.html`, "#auto-check-input");
    await options.waitForFunction(() => !!document.querySelector('button[type="button"]') && document.body.textContent?.includes("Stop checking on 127.0.0.1"), { timeout: 5_000, polling: 100 });
    const stop = await options.$$eval("fieldset button", (bs) => bs.findIndex((b) => b.textContent === "Stop checking on 127.0.0.1"));
    await (await options.$$("fieldset button"))[stop]!.click();
    await options.waitForFunction(async () => (await browser.storage.sync.get("settings")).settings?.autoCheckSites?.length === 0, { timeout: 5_000, polling: 100 });
    expect(await section(options)).toContain("No sites yet.");
    await options.close();

    const before = server.sourceRequests().length;
    const { popup } = await annotateArticle();
    await new Promise((r) => setTimeout(r, 3_000));
    expect(await popup.$(".live-counts")).toBeNull();
    expect(await popup.$(".check-progress")).toBeNull();
    expect(await popup.$$eval(".source .live", (s) => s.length)).toBe(0);
    // Not even the slow link, which a run would visit again (an unanswered link is not cached).
    expect(server.sourceRequests().length).toBe(before);
    await popup.close();
  });
});
