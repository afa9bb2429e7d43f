// Functions evaluated inside the pages (article and popup) to read what a reader would see.
import type { Page } from "puppeteer-core";

export interface HighlightState {
  highlights: number;
  marks: number;
  cards: number;
}

/** How many claim highlights the article page shows (Highlight API ranges or fallback marks). */
export function highlightState(page: Page): Promise<HighlightState> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
    return {
      highlights: registry?.get("sourcelight-claim")?.size ?? 0,
      marks: document.querySelectorAll("sourcelight-mark").length,
      cards: document.querySelectorAll("sourcelight-card").length,
    };
  });
}

/** Center of the first highlighted claim's first line, in viewport coordinates (after scrolling it into view). */
export function firstClaimPoint(page: Page): Promise<{ x: number; y: number } | null> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    const range = registry?.get("sourcelight-claim")?.values().next().value as Range | undefined;
    const el = range ?? document.querySelector("sourcelight-mark");
    if (!el) return null;
    (range ? range.startContainer.parentElement : (el as Element))?.scrollIntoView({ block: "center" });
    const rect = (range ? range.getClientRects()[0] : (el as Element).getClientRects()[0]) as DOMRect | undefined;
    return rect ? { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 } : null;
  });
}

/** Whether our hover card is showing. */
export function cardVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const card = document.querySelector("sourcelight-card") as HTMLElement | null;
    return !!card && !card.hidden;
  });
}

export interface PopupContent {
  title: string;
  sources: string[];
  points: string[];
  state: string;
}

/** What the popup lists. */
export function popupContent(popup: Page): Promise<PopupContent> {
  return popup.evaluate(() => ({
    title: document.querySelector(".header .title")?.textContent ?? "",
    sources: [...document.querySelectorAll('section[aria-labelledby="sources-heading"] li.source')].map((li) => li.textContent ?? ""),
    points: [...document.querySelectorAll(".point")].map((li) => li.textContent ?? ""),
    state: document.querySelector(".report") ? "report" : (document.querySelector(".state h1")?.textContent ?? "none"),
  }));
}
