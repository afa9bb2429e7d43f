// "Who says so" in the built extension in Chromium, on our wire-story fixture: after the toolbar
// button and "Annotate this page", the popup loads its "Who says so" chunk and lists the
// speakers by kind; a speaker opens to its statements, and a statement scrolls the page to its
// sentence and flashes it.
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifact, available, chromium, failWhenMissing } from "./support/env";
import { startChromium } from "./support/chromium";
import { flashing, QUOTES_PATH, quotePages, speakersListed } from "./support/quote-page";
import { serveSeed, type PageServer } from "./support/server";

const T = 60_000;

failWhenMissing(chromium);

describe.runIf(available(chromium))("Who says so in Chromium", { timeout: T }, () => {
  let browser: Browser;
  let server: PageServer;
  let page: Page;
  let popup: Page;
  let extensionId: string;
  const requested: string[] = [];

  beforeAll(async () => {
    server = await serveSeed({}, quotePages());
    ({ browser, extensionId } = await startChromium());
    page = await browser.newPage();
    await page.setViewport({ width: 900, height: 360 });
    await page.goto(`${server.origin}${QUOTES_PATH}`, { waitUntil: "load" });
  }, T);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("the popup lists the speakers by kind once its chunk arrives", async () => {
    const ext = (await browser.extensions()).get(extensionId);
    if (!ext) throw new Error("extension not installed");
    await page.bringToFront();
    await page.triggerExtensionAction(ext);
    const target = await browser.waitForTarget((t) => t.url().startsWith(`chrome-extension://${extensionId}/popup.html`), { timeout: 10_000 });
    popup = (await target.asPage())!;
    popup.on("request", (r) => void requested.push(r.url().replace(/^.*\//, "")));
    await popup.waitForSelector("button.primary", { timeout: 10_000 });
    await popup.click("button.primary");
    await popup.waitForSelector("#who-says .speaker", { timeout: 30_000 });
    const speakers = await speakersListed(popup);
    expect(speakers[0]).toMatch(/^Petra Lindqvist, the authority's harbour master\s*Person\s*2 statements$/);
    expect(speakers.some((s) => /^two people familiar with the inspection records\s*Unnamed source/.test(s))).toBe(true);
    expect(speakers.some((s) => /^Halden Port Authority\s*Organisation/.test(s))).toBe(true);
    expect(requested.some((f) => /^who-says-ui-.*\.js$/.test(f))).toBe(true);
  });

  it("a speaker opens to its statements; a statement scrolls the page to its sentence and flashes it", async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await popup.click("#who-says .speaker summary");
    await popup.waitForSelector("#who-says .speaker details[open] ul.said button", { visible: true });
    await popup.screenshot({ path: artifact("chromium-who-says.png"), fullPage: true });
    await popup.evaluate(() => ([...document.querySelectorAll("#who-says details[open] ul.said button")].find((b) => /inspections would take/.test(b.textContent ?? "")) as HTMLButtonElement).click());
    await page.waitForFunction(() => window.scrollY > 0, { timeout: 5_000 });
    expect(await flashing(page)).toBeGreaterThan(0);
  });
});
