/** Starts Debian's Chromium headless with the built extension loaded (puppeteer-core, no download). */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import puppeteer, { type Browser, type Page, type WebWorker } from "puppeteer-core";
import { announceVersion, chromium, DIST } from "./env";

/** Flags for a closed network: no background requests, no component or sync traffic. */
const FLAGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Launches Chromium with `extensionDir` (dist/chrome) installed; returns the browser and the extension's id. */
export async function startChromium(extensionDir = DIST.chrome): Promise<{ browser: Browser; extensionId: string }> {
  const browser = await puppeteer.launch({ executablePath: chromium.path, headless: true, pipe: true, enableExtensions: true, args: FLAGS });
  await announceVersion(browser, chromium.path);
  return { browser, extensionId: await browser.installExtension(extensionDir) };
}

/**
 * A copy of dist/chrome in a temporary folder whose manifest already grants `origins` as
 * `host_permissions`, as if the reader had accepted the permission prompt for them before:
 * `permissions.request` for them then resolves at once, without a prompt (which headless
 * Chromium cannot show or answer). The shipped build is left as it is. Returns the folder
 * and a function that removes it.
 */
export function chromeBuildGranting(origins: string[]): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sourcelight-chrome-"));
  fs.cpSync(DIST.chrome, dir, { recursive: true });
  const file = path.join(dir, "manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...origins];
  fs.writeFileSync(file, JSON.stringify(manifest, null, 2));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** The extension's service worker (the background). */
export async function backgroundWorker(browser: Browser, extensionId: string): Promise<WebWorker> {
  const target = await browser.waitForTarget((t) => t.type() === "service_worker" && t.url().startsWith(`chrome-extension://${extensionId}/`));
  const worker = await target.worker();
  if (!worker) throw new Error("the service worker target has no worker");
  return worker;
}

declare const chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } };

/**
 * Opens `url`, clicks the toolbar button (the real action: popup open, activeTab granted) and,
 * unless `press` is false, "Annotate this page"; returns the page, the popup and the tab id.
 */
export async function openWithPopup(browser: Browser, extensionId: string, url: string, press = true): Promise<{ page: Page; popup: Page; tabId: number }> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 800 });
  await page.goto(url, { waitUntil: "load" });
  const ext = (await browser.extensions()).get(extensionId);
  if (!ext) throw new Error("extension not installed");
  await page.bringToFront();
  await page.triggerExtensionAction(ext);
  const target = await browser.waitForTarget((t) => t.url().startsWith(`chrome-extension://${extensionId}/popup.html`) && t.type() === "page", { timeout: 10_000 });
  const popup = await target.asPage();
  if (!popup) throw new Error("no popup page");
  await popup.waitForSelector("button.primary, .report", { timeout: 10_000 });
  const tabId = (await popup.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id)) ?? -1;
  if (!press) return { page, popup, tabId };
  if (await popup.$("button.primary")) await popup.click("button.primary");
  await popup.waitForSelector(".report, .state.error, .state h1", { timeout: 30_000 });
  await popup.waitForFunction(() => !document.querySelector("[aria-busy=true]"), { timeout: 30_000 });
  return { page, popup, tabId };
}

/**
 * Runs the background's own `contextMenus.onClicked` listener as a click on menu item
 * `menuItemId` in tab `tabId` would. A native context menu cannot be opened headless, and an
 * extension cannot fire its own events, so the listener is found in the worker's heap (the one
 * function whose source reads `menuItemId`) and called with the arguments Chromium passes.
 * Resolves with how many such listeners were found (the caller expects exactly one).
 */
export async function runMenuListener(worker: WebWorker, menuItemId: string, tabId: number): Promise<number> {
  const client = worker.client;
  const proto = await client.send("Runtime.evaluate", { expression: "Function.prototype" });
  if (!proto.result.objectId) throw new Error("no Function.prototype handle");
  const { objects } = await client.send("Runtime.queryObjects", { prototypeObjectId: proto.result.objectId });
  const called = await client.send("Runtime.callFunctionOn", {
    objectId: objects.objectId,
    functionDeclaration: `function (info, tab) {
      const listeners = this.filter((f) => f.length === 2 && /\\.menuItemId\\b/.test(Function.prototype.toString.call(f)));
      if (listeners.length === 1) listeners[0](info, tab);
      return listeners.length;
    }`,
    arguments: [{ value: { menuItemId, editable: false, pageUrl: "" } }, { value: { id: tabId } }],
    returnByValue: true,
  });
  return called.result.value as number;
}
