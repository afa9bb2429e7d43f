/** Starts Debian's Chromium headless with the built extension loaded (puppeteer-core, no download). */
import puppeteer, { type Browser } from "puppeteer-core";
import { chromium, DIST } from "./env";

/** Flags for a closed network: no background requests, no component or sync traffic. */
const FLAGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Launches Chromium with dist/chrome installed; returns the browser and the extension's id. */
export async function startChromium(): Promise<{ browser: Browser; extensionId: string }> {
  const browser = await puppeteer.launch({ executablePath: chromium.path, headless: true, pipe: true, enableExtensions: true, args: FLAGS });
  return { browser, extensionId: await browser.installExtension(DIST.chrome) };
}
