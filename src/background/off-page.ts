/**
 * Extraction away from the page's main thread: the page's serialized HTML is parsed and read
 * here instead of in the page. Firefox's background is an event page with a DOM, so it parses
 * the HTML itself; Chrome's service worker has no DOMParser, so it asks an offscreen document
 * (created on first use, one at a time, then reused). Every answer is a typed `Reply`.
 * Also the way to read any other HTML, e.g. a fetched source page.
 */
import { extractFromHtml } from "../extract/from-html";
import { envelope, fail, isKeptReading, isOffPageResult, isQuickReading, isReply, ok, PAGE_HTML_LIMIT, type BackgroundToOffscreen, type OffPageResult, type QuickReading, type Reply } from "../messages";
import { browserApi, offscreenApi, type OffscreenApi } from "../platform/browser-api";
import { markStage } from "../platform/stage-marks";
import type { OnPiece } from "./content-client";

export type { OffPageResult } from "../messages";

/** The offscreen document's page (built from src/offscreen/). */
export const OFFSCREEN_PAGE = "offscreen.html";

export interface OffPageDeps {
  /** A DOMParser constructor where this context has one (Firefox's event page, tests). */
  DOMParser?: typeof DOMParser;
  /** Chrome's offscreen API and the runtime to message the document with. */
  offscreen?: OffscreenApi | null;
  sendMessage?: (message: unknown) => Promise<unknown>;
}

const defaults = (): OffPageDeps => ({
  DOMParser: typeof DOMParser === "function" ? DOMParser : undefined,
  offscreen: offscreenApi(),
  sendMessage: (m) => browserApi().runtime.sendMessage(m),
});

/** Parses `html` (a page at `url`) and extracts it; `paths` locate its blocks in the live page. */
export async function extractHtml(html: string, url: string, deps: OffPageDeps = defaults()): Promise<Reply<OffPageResult>> {
  if (html.length > PAGE_HTML_LIMIT) return fail("page-too-large", `This page is too large to read (more than ${PAGE_HTML_LIMIT} characters of HTML).`);
  if (deps.DOMParser) {
    try {
      markStage("extract-received");
      const result = extractFromHtml(html, url, new deps.DOMParser(), markStage);
      markStage("extracted");
      return ok(result);
    } catch (e) {
      return fail("extract-failed", `Sourcelight could not read this page (${e instanceof Error ? e.message : String(e)}).`);
    }
  }
  return askOffscreen("extractHtml", { html, url }, deps, isOffPageResult);
}

/** The full reading's answer when it equals the quick one (its report is the quick one's). */
export const SAME = "same";

/**
 * A page read in two steps: `quick` answers first, null where there is none (the page is read
 * once, or the quick guess was not sure of its article); `full()` later, `SAME` when it equals
 * the quick reading. After a quick reading the full one starts when `full()` is first called:
 * the background calls it once it has analyzed and sent the quick drawing, so that Readability
 * does not take the CPU from them (the machine may have two cores, and other work on them).
 */
export interface Reading {
  quick: Promise<Reply<OffPageResult> | null> | null;
  full: () => Promise<Reply<OffPageResult | typeof SAME>>;
}

/**
 * Passes a page's HTML on to the offscreen document piece by piece as the pieces arrive from
 * the page (`takeHtml`, one at a time, in order), so that the request to read it carries no
 * megabyte. Null where no offscreen document reads pages (Firefox parses in its event page).
 */
export interface HtmlFeed {
  piece: OnPiece;
  /** Whether every piece given so far reached the document. */
  taken: () => Promise<boolean>;
}

export function htmlFeed(deps: OffPageDeps = defaults()): HtmlFeed | null {
  if (deps.DOMParser || !deps.offscreen || !deps.sendMessage) return null;
  let chain: Promise<boolean> = Promise.resolve(true);
  return {
    piece(url, from, text) {
      const first = from === 0;
      chain = chain.then(async (fine) => {
        if (!fine) return false;
        const taken = await askOffscreen("takeHtml", { url, from, text }, deps, (x): x is null => x === null, { known: !first, mark: false });
        return taken.ok;
      });
    },
    taken: () => chain,
  };
}

/**
 * Reads a page quickly, then in full (Chrome's offscreen document keeps the parsed page between
 * the two; see BackgroundToOffscreen.extractQuick). Where the page is parsed here (Firefox's
 * event page), one full reading: a quick one would only delay it on the same thread. With
 * `feed`, the HTML was passed on as it arrived and the request names it only (its length),
 * unless a piece went astray.
 */
export function readHtml(html: string, url: string, deps: OffPageDeps = defaults(), feed: HtmlFeed | null = null): Reading {
  if (deps.DOMParser || html.length > PAGE_HTML_LIMIT) return once(extractHtml(html, url, deps));
  // The pieces taken, the document exists: asked at once, without looking for it.
  const asked = (feed ? feed.taken() : Promise.resolve(false)).then((taken) =>
    taken ? askOffscreen("extractQuick", { url, length: html.length }, deps, isQuickReading, { known: true }) : askOffscreen("extractQuick", { html, url }, deps, isQuickReading),
  );
  return twoSteps(asked, url, async () => ok(html), deps);
}

