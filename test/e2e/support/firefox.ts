// Firefox ESR over WebDriver BiDi (recipe: ../shared/e2e): temporary install of the unpacked
// extension, a pinned moz-extension UUID, and chrome-scope evaluation for what a test cannot
// reach from content (the shortcut's <key> element, tab ids).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { announceVersion } from "./env";

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: { result?: { type: string; value?: unknown }; exceptionDetails?: { text: string }; contexts?: { context: string }[] } }>;
}

/** Launches Firefox with the extension installed (and `prefs` set); returns the browser and the extension's UUID. */
export async function startFirefox(executablePath: string, extensionDir: string, prefs: Record<string, unknown> = {}): Promise<{ browser: Browser; uuid: string; geckoId: string }> {
  const manifest = JSON.parse(fs.readFileSync(path.join(extensionDir, "manifest.json"), "utf8"));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  const uuid = crypto.randomUUID();
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath,
    headless: true,
    dumpio: process.env.DUMPIO === "1",
    // BiDi may navigate to moz-extension:// and evaluate in the chrome scope only with this.
    args: ["--remote-allow-system-access"],
    extraPrefsFirefox: {
      "extensions.webextensions.uuids": JSON.stringify({ [geckoId]: uuid }),
      "network.captive-portal-service.enabled": false,
      "network.connectivity-service.enabled": false,
      "extensions.update.enabled": false,
      "extensions.getAddons.cache.enabled": false,
      "browser.safebrowsing.update.enabled": false,
      "services.settings.server": "http://127.0.0.1:9/",
      ...prefs,
    },
  });
  await announceVersion(browser, executablePath);
  const installed = await browser.installExtension(extensionDir);
  if (installed !== geckoId) throw new Error(`installed ${installed}, expected ${geckoId}`);
  return { browser, uuid, geckoId };
}

/** Evaluates `expression` in the browser window's chrome scope. */
async function chromeEval(browser: Browser, expression: string): Promise<unknown> {
  const conn = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = await conn.send("browsingContext.getTree", { "moz:scope": "chrome" });
  const context = tree.result.contexts?.[0]?.context;
  if (!context) throw new Error("no chrome browsing context");
  const r = await conn.send("script.evaluate", { expression, target: { context }, awaitPromise: true });
  if (r.result.exceptionDetails) throw new Error(`chrome-scope evaluation failed: ${r.result.exceptionDetails.text}`);
  return r.result.result?.value;
}

/** The WebExtension tab id of the selected tab of the front window. */
export async function selectedTabId(browser: Browser): Promise<number> {
  const id = await chromeEval(
    browser,
    `(() => { const w = Services.wm.getMostRecentWindow("navigator:browser");
      const { ExtensionParent } = ChromeUtils.importESModule("resource://gre/modules/ExtensionParent.sys.mjs");
      return ExtensionParent.apiManager.global.tabTracker.getId(w.gBrowser.selectedTab); })()`,
  );
  if (typeof id !== "number") throw new Error(`no tab id (${String(id)})`);
  return id;
}

/** Fires the extension's keyboard shortcut `command` in the front window, as a key press would. */
export async function runShortcut(browser: Browser, command: string): Promise<void> {
  const ok = await chromeEval(
    browser,
    `(() => { const w = Services.wm.getMostRecentWindow("navigator:browser");
      const set = [...w.document.querySelectorAll("keyset")].find((k) => k.id.startsWith("ext-keyset-id-sourcelight"));
      const key = set && [...set.children].find((k) => k.getAttribute("data-command-name") === ${JSON.stringify(command)}) || set?.firstElementChild;
      if (!key) return false; key.doCommand(); return true; })()`,
  );
  if (ok !== true) throw new Error(`shortcut ${command} not found in the browser window`);
}

/**
 * Opens a moz-extension:// page in a new tab. Pitfall (shared/e2e README #9): puppeteer's
 * goto never resolves for these pages, so start it without awaiting and poll the DOM.
 */
