// Settings and activation in headless Firefox ESR on the built extension: the page's context
// menu entry (a real right click, our entry activated in the real menu) annotates the page;
// "Always annotate on this site" in the popup asks for the site's permission (the pref
// extensions.webextOptionalPermissionPrompts=false answers the prompt "allow", the only part a
// headless run cannot do itself), after which a newly loaded page of the site is annotated with
// no click; the options page lists the site, stopping it removes it and gives its permission
// back (the browser agrees),
// and a changed setting is there when the options page is opened again.
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { available, DIST, firefox } from "./support/env";
import { clickContextMenuEntry, openExtensionPage, selectedTabId, startFirefox } from "./support/firefox";
import { highlightState, waitForHighlights } from "./support/page-probes";
import { serveSeed, type PageServer } from "./support/server";

const T = 90_000;

declare const browser: { permissions: { getAll(): Promise<{ origins?: string[] }> }; storage: { sync: { get(k: string): Promise<Record<string, { density?: string; alwaysSites?: string[] }>> } } };

const alwaysList = (options: Page) =>
  options.evaluate(() => [...document.querySelectorAll("fieldset")].find((f) => f.querySelector("legend")?.textContent === "Sites annotated automatically")?.textContent ?? "");

describe.runIf(available(firefox))("settings and activation in Firefox ESR", { timeout: T }, () => {
  let ff: Browser;
  let server: PageServer;
  let uuid: string;
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    server = await serveSeed();
    ({ browser: ff, uuid } = await startFirefox(firefox.path, DIST.firefox, { "extensions.webextOptionalPermissionPrompts": false }));
    page = await ff.newPage();
    await page.setViewport({ width: 1100, height: 800 });
    await page.goto(server.url, { waitUntil: "load" });
  }, T);

  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it("the context menu has 'Annotate the sources of this page', and choosing it annotates the page", async () => {
    await page.bringToFront();
    tabId = await selectedTabId(ff);
    expect(await highlightState(page)).toEqual({ highlights: 0, marks: 0, cards: 0 });
    expect(await clickContextMenuEntry(ff, page, "Annotate the sources of this page")).toBe(true);
    await waitForHighlights(page);
    expect((await highlightState(page)).cards).toBe(1);
  });

  it("'Always annotate on this site' in the popup is granted; a page of the site then annotates itself", async () => {
    const popup = await openExtensionPage(ff, `moz-extension://${uuid}/popup.html?tab=${tabId}`, ".site-controls button");
    expect(await popup.$eval(".site-controls button", (b) => b.textContent)).toBe("Always annotate on 127.0.0.1");
    await popup.click(".site-controls button"); // a real click: the request needs its user gesture
    await popup.waitForFunction(() => document.querySelector(".site-controls")?.textContent?.includes("Annotating automatically on 127.0.0.1"), { timeout: 10_000, polling: 100 });
    expect(await popup.evaluate(async () => (await browser.permissions.getAll()).origins)).toContain("http://127.0.0.1/*");
    expect((await popup.evaluate(async () => (await browser.storage.sync.get("settings")).settings))?.alwaysSites).toEqual(["127.0.0.1"]);
    await popup.close();

    const fresh = await ff.newPage();
    await fresh.goto(server.url, { waitUntil: "load" });
    await waitForHighlights(fresh);
    await fresh.close();
  });

  it("the options page lists the site; stopping it removes it, in the page and in the browser", async () => {
    const options = await openExtensionPage(ff, `moz-extension://${uuid}/options.html`, "#min-score");
    await options.waitForFunction(() => document.body.textContent?.includes("Stop on 127.0.0.1"), { timeout: 5_000, polling: 100 });
    expect(await alwaysList(options)).toContain("127.0.0.1");
    const stop = await options.$$eval("li button", (bs) => bs.findIndex((b) => b.textContent === "Stop on 127.0.0.1"));
    await (await options.$$("li button"))[stop]!.click();
    await options.waitForFunction(() => document.body.textContent?.includes("None yet."), { timeout: 5_000, polling: 100 });
    expect(await alwaysList(options)).not.toContain("127.0.0.1");
    expect(await options.evaluate(async () => (await browser.permissions.getAll()).origins ?? [])).not.toContain("http://127.0.0.1/*");
    await options.close();
  });

  it("a setting changed on the options page is there when the page is opened again", async () => {
    const options = await openExtensionPage(ff, `moz-extension://${uuid}/options.html`, "#min-score");
    await options.click('input[name="density"][value="warnings"]');
    await options.waitForFunction(() => document.querySelector('[role="status"]')?.textContent === "Saved.", { timeout: 5_000, polling: 100 });
    await options.close();
    const again = await openExtensionPage(ff, `moz-extension://${uuid}/options.html`, "#min-score");
    expect(await again.$eval('input[name="density"]:checked', (r) => (r as HTMLInputElement).value)).toBe("warnings");
    expect((await again.evaluate(async () => (await browser.storage.sync.get("settings")).settings))?.density).toBe("warnings");
    await again.close();
  });
});
