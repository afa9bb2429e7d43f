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

/**
 * The text our hover card shows. Its shadow root is closed (the page cannot reach it), so
 * it is read as the browser's inspector does: the DOM through CDP, shadow roots included.
 */
export async function cardText(page: Page): Promise<string> {
  interface Node {
    nodeType: number;
    nodeName: string;
    nodeValue: string;
    children?: Node[];
    shadowRoots?: Node[];
  }
  const client = await page.createCDPSession();
  try {
    const { root } = (await client.send("DOM.getDocument", { depth: -1, pierce: true })) as { root: Node };
    const find = (n: Node): Node | undefined => (n.nodeName === "SOURCELIGHT-CARD" ? n : [...(n.children ?? []), ...(n.shadowRoots ?? [])].map(find).find(Boolean));
    const text = (n: Node): string => (n.nodeName === "STYLE" ? "" : n.nodeType === 3 ? n.nodeValue : [...(n.shadowRoots ?? []), ...(n.children ?? [])].map(text).join(" "));
    const card = find(root);
    return card ? text(card).replace(/\s+/g, " ").trim() : "";
  } finally {
    await client.detach();
  }
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

/** Total claim highlights (Highlight API ranges that are not collapsed, or fallback marks). */
export function liveHighlights(page: Page): Promise<number> {
  return page.evaluate(() => {
    const set = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get("sourcelight-claim");
    const ranges = set ? [...set].filter((r) => !r.collapsed && r.startContainer.isConnected).length : 0;
    return ranges + document.querySelectorAll("sourcelight-mark").length;
  });
}

/** Waits until the article page shows at least one claim highlight (or fallback mark). */
export async function waitForHighlights(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => ((CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights?.get("sourcelight-claim")?.size ?? 0) + document.querySelectorAll("sourcelight-mark").length > 0,
    { timeout, polling: 200 },
  );
}

/** Replaces the paragraph holding the first highlight with a copy of its text (new nodes), and appends a paragraph. */
export function churnPage(page: Page): Promise<string> {
  return page.evaluate(() => {
    const set = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get("sourcelight-claim");
    const first = set?.values().next().value as Range | undefined;
    const start = first?.startContainer ?? document.querySelector("sourcelight-mark");
    const para = (start?.nodeType === 1 ? (start as Element) : start?.parentElement)?.closest("p, li");
    if (!para) throw new Error("no highlighted paragraph");
    const copy = document.createElement("p");
    copy.textContent = para.textContent;
    copy.id = "sourcelight-e2e-replaced";
    para.replaceWith(copy);
    const extra = document.createElement("p");
    extra.textContent = "A paragraph that arrived later, as infinite scroll would add it.";
    copy.parentElement?.append(extra);
    return copy.textContent ?? "";
  });
}

/** Waits until `atLeast` highlights are live again and churnPage's replacement paragraph is in place. */
export async function waitForRedraw(page: Page, atLeast: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const set = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get("sourcelight-claim");
      const live = [...(set ?? [])].filter((r) => !r.collapsed && r.startContainer.isConnected).length;
      return live + document.querySelectorAll("sourcelight-mark").length >= n && !!document.getElementById("sourcelight-e2e-replaced");
    },
    { timeout: 10_000, polling: 100 },
    atLeast,
  );
}

/** True when a highlight sits inside the replaced paragraph. */
export function replacedIsHighlighted(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const p = document.getElementById("sourcelight-e2e-replaced");
    if (!p) return false;
    const set = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get("sourcelight-claim");
    return [...(set ?? [])].some((r) => p.contains(r.startContainer)) || !!p.querySelector("sourcelight-mark");
  });
}

/** Hovers the first citation marker of a Wikipedia page; resolves with whether the card showed. */
export async function hoverFirstMarker(page: Page): Promise<boolean> {
  const box = await page.evaluate(() => {
    const a = document.querySelector("sup.reference a, sup a[href^='#cite_note']") as HTMLElement | null;
    if (!a) return null;
    a.scrollIntoView({ block: "center" });
    const r = a.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  if (!box) return false;
  await page.mouse.move(1, 1);
  await page.mouse.move(box.x, box.y);
  try {
    await page.waitForFunction(() => !(document.querySelector("sourcelight-card") as HTMLElement | null)?.hidden, { timeout: 5_000, polling: 100 });
    return true;
  } catch {
    return false;
  }
}

/** Center of the first line of the highlighted claim whose text contains `text` (scrolled into view), or null. */
export function claimPoint(page: Page, text: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((needle) => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    const range = [...(registry?.get("sourcelight-claim") ?? [])].find((r) => r.toString().includes(needle));
    const mark = range ? null : [...document.querySelectorAll("sourcelight-mark")].find((m) => m.textContent?.includes(needle));
    if (!range && !mark) return null;
    (range ? range.startContainer.parentElement : mark)?.scrollIntoView({ block: "center" });
    const rect = (range ?? mark)?.getClientRects()[0];
    return rect ? { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 } : null;
  }, text);
}

/**
 * Hovers the highlighted claim whose text contains `claim` until its card, as `read` gives its
 * text, contains `wanted` (at most 30 tries, 150 ms apart); gives the last text read. Hovered
 * again each time: the scroll that brings the claim into view may still be moving the page.
 * Throws when the claim is not highlighted.
 */
export async function hoverClaimUntil(page: Page, claim: string, wanted: string, read: (page: Page) => Promise<string> = cardText): Promise<string> {
  let text = "";
  for (let i = 0; i < 30 && !text.includes(wanted); i++) {
    const point = await claimPoint(page, claim);
    if (!point) throw new Error(`no highlighted claim holds "${claim}"`);
    await page.mouse.move(1, 1);
    await page.mouse.move(point.x, point.y);
    await new Promise((r) => setTimeout(r, 150));
    text = await read(page);
  }
  return text;
}

/** The popup's count of claims ("All (479)" in the claim filter) and the line saying which highlights the page chose. */
export function popupView(popup: Page): Promise<{ claims: number; view: string }> {
  return popup.evaluate(() => {
    const all = [...document.querySelectorAll("label")].map((l) => /^All \((\d+)\)/.exec(l.textContent?.trim() ?? "")?.[1]).find(Boolean);
    const view = [...document.querySelectorAll(".site-controls p")].map((p) => p.textContent ?? "").find((t) => /claims here cite a source/.test(t)) ?? "";
    return { claims: Number(all ?? 0), view };
  });
}

/**
 * Picks a density on the (open) options page, as a reader would, and waits until it is saved.
 * Tests of other features use it to see every sourced claim highlighted: the default (`auto`)
 * shows only the exceptions on a page where most claims cite a source.
 */
export async function pickDensity(options: Page, density: "auto" | "all" | "warnings" | "minimal"): Promise<void> {
  await options.click(`input[name="density"][value="${density}"]`);
  await options.waitForFunction(() => document.querySelector('[role="status"]')?.textContent === "Saved.", { timeout: 5_000 });
}

/** The popup's groups of sources (issue 17): each heading, once every group is a region labelled by its heading. */
export async function sourceGroups(popup: Page): Promise<string[]> {
  await popup.waitForSelector(".source-group h3", { timeout: 10_000 });
  return popup.$$eval(".source-group", (groups) =>
    groups.map((g) => {
      const h = g.querySelector("h3");
      return h && g.getAttribute("aria-labelledby") === h.id && g.localName === "section" ? (h.textContent ?? "").replace(/\s+/g, " ").trim() : "(unlabelled group)";
    }),
  );
}