export async function openExtensionPage(browser: Browser, url: string, readySelector: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 400, height: 900 });
  void page.goto(url, { timeout: 15_000 }).catch(() => undefined);
  // While the document is being replaced, BiDi may fail an evaluation outright ("right-hand side
  // of 'in' should be an object"); under load that can happen: poll again instead of failing.
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      await page.waitForFunction((sel) => location.protocol === "moz-extension:" && !!document.querySelector(sel), { timeout: 5_000, polling: 100 }, readySelector);
      return page;
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** Sets the colour scheme pages see (`prefers-color-scheme`), as the system's dark mode would. */
export async function setColorScheme(browser: Browser, scheme: "light" | "dark"): Promise<void> {
  // layout.css.prefers-color-scheme.content-override: 0 = dark, 1 = light.
  await chromeEval(browser, `Services.prefs.setIntPref("layout.css.prefers-color-scheme.content-override", ${scheme === "dark" ? 0 : 1})`);
}

/**
 * Opens the page's context menu at (x, y) with a real right click and activates our entry,
 * found by its label, as a reader would. Resolves with false when the entry is not in the menu.
 */
export async function clickContextMenuEntry(browser: Browser, page: Page, label: string): Promise<boolean> {
  await page.mouse.click(200, 200, { button: "right" });
  for (let i = 0; i < 50; i++) {
    const found = await chromeEval(
      browser,
      `(() => { const w = Services.wm.getMostRecentWindow("navigator:browser");
        const menu = w.document.getElementById("contentAreaContextMenu");
        if (menu.state !== "open") return "closed";
        const item = [...menu.querySelectorAll("menuitem")].find((m) => m.getAttribute("label") === ${JSON.stringify(label)});
        if (!item) { menu.hidePopup(); return "missing"; }
        menu.activateItem(item); return "clicked"; })()`,
    );
    if (found === "clicked") return true;
    if (found === "missing") return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/** What our hover card shows in `page`: its text and its links (as attributes). */
export interface CardContent {
  text: string;
  links: { text: string; href: string | null; rel: string; target: string }[];
}

/**
 * Reads the hover card, whose shadow root is closed (the page cannot reach it), as WebDriver
 * BiDi lets a test: the card's node serialized with its shadow tree (`includeShadowTree:
 * "all"` includes closed roots), then a function run on that root in the page's own realm.
 * Null when no card is in the page.
 */
export async function firefoxCardContent(browser: Browser, page: Page): Promise<CardContent | null> {
  type Remote = { type: string; value?: unknown; sharedId?: string };
  const conn = (browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: { type?: string; result?: Remote; exceptionDetails?: { text: string } } }> } }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const card = await conn.send("script.evaluate", {
    expression: `document.querySelector("sourcelight-card")`,
    target: { context },
    awaitPromise: false,
    serializationOptions: { maxDomDepth: 0, includeShadowTree: "all" },
  });
  const node = card.result.result as { type: string; value?: { shadowRoot?: { sharedId?: string } | null } } | undefined;
  const root = node?.type === "node" ? node.value?.shadowRoot?.sharedId : undefined;
  if (!root) return null;
  const read = await conn.send("script.callFunction", {
    functionDeclaration: `(root) => JSON.stringify({
      text: [...root.children].filter((n) => n.localName !== "style").map((n) => n.textContent).join(" ").replace(/\\s+/g, " ").trim(),
      links: [...root.querySelectorAll("a")].map((a) => ({ text: a.textContent, href: a.getAttribute("href"), rel: a.rel, target: a.target })),
    })`,
    arguments: [{ sharedId: root }],
    target: { context },
    awaitPromise: false,
  });
  if (read.result.exceptionDetails) throw new Error(`reading the card failed: ${read.result.exceptionDetails.text}`);
  return JSON.parse(String(read.result.result?.value)) as CardContent;
}
