// "Check sources" in headless Debian Chromium: an article served on 127.0.0.1 with its
// references served by the same loopback server (test/check/support), as in
// firefox-check.e2e.test.ts. The toolbar button opens the real popup, "Annotate this page"
// annotates, the reader presses "Check sources" (a real click), the service worker visits the
// links (fetch, the offscreen document's DOMParser, storage.local) and the popup, and the
// page's hover card, show what they gave. The article's answer set a cookie for the site: no
// source request may carry it.
//
// What is bypassed, and why: the permission prompt. Headless Chromium cannot show or answer
// it (and a real Chrome closes the popup when it opens). So the extension under test is a
// copy of dist/chrome in a temporary folder whose manifest lists the article's site
// (http and https://127.0.0.1/*, what the popup asks for) under `host_permissions`: the state
// after a reader accepted the prompt once. The popup's `permissions.request` then resolves
// at once, as it does in Chrome for an origin already granted. Everything else is the shipped
// build, unchanged; the shipped manifest still only lists the sites as optional.
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifact, available, chromium, failWhenMissing } from "./support/env";
import { chromeBuildGranting, openWithPopup, startChromium } from "./support/chromium";
import { cardText, cardVisible, claimPoint, firstClaimPoint, pickDensity } from "./support/page-probes";
import { serveSources, type SourceServer } from "../check/support/server";

const T = 120_000;
/** The sites the popup asks for on this article (src/check/permissions.ts: a loopback IP has no subdomains). */
const GRANTED = ["http://127.0.0.1/*", "https://127.0.0.1/*"];

declare const chrome: { permissions: { contains(p: { origins: string[] }): Promise<boolean> } };

failWhenMissing(chromium);

describe.runIf(available(chromium))("Check sources in Chromium", { timeout: T }, () => {
  let browser: Browser;
  let server: SourceServer;
  let build: ReturnType<typeof chromeBuildGranting>;
  let page: Page;
  let popup: Page;

  beforeAll(async () => {
    server = await serveSources({ slowMs: 60_000 });
    build = chromeBuildGranting(GRANTED);
    let extensionId: string;
    ({ browser, extensionId } = await startChromium(build.dir));
    // Every claim here cites a source: the reader asks to see them all (the default shows only the exceptions).
    const options = await browser.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.waitForSelector("#min-score");
    await pickDensity(options, "all");
    await options.close();
    ({ page, popup } = await openWithPopup(browser, extensionId, server.articleUrl));
  }, T);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    build?.remove();
  });

  it("annotating the page visits none of its sources", async () => {
    expect(await popup.$$eval(".source", (s) => s.length)).toBe(11);
    expect(server.sourceRequests()).toEqual([]);
    // The bypass holds only what the popup asks for: without it the run would wait for a prompt.
    expect(await popup.evaluate((origins) => chrome.permissions.contains({ origins }), GRANTED)).toBe(true);
  });

  it("'Check sources' shows each link's status and whether the source says the claim", async () => {
    await popup.waitForSelector(".check-sources button", { timeout: 10_000 });
    await popup.click(".check-sources button");
    await popup.waitForFunction(() => document.querySelector(".live-counts") || document.querySelector('.check-sources [role="alert"]'), { timeout: 90_000, polling: 250 });
    expect(await popup.$('.check-sources [role="alert"]')).toBeNull();
    const live = await popup.$$eval(".source", (items) => items.map((li) => li.querySelector(".live strong")?.textContent ?? ""));
    expect(live).toEqual([
      "Link works", "Link works", "Link works", "Link works", "Not found (404)", "Removed (410)",
      "Leads to another site", "Could not be reached", "Link works", "Behind a sign-in or paywall", "Link works",
    ]);
    const first = await popup.$eval("[data-claim] .support", (s) => s.textContent ?? "");
    expect(first).toContain("says this");
    expect(first).toContain("approved a budget of 4.2 million euros");
    // Part by part: each part of the claim ✓ or ✗, with the source sentence that backs it.
    const parts = await popup.$$eval("[data-claim] .parts", (lists) => lists.map((ul) => [...ul.querySelectorAll("li")].map((li) => li.textContent ?? "")));
    expect(parts[0]).toContain("✓backed: 4.2 million"); // its sentence is the verdict's passage, quoted once above
    expect(parts[0]!.every((p) => p.startsWith("✓"))).toBe(true);
    expect(parts[1]).toContain("✗not backed: nearly a third of its height");
    expect(parts[1]).toContain("✓backed: 1990");
    await popup.screenshot({ path: artifact("chromium-check-sources.png"), fullPage: true });
  });

  it("the page's hover card then quotes the verdict and the passage, and a broken link's saved copies", async () => {
    await page.bringToFront();
    const point = await firstClaimPoint(page);
    if (!point) throw new Error("no highlighted claim on the page");
    await page.mouse.move(point.x, point.y);
    await page.waitForFunction(() => {
      const card = document.querySelector("sourcelight-card") as HTMLElement | null;
      return !!card && !card.hidden;
    }, { timeout: 10_000, polling: 100 });
    expect(await cardVisible(page)).toBe(true);
    const text = await cardText(page);
    expect(text).toContain("Link works");
    expect(text).toContain("The source says this");
    expect(text).toContain("approved a budget of 4.2 million euros");
    expect(text).toMatch(/✓\s*backed:\s*4\.2 million/);
    expect(text).not.toContain("✗");
    expect(text).not.toContain("Saved copies");
    await page.screenshot({ path: artifact("chromium-check-card.png") });
    // A claim whose link is broken: the card offers its saved copies. (Esc first: the open card,
    // taller with its parts, may cover the next claim, and a pointer over the card keeps it open.)
    await page.keyboard.press("Escape");
    const ferries = await claimPoint(page, "Ferries kept running through the winter");
    if (!ferries) throw new Error("no highlighted ferries claim");
    await page.mouse.move(ferries.x, ferries.y);
    for (let i = 0; i < 50 && !(await cardText(page)).includes("Not found (404)"); i++) await new Promise((r) => setTimeout(r, 100));
    expect(await cardText(page)).toContain("Not found (404) · Saved copies");
  });

  it("sent no cookie with any source request, though the site had set one", async () => {
    expect((await page.cookies()).map((c) => c.name)).toContain("session");
    const sources = server.sourceRequests();
    expect(sources.length).toBeGreaterThanOrEqual(11);
    expect(sources.every((r) => r.cookie === undefined)).toBe(true);
  });
});
