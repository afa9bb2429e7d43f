// The built extension (dist/chrome) in headless Debian Chromium: the reader's path. Open the
// seed article, click the toolbar button (CDP Extensions.triggerAction: the real action, which
// opens the popup and grants activeTab), press "Annotate this page", then check the page's
// highlights, the hover card, "show in page" and what the popup lists.
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifact, available, chromium, failWhenMissing } from "./support/env";
import { cardVisible, firstClaimPoint, hoverClaimUntil, highlightState, popupContent } from "./support/page-probes";
import { startChromium } from "./support/chromium";
import { serveSeed, type PageServer } from "./support/server";

const T = 60_000;

/** The two extension APIs the popup page is asked for (evaluated inside it, where `chrome` exists). */
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

failWhenMissing(chromium);

describe.runIf(available(chromium))("Sourcelight in Chromium", { timeout: T }, () => {
  let browser: Browser;
  let server: PageServer;
  let page: Page;
  let popup: Page;
  let extensionId: string;
  let tabId = -1;

  beforeAll(async () => {
    server = await serveSeed();
    ({ browser, extensionId } = await startChromium());
    page = await browser.newPage();
    await page.setViewport({ width: 1100, height: 800 });
    await page.goto(server.url, { waitUntil: "load" });
  }, T);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("loads as an MV3 service worker with the manifest's name", async () => {
    const ext = (await browser.extensions()).get(extensionId);
    expect(ext?.name).toBe("Sourcelight");
    const worker = await browser.waitForTarget((t) => t.type() === "service_worker" && t.url().startsWith(`chrome-extension://${extensionId}/`));
    expect(worker.url()).toMatch(/background\.js$/);
  });

  it("the toolbar button opens the popup in its not-analysed state", async () => {
    const ext = (await browser.extensions()).get(extensionId);
    if (!ext) throw new Error("extension not installed");
    await page.bringToFront();
    await page.triggerExtensionAction(ext);
    const target = await browser.waitForTarget((t) => t.url().startsWith(`chrome-extension://${extensionId}/popup.html`), { timeout: 10_000 });
    const p = await target.asPage();
    if (!p) throw new Error("popup target has no page");
    popup = p;
    await popup.waitForSelector("button.primary", { timeout: 10_000 });
    expect(await popup.$eval("button.primary", (b) => b.textContent)).toBe("Annotate this page");
  });

  it("'Annotate this page' annotates: the popup lists 3 sources and 3 summary points", async () => {
    await popup.click("button.primary");
    await popup.waitForSelector(".report, .state.error", { timeout: 30_000 });
    const content = await popupContent(popup);
    expect(content.state).toBe("report");
    expect(content.title).toContain("Deployment of 6,000 Troops to Russia");
    expect(content.sources).toHaveLength(3);
    expect(content.sources[0]).toContain("38 North");
    expect(content.sources[1]).toContain("NK News");
    expect(content.sources[2]).toContain("The Diplomat");
    expect(content.points).toHaveLength(3);
    expect(content.points[0]).toContain("according to a report by 38 North");
    await popup.screenshot({ path: artifact("chromium-popup-window.png") });
  });

  it("the page's HTML went straight from the page to the offscreen document (HTML_PORT), not through the background", async () => {
    const offscreen = browser.targets().find((t) => t.url() === `chrome-extension://${extensionId}/offscreen.html`);
    if (!offscreen) throw new Error("no offscreen document");
    const session = await offscreen.createCDPSession();
    const { result } = await session.send("Runtime.evaluate", { expression: 'performance.getEntriesByName("sourcelight:html-taken").length', returnByValue: true });
    await session.detach();
    expect(result.value).toBeGreaterThan(0);
  });

  it("the badge shows the number of sources", async () => {
    tabId = (await popup.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id)) ?? -1;
    const text = await popup.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(text).toBe("3");
  });

  it("the page shows highlights on the sourced claims", async () => {
    const state = await highlightState(page);
    expect(state.highlights + state.marks).toBeGreaterThan(0);
    expect(state.cards).toBe(1);
  });

  it("hovering a highlighted claim shows the hover card; Esc closes it", async () => {
    const point = await firstClaimPoint(page);
    expect(point).not.toBeNull();
    await page.mouse.move(point?.x ?? 0, point?.y ?? 0);
    await page.waitForFunction(() => !(document.querySelector("sourcelight-card") as HTMLElement | null)?.hidden, { timeout: 5_000 });
    await page.screenshot({ path: artifact("chromium-page.png") });
    await page.keyboard.press("Escape");
    expect(await cardVisible(page)).toBe(false);
  });

  it("a body sentence that key point 1 restates shows, on hover, that it is backed through the point and its source", async () => {
    const text = await hoverClaimUntil(page, "strategic partnership treaty", "Backed through key point 1");
    expect(text).toContain("Backed through a key point");
    expect(text).toContain("Backed through key point 1 → [1] 38 North");
    await page.screenshot({ path: artifact("chromium-via-card.png") });
    await page.keyboard.press("Escape");
  });

  it("clicking a summary point in the popup scrolls the page to it and flashes it", async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await popup.click(".point:first-child button.linklike");
    await page.waitForFunction(() => window.scrollY > 0, { timeout: 5_000 });
    const flashing = await page.evaluate(
      () => ((CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights?.get("sourcelight-flash")?.size ?? 0) + document.querySelectorAll("sourcelight-mark[data-flash]").length,
    );
    expect(flashing).toBeGreaterThan(0);
  });

  it("export loads its formats on demand (a chunk of the popup's ES module): BibTeX downloads, Markdown copies", async () => {
    const chunks: string[] = [];
    const onRequest = (r: { url(): string }) => void chunks.push(r.url().replace(/^.*\//, ""));
    popup.on("request", onRequest);
    await popup.evaluate(() => {
      const w = window as unknown as { __saved: string[] };
      w.__saved = [];
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (b: Blob | MediaSource) => (w.__saved.push((b as Blob).type), create(b));
    });
    await popup.evaluate(() => (document.querySelector('button[aria-label*="BibTeX"]') as HTMLButtonElement).click());
    await popup.waitForFunction(() => (window as unknown as { __saved: string[] }).__saved.length > 0, { timeout: 5_000 });
    expect(await popup.evaluate(() => (window as unknown as { __saved: string[] }).__saved)).toEqual(["application/x-bibtex"]);
    await popup.evaluate(() => ([...document.querySelectorAll("button")].find((b) => /Markdown/.test(b.textContent ?? "")) as HTMLButtonElement).click());
    await popup.waitForFunction(() => /clipboard|copying/i.test(document.querySelector('.export + [role="status"]')?.textContent ?? ""), { timeout: 5_000 });
    popup.off("request", onRequest);
    expect(chunks.some((c) => /^formats-.*\.js$/.test(c))).toBe(true);
  });

  it("'Remove highlights' takes everything out of the page", async () => {
    await popup.evaluate(() => (document.querySelectorAll(".actions button")[1] as HTMLButtonElement).click());
    await page.waitForFunction(() => !document.querySelector("sourcelight-card"), { timeout: 5_000 });
    expect(await highlightState(page)).toEqual({ highlights: 0, marks: 0, cards: 0 });
  });

  it("(last: it closes the real popup) a popup opened again shows the cached report (storage.session), full length", async () => {
    const again = await browser.newPage();
    await again.setViewport({ width: 400, height: 600 });
    await again.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await again.waitForSelector(".report", { timeout: 10_000 });
    expect((await popupContent(again)).sources).toHaveLength(3);
    await again.screenshot({ path: artifact("chromium-popup.png"), fullPage: true });
    await again.close();
    await page.bringToFront();
  });
});
