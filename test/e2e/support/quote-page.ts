// Our wire-story fixture (test/fixtures/quotes-wire-story), served for the "Who says so" tests.
import fs from "node:fs";
import path from "node:path";
import type { Page } from "puppeteer-core";
import { ROOT } from "./env";
import type { Routes } from "./server";

export const QUOTES_PATH = "/world/2025/03/11/halden-crane-collapse/";

export function quotePages(): Routes {
  return { [QUOTES_PATH]: { html: fs.readFileSync(path.join(ROOT, "test/fixtures/quotes-wire-story/page.html"), "utf8") } };
}

/** The speakers "Who says so" lists in the popup, as their summaries read. */
export function speakersListed(popup: Page): Promise<string[]> {
  return popup.$$eval("#who-says .speaker summary", (els) => els.map((e) => (e.textContent ?? "").replace(/\s+/g, " ").trim()));
}

/** How many ranges the page's flash highlight (or flashing marks) holds: the claim "show in page" went to. */
export function flashing(page: Page): Promise<number> {
  return page.evaluate(
    () => ((CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights?.get("sourcelight-flash")?.size ?? 0) + document.querySelectorAll("sourcelight-mark[data-flash]").length,
  );
}
