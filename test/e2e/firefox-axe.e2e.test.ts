// axe-core on the real popup (a report loaded) and options page in headless Firefox ESR, light
// and dark (the content colour-scheme pref, as the system's dark mode sets it): no
// violations, colour contrast included. Screenshots of the popup in both schemes go to
// test/artifacts/.
import type { Browser } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe";
import { artifact, available, DIST, firefox, sleep } from "./support/env";
import { openExtensionPage, runShortcut, selectedTabId, setColorScheme, startFirefox } from "./support/firefox";
import { serveSeed, type PageServer } from "./support/server";

const T = 90_000;

describe.runIf(available(firefox))("axe-core in Firefox ESR", { timeout: T }, () => {
  let ff: Browser;
  let server: PageServer;
  let uuid: string;
  let tabId: number;

  beforeAll(async () => {
    server = await serveSeed();
    ({ browser: ff, uuid } = await startFirefox(firefox.path, DIST.firefox));
    const page = await ff.newPage();
    await page.goto(server.url, { waitUntil: "load" });
    await page.bringToFront();
    tabId = await selectedTabId(ff);
    await runShortcut(ff, "annotate-page");
    await page.waitForFunction(() => !!document.querySelector("sourcelight-card"), { timeout: 30_000, polling: 200 });
  }, T);

  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  describe.each(["light", "dark"] as const)("%s", (scheme) => {
    it("popup with a report: no violations, contrast checked; screenshot", async () => {
      await setColorScheme(ff, scheme);
      const popup = await openExtensionPage(ff, `moz-extension://${uuid}/popup.html?tab=${tabId}`, ".report");
      await sleep(100);
      const bg = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).toBe(scheme === "dark" ? "rgb(17, 24, 39)" : "rgb(255, 255, 255)");
      const { violations, contrastChecked } = await axeViolations(popup);
      expect(violations).toEqual([]);
      expect(contrastChecked).toBe(true);
      await popup.screenshot({ path: artifact(`firefox-popup-${scheme}.png`), clip: { x: 0, y: 0, width: 400, height: 600 } });
      await popup.close();
    });

    it("options page: no violations, contrast checked", async () => {
      await setColorScheme(ff, scheme);
      const options = await openExtensionPage(ff, `moz-extension://${uuid}/options.html`, "#min-score");
      const { violations, contrastChecked } = await axeViolations(options);
      expect(violations).toEqual([]);
      expect(contrastChecked).toBe(true);
      await options.close();
    });
  });
});