/**
 * Chrome: tells the offscreen document (opened first when needed) that the page in `tabId` will
 * post its HTML there itself, under a new token, which is returned for the page (serialize's
 * `to`). Null where pages are read here, or where the document could not be told: then the
 * pieces come through the background (`htmlFeed`).
 */
export async function announcePage(tabId: number, deps: OffPageDeps = defaults()): Promise<string | null> {
  if (deps.DOMParser || !deps.offscreen || !deps.sendMessage) return null;
  const token = crypto.randomUUID();
  const told = await askOffscreen("expectHtml", { token, tabId }, deps, (x): x is null => x === null, { mark: false });
  return told.ok ? token : null;
}

/**
 * Reads, quickly then in full, a page whose content script posted its HTML to the offscreen
 * document (`announcePage`); where that reading fails, the HTML is read from the page after all
 * (`html`) and read in full.
 */
export function readPosted(page: { url: string; length: number; token: string }, html: () => Promise<Reply<string>>, deps: OffPageDeps = defaults()): Reading {
  const { url, length, token } = page;
  const asked = askOffscreen("extractQuick", { url, length, token }, deps, isQuickReading, { known: true });
  return twoSteps(asked, url, html, deps);
}

/** The two readings of a page the offscreen document was `asked` to read quickly; `html` gives the page's HTML for a fresh start. */
function twoSteps(asked: Promise<Reply<QuickReading>>, url: string, html: () => Promise<Reply<string>>, deps: OffPageDeps): Reading {
  const quick = asked.then((q) => (q.ok && q.value.full ? null : q.ok ? ok(offPage(q.value)) : q));
  let full: Promise<Reply<OffPageResult | typeof SAME>> | null = null;
  const readFull = async (): Promise<Reply<OffPageResult | typeof SAME>> => {
    const q = await asked;
    if (q.ok && q.value.full) return ok(offPage(q.value));
    // The document has just answered, so it exists: asked at once, without looking for it.
    const kept = q.ok ? await askOffscreen("extractKept", { url }, deps, isKeptReading, { known: true }) : q;
    if (kept.ok) return ok("same" in kept.value ? SAME : kept.value);
    // After a failed quick reading (or a kept page lost meanwhile), the full reading starts over.
    const text = await html();
    return text.ok ? extractHtml(text.value, url, deps) : text;
  };
  return { quick, full: () => (full ??= readFull()) };
}

/** A reading in one step. */
export const once = (full: Promise<Reply<OffPageResult>>): Reading => ({ quick: null, full: () => full });

/** The reading itself, without the answer's flags. */
const offPage = ({ snapshot, paths }: OffPageResult): OffPageResult => ({ snapshot, paths });

/** One request to the offscreen document (created first when needed), its answer checked. */
async function askOffscreen<K extends keyof BackgroundToOffscreen & string>(
  type: K,
  args: Parameters<BackgroundToOffscreen[K]>[0],
  deps: OffPageDeps,
  isAnswer: (x: unknown) => x is ReturnType<BackgroundToOffscreen[K]>,
  { known = false, mark = type !== "extractKept" }: { known?: boolean; mark?: boolean } = {},
): Promise<Reply<ReturnType<BackgroundToOffscreen[K]>>> {
  if (!deps.offscreen || !deps.sendMessage) return fail("extract-failed", "This browser offers no place to read the page outside it.");
  if (!known) {
    const ready = await ensureDocument(deps.offscreen);
    if (!ready.ok) return ready;
  }
  let answer: unknown;
  try {
    if (mark) markStage("extract-sent");
    answer = await deps.sendMessage(envelope<BackgroundToOffscreen, K>(type, args as never));
  } catch (e) {
    return fail("extract-failed", `The reading document did not answer (${String(e)}).`);
  }
  if (!isReply(answer)) return fail("malformed-message", "The reading document answered with something unexpected.");
  if (!answer.ok) return answer;
  return isAnswer(answer.value) ? ok(answer.value) : fail("malformed-message", "The reading document's answer has the wrong shape.");
}

let creating: Promise<Reply<null>> | null = null;

/**
 * Creates the offscreen document unless it exists; concurrent callers share one creation. A
 * document being created already counts as open to `exists` (Chrome lists it before its script
 * has run and listens), so a creation in progress is waited for first.
 */
async function ensureDocument(offscreen: OffscreenApi): Promise<Reply<null>> {
  if (creating) return creating;
  if (await offscreen.exists(OFFSCREEN_PAGE)) return creating ?? ok(null);
  creating ??= offscreen
    .createDocument({ url: OFFSCREEN_PAGE, reasons: ["DOM_PARSER"], justification: "Parse the page's HTML to find its article and citations without slowing the page down." })
    .then(
      () => ok(null),
      // Created meanwhile by another run (e.g. a worker restarted mid-creation): fine.
      (e: unknown) => (/single offscreen/i.test(String(e)) ? ok(null) : fail("extract-failed", `Could not open the reading document (${String(e)}).`)),
    )
    .finally(() => {
      creating = null;
    });
  return creating;
}
