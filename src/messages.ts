/**
 * The one protocol between the extension's parts. Each direction is a map of
 * `method(args): result`; messages travel as `{ channel, type, args }` envelopes and every
 * answer is a `Reply` (a value or a typed error), so no side ever has to guess a shape.
 * The guards here are what every listener runs before acting: a message that fails them is
 * answered with `malformed-message`, never acted on. Pure: imports only the data contracts.
 */
import type { OffPageResult } from "./extract/from-html";
import { PAGE_PARTS_MAX, PAGE_PART_PASSAGE_MAX, PAGE_PART_TEXT_MAX, type PageClaimVia, type PageReport } from "./page-report";
import { SPEAKER_KINDS, type PageSnapshot, type Report } from "./report";

export type { OffPageResult } from "./extract/from-html";

/** What the background knows about one tab. */
export type TabState =
  | { status: "none" }
  | { status: "working"; stage: Stage; progress?: Progress }
  | { status: "done"; report: Report; drawn: DrawResult | null; unsaved?: true };

/** Steps of one annotation run, in order (the popup shows them as progress). */
export type Stage = "injecting" | "reading" | "analyzing" | "drawing";

/** How far a long step has come (claims placed while drawing a large page). */
export interface Progress {
  done: number;
  total: number;
}

/** The page as the content script hands it over for extraction away from the page's main thread. */
export interface SerializedPage {
  /** `document.documentElement.outerHTML` (at most PAGE_HTML_LIMIT characters). */
  html: string;
  /** `location.href`. */
  url: string;
}

/**
 * The largest page (characters of serialized HTML) Sourcelight reads: about 40 times a long
 * Wikipedia article, well under the 64 MiB a browser message may carry. Above it the answer
 * is `page-too-large`, never a hang.
 */
export const PAGE_HTML_LIMIT = 24 * 2 ** 20;

/** The page's HTML travels in pieces of at most this many characters (one message each stays short). */
export const HTML_PART = 256 * 1024;

/** What `serialize` answers: the page's address and how long its HTML is (read it with `readHtml`). */
export interface SerializedInfo {
  url: string;
  length: number;
  /**
   * Where each piece of the HTML starts (0 first, each piece at most HTML_PART characters and
   * never ending inside a surrogate pair), so that the pieces can be asked for all at once.
   */
  starts?: number[];
  /** The pieces went straight to the offscreen document over `HTML_PORT` (serialize's `to`); `readHtml` still reads them. */
  posted?: true;
}

/** The most pieces a page's HTML is read in. */
export const MAX_HTML_PARTS = Math.ceil(PAGE_HTML_LIMIT / (HTML_PART - 1)) + 1;

/** A page whose HTML was sent to the offscreen document piece by piece (`takeHtml`) as it arrived from the page. */
export interface TakenPage {
  url: string;
  /** How long the HTML is: the pieces taken must add up to it. */
  length: number;
  /** The pieces came from the page itself, over `HTML_PORT`, with this run's token (see `expectHtml`). */
  token?: string;
}

/**
 * The name of the port on which Chrome's content script posts the page's HTML straight to the
 * offscreen document: one hop, where passing each piece on through the background took two.
 * Only a tab the background announced with `expectHtml`, and only with that run's token, is read.
 */
export const HTML_PORT = "sourcelight-html";

/** One piece of a page's HTML on `HTML_PORT`: `length` is the whole HTML's, the pieces come in order. */
export interface HtmlPiece {
  token: string;
  url: string;
  from: number;
  length: number;
  text: string;
}

/** What the content script managed to draw. */
export interface DrawResult {
  /** Claims with sources that were found again in the page and highlighted. */
  anchored: number;
  /** Ids of claims with sources that could not be placed in the page. */
  missing: string[];
  /** "highlight" = CSS Custom Highlight API, "mark" = <sourcelight-mark> elements. */
  mode: "highlight" | "mark";
  /** Claims without sources highlighted on request (0 when not asked for). */
  unsourced?: number;
  /** Which claims are highlighted (density.ts); `adapted` when the page's own mix chose it ("auto"). */
  view?: HighlightView;
  adapted?: boolean;
}

/**
 * Which claims the page highlights: `auto` (the default) adapts to the page, else every
 * sourced claim, only those with a problem, or one per source.
 */
export type Density = "auto" | "all" | "warnings" | "minimal";
export const DENSITIES: readonly Density[] = ["auto", "all", "warnings", "minimal"];

/** What a density draws: `exceptions` is auto's choice on a mostly sourced page (claims with a problem, sourced or not). */
export type HighlightView = Exclude<Density, "auto"> | "exceptions";
export const HIGHLIGHT_VIEWS: readonly HighlightView[] = ["all", "exceptions", "warnings", "minimal"];

/** How the content script draws (from the reader's settings). */
export interface DrawOptions {
  style: "marker" | "underline";
  /** Also highlight claims that have no source. */
  unsourced: boolean;
  /** Which sourced claims to highlight (`all` when absent); see density.ts. */
  density?: Density;
}

/** Requests from extension pages (popup, options) to the background. */
export interface PopupToBackground {
  /** The cached report, or the run in progress, for a tab. */
  getState(args: { tabId: number }): TabState;
  /** Inject the content script into the tab, read the page, analyze it, draw it. `unsaved`: storage could not hold the report. */
  annotate(args: { tabId: number }): { report: Report; drawn: DrawResult | null; unsaved?: true };
  /** Scroll the tab's page to a claim and flash it. */
  focusClaim(args: { tabId: number; claim: string }): { found: boolean };
  /** Remove every annotation from the tab's page (the report stays cached). */
  clear(args: { tabId: number }): { cleared: boolean };
  /** Draw the cached report again, with or without highlights on unsourced claims. */
  showUnsourced(args: { tabId: number; on: boolean }): { drawn: DrawResult | null };
  /** Visit the cited links of the tab's report ("Check sources"); the checked report replaces the cached one. */
  checkSources(args: { tabId: number }): { report: Report };
  /** Stop the tab's "Check sources" run (its `checkSources` request answers `cancelled`). */
  cancelCheck(args: { tabId: number }): { cancelled: boolean };
  /** List the site of the tab's report for "always annotate" once the popup's request for its permission is granted (the background waits: Chrome closes the popup on the prompt). */
  alwaysAnnotate(args: { tabId: number }): { host: string };
}

/** Requests from the background to the content script it injected. */
export interface BackgroundToContent {
  /**
   * Serialize the page, to be extracted off the page's main thread; its HTML is then read with
   * `readHtml`. With `to` (a run's token), the pieces are also posted at once on `HTML_PORT`.
   */
  serialize(args: { to?: string }): SerializedInfo;
  /** The piece of the HTML `serialize` prepared that starts at `from` (up to the next of its `starts`; at most HTML_PART characters). */
  readHtml(args: { from: number }): string;
  /**
   * Draw highlights and hover cards for a report (replaces any earlier drawing), in slices
   * between which the page runs. The report is the part the page needs (page-report.ts);
   * `paths`: where extraction found the blocks that hold its claims (see `OffPageResult`).
   */
  draw(args: { report: PageReport; options: DrawOptions; paths?: Record<string, number[]> }): DrawResult;
  /**
   * Draw the page's report again, now checked ("Check sources": verdicts and passages for the
   * hover card), with the options of the drawing on the page; null when nothing is drawn.
   */
  update(args: { report: PageReport }): DrawResult | null;
  /**
   * Add to the drawing of page `url` the key points that restate its claims (claim id → `via`),
   * for their hover cards; sent after a drawing made before the report's summary was picked.
   * `patched` is false when no drawing of that page is on it.
   */
  addVia(args: { url: string; via: ClaimViaPatch }): { patched: boolean };
  /** What is drawn now (after any re-anchoring since the page changed); null when nothing is. */
  status(args: Record<string, never>): DrawResult | null;
  /** Scroll to a claim and flash it. */
  focusClaim(args: { claim: string }): { found: boolean };
  /** Remove everything Sourcelight added to the page. */
  clear(args: Record<string, never>): { cleared: boolean };
}

/** Claim id → the sourced key points that restate the claim (`PageClaim.via`). */
export type ClaimViaPatch = Record<string, PageClaimVia[]>;

/** Events from the content script to the background (no answer expected). */
export interface ContentToBackground {
  /** A drawing in progress has placed `done` of `total` claims. */
  drawProgress(args: Progress): null;
}

/** Requests from the background to its offscreen document (Chrome: the service worker has no DOM). */
export interface BackgroundToOffscreen {
  /** Parse a serialized page and extract it; the element paths locate its blocks in the live page. */
  extractHtml(args: SerializedPage): OffPageResult;
  /**
   * Parse a serialized page and read it quickly (its article guessed without Readability, see
   * extract's `quick`); the parsed page is kept for `extractKept`, in place of any kept before.
   * When the quick guess is not sure of its article, the answer is the full reading (`full`)
   * and nothing is kept.
   */
  extractQuick(args: SerializedPage | TakenPage): QuickReading;
  /**
   * A piece of a page's HTML, passed on as it arrives from the page (`from` 0 starts a page
   * anew), so that `extractQuick` with a `TakenPage` needs no message carrying the whole page.
   */
  takeHtml(args: { url: string; from: number; text: string }): null;
  /**
   * The HTML of the page in `tabId` is coming straight from its content script over `HTML_PORT`
   * with `token` (which only that run's content script is given); `extractQuick` with the token
   * reads it once it has arrived. Replaces an earlier announcement for the tab.
   */
  expectHtml(args: { token: string; tabId: number }): null;
  /**
   * The full reading of the page the last `extractQuick` kept at `url` (then dropped), or
   * `{ same: true }` when it equals the quick one; `extract-failed` when none is kept.
   */
  extractKept(args: { url: string }): KeptReading;
}

/** What `extractQuick` answers: a quick reading, or (`full`) the full one where the quick guess was not sure. */
export type QuickReading = OffPageResult & { full?: true };

/** What `extractKept` answers: the full reading, or that it equals the quick one. */
export type KeptReading = OffPageResult | { same: true };

/** Events from the background to open extension pages (no answer expected). */
export interface BackgroundToPopup {
  /** An annotation run for `tabId` reached `stage` (and, in a long step, `progress`). */
  progress(args: { tabId: number; stage: Stage; progress?: Progress }): null;
  /** A "Check sources" run for `tabId` has visited `done` of `total` links. */
  checkProgress(args: { tabId: number; progress: Progress }): null;
}

/** Error codes every side may answer with; the popup maps each to a next step. */
export type ErrorCode =
  | "malformed-message"
  | "unknown-message"
  | "forbidden-sender"
  | "no-tab"
  | "restricted-page"
  | "no-permission"
  | "no-content-script"
  | "page-too-large"
  | "extract-failed"
  | "analyze-failed"
  | "cancelled"
  | "internal";

export interface ProtocolError {
  code: ErrorCode;
  message: string;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: ProtocolError };

export const CHANNEL = "sourcelight";

type Method = (args: never) => unknown;
export type ArgsOf<M extends Method> = Parameters<M>[0];
export type ResultOf<M extends Method> = ReturnType<M>;

/** The wire form of one message of protocol map `P`. */
export type Envelope<P, K extends keyof P = keyof P> = K extends keyof P
  ? P[K] extends Method
    ? { channel: typeof CHANNEL; type: K; args: ArgsOf<P[K]> }
    : never
  : never;

/** One guard per message type of `P`: the mapped type makes a missing guard a compile error. */
export type Guards<P> = { [K in keyof P]: P[K] extends Method ? (args: unknown) => args is ArgsOf<P[K]> : never };

/** Builds an envelope (the only way the code creates messages). */
export function envelope<P, K extends keyof P & string>(type: K, args: P[K] extends Method ? ArgsOf<P[K]> : never): Envelope<P, K> {
  return { channel: CHANNEL, type, args } as Envelope<P, K>;
}

export function ok<T>(value: T): Reply<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string): Reply<never> {
  return { ok: false, error: { code, message } };
}

// ───────────────────────────── shape guards ─────────────────────────────

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
/** A whole number ≥ 0: a tab id, an index, a count. */
const isNatural = (x: unknown): x is number => typeof x === "number" && Number.isInteger(x) && x >= 0;
const isShortString = (x: unknown, max = 200): x is string => typeof x === "string" && x.length > 0 && x.length <= max;
const isEmpty = (x: unknown): x is Record<string, never> => isObject(x) && Object.keys(x).length === 0;
const hasOnly = (x: Record<string, unknown>, keys: string[]): boolean => Object.keys(x).every((k) => keys.includes(k));

/** Reads an envelope off an unknown message; null when it is not one of ours. */
export function readEnvelope(message: unknown): { type: string; args: unknown } | null {
  if (!isObject(message) || message.channel !== CHANNEL || typeof message.type !== "string") return null;
  return { type: message.type, args: message.args };
}

/** True for an answer shaped like a `Reply` (the value itself is checked by the caller). */
export function isReply(x: unknown): x is Reply<unknown> {
  if (!isObject(x)) return false;
  if (x.ok === true) return "value" in x;
  return x.ok === false && isObject(x.error) && typeof x.error.code === "string" && typeof x.error.message === "string";
}

/** A cheap structural check of a PageSnapshot (it comes from a page's renderer: not trusted). */
export function isSnapshot(x: unknown): x is PageSnapshot {
  if (!isObject(x) || x.snapshotVersion !== 1 || typeof x.found !== "boolean" || typeof x.url !== "string") return false;
  const blocksOk = Array.isArray(x.blocks) && x.blocks.every((b) => isObject(b) && typeof b.id === "string" && typeof b.text === "string" && Array.isArray(b.markers) && Array.isArray(b.links));
  const refsOk = Array.isArray(x.references) && x.references.every((r) => isObject(r) && typeof r.id === "string" && typeof r.raw === "string" && Array.isArray(r.links));
  return blocksOk && refsOk && Array.isArray(x.keyPoints) && isObject(x.stats);
}


/** At most this many ids and this deep a path (extract's block, reference and depth limits, rounded up). */
const MAX_PATHS = 10_000;
const MAX_PATH_DEPTH = 512;

/** A structural check of element paths: id → element-child indices. */
export function isPaths(x: unknown): x is Record<string, number[]> {
  if (!isObject(x)) return false;
  const entries = Object.entries(x);
  return entries.length <= MAX_PATHS && entries.every(([id, p]) => id.length <= 20 && Array.isArray(p) && p.length <= MAX_PATH_DEPTH && p.every(isNatural));
}

/** A structural check of a serialized page (its size included). */
export function isSerializedPage(x: unknown): x is SerializedPage {
  return isObject(x) && hasOnly(x, ["html", "url"]) && typeof x.html === "string" && x.html.length <= PAGE_HTML_LIMIT && isShortString(x.url, 8192);
}

/** A structural check of a `TakenPage`. */
export function isTakenPage(x: unknown): x is TakenPage {
  return isObject(x) && hasOnly(x, ["url", "length", "token"]) && isShortString(x.url, 8192) && isNatural(x.length) && x.length <= PAGE_HTML_LIMIT && (x.token === undefined || isToken(x.token));
}

/** A run's token: what `crypto.randomUUID()` gives. */
export function isToken(x: unknown): x is string {
  return typeof x === "string" && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(x);
}

/** A structural check of a piece on `HTML_PORT` (never past its page's length, never past PAGE_HTML_LIMIT). */
export function isHtmlPiece(x: unknown): x is HtmlPiece {
  return (
    isObject(x) &&
    hasOnly(x, ["token", "url", "from", "length", "text"]) &&
    isToken(x.token) &&
    isShortString(x.url, 8192) &&
    isNatural(x.from) &&
    isNatural(x.length) &&
    x.length <= PAGE_HTML_LIMIT &&
    isShortString(x.text, HTML_PART) &&
    x.from + x.text.length <= x.length
  );
}

/** A structural check of what `serialize` answers (the pieces' starts rising from 0 by at most HTML_PART). */
export function isSerializedInfo(x: unknown): x is SerializedInfo {
  if (!isObject(x) || !hasOnly(x, ["url", "length", "starts", "posted"]) || !isShortString(x.url, 8192) || !isNatural(x.length) || x.length > PAGE_HTML_LIMIT) return false;
  if (x.posted !== undefined && x.posted !== true) return false;
  if (x.starts === undefined) return true;
  const { starts, length } = x;
  return (
    Array.isArray(starts) &&
    starts.length <= MAX_HTML_PARTS &&
    starts.every((v, i) => isNatural(v) && (i === 0 ? v === 0 : v > starts[i - 1] && v - starts[i - 1] <= HTML_PART) && (v < length || (i === 0 && length === 0))) &&
    length - (starts[starts.length - 1] ?? 0) <= HTML_PART
  );
}

/** A structural check of what off-page extraction returns. */
export function isOffPageResult(x: unknown): x is OffPageResult {
  return isObject(x) && hasOnly(x, ["snapshot", "paths"]) && isSnapshot(x.snapshot) && isPaths(x.paths);
}

/** A structural check of what `extractQuick` answers. */
export function isQuickReading(x: unknown): x is QuickReading {
  if (!isObject(x) || !("full" in x)) return isOffPageResult(x);
  const { full, ...rest } = x;
  return full === true && isOffPageResult(rest);
}

/** A structural check of what `extractKept` answers. */
export function isKeptReading(x: unknown): x is KeptReading {
  return (isObject(x) && hasOnly(x, ["same"]) && x.same === true) || isOffPageResult(x);
}

/** A structural check of a progress count. */
export function isProgress(x: unknown): x is Progress {
  return isObject(x) && hasOnly(x, ["done", "total"]) && isNatural(x.done) && isNatural(x.total) && x.done <= x.total;
}

/** A structural check of a verdict's parts as the page gets them (at most PAGE_PARTS_MAX, short texts). */
function isPageParts(x: unknown): boolean {
  return (
    Array.isArray(x) &&
    x.length <= PAGE_PARTS_MAX &&
    x.every((p) => isObject(p) && hasOnly(p, ["text", "found", "passage"]) && isShortString(p.text, PAGE_PART_TEXT_MAX) && typeof p.found === "boolean" && (p.passage === null || isShortString(p.passage, PAGE_PART_PASSAGE_MAX)))
  );
}

/**
 * A structural check of the report the page draws: a PageReport and nothing more (a full
 * Report is refused, so a sender that forgets `pageReportOf` is caught, not slow).
 */
export function isPageReport(x: unknown): x is PageReport {
  if (!isObject(x) || !hasOnly(x, ["url", "references", "claims"]) || typeof x.url !== "string") return false;
  const claimsOk =
    Array.isArray(x.claims) &&
    x.claims.every(
      (c) =>
        isObject(c) && typeof c.id === "string" && typeof c.text === "string" && typeof c.block === "string" && isNatural(c.start) && isNatural(c.end) &&
        Array.isArray(c.checks) && Array.isArray(c.sources) && c.sources.every((s) => isObject(s) && typeof s.ref === "string" && (s.parts === undefined || isPageParts(s.parts))) &&
        (c.via === undefined || isVia(c.via)) &&
        (c.said === undefined || isSaid(c.said)),
    );
  const refsOk = Array.isArray(x.references) && x.references.every((r) => isObject(r) && typeof r.id === "string" && typeof r.raw === "string" && Array.isArray(r.checks));
  return claimsOk && refsOk;
}

/** A claim's `via`: the key points (by index) and the references they are sourced to. */
const isVia = (x: unknown): boolean => Array.isArray(x) && x.every((v) => isObject(v) && isNatural(v.point) && typeof v.ref === "string");

/** Claim id → via, for `addVia`. */
function isViaPatch(x: unknown): x is ClaimViaPatch {
  return isObject(x) && Object.values(x).every(isVia);
}

/** The page's answer to `addVia`. */
export const isViaPatched = (x: unknown): x is { patched: boolean } => isObject(x) && typeof x.patched === "boolean";

/** A claim's speakers for its card: a short list of { speaker, role, speakerKind }. */
function isSaid(x: unknown): boolean {
  const text = (v: unknown) => v === null || (typeof v === "string" && v.length <= 400);
  return Array.isArray(x) && x.length <= 8 && x.every((s) => isObject(s) && text(s.speaker) && text(s.role) && (SPEAKER_KINDS as readonly unknown[]).includes(s.speakerKind));
}

const tabArgs = (x: unknown): x is { tabId: number } => isObject(x) && hasOnly(x, ["tabId"]) && isNatural(x.tabId);
const claimArgs = (x: unknown): x is { tabId: number; claim: string } =>
  isObject(x) && hasOnly(x, ["tabId", "claim"]) && isNatural(x.tabId) && isShortString(x.claim);

const toggleArgs = (x: unknown): x is { tabId: number; on: boolean } =>
  isObject(x) && hasOnly(x, ["tabId", "on"]) && isNatural(x.tabId) && typeof x.on === "boolean";

export const popupToBackgroundGuards: Guards<PopupToBackground> = {
  getState: tabArgs,
  annotate: tabArgs,
  focusClaim: claimArgs,
  clear: tabArgs,
  showUnsourced: toggleArgs,
  checkSources: tabArgs,
  cancelCheck: tabArgs,
  alwaysAnnotate: tabArgs,
};

/** A structural check of draw options. */
export function isDrawOptions(x: unknown): x is DrawOptions {
  return (
    isObject(x) &&
    (x.style === "marker" || x.style === "underline") &&
    typeof x.unsourced === "boolean" &&
    (x.density === undefined || (DENSITIES as readonly unknown[]).includes(x.density))
  );
}

/** A structural check of what the content script says it drew. */
export function isDrawResult(x: unknown): x is DrawResult {
  return (
    isObject(x) &&
    typeof x.anchored === "number" &&
    Array.isArray(x.missing) &&
    x.missing.every((m) => typeof m === "string") &&
    (x.mode === "highlight" || x.mode === "mark") &&
    (x.unsourced === undefined || typeof x.unsourced === "number") &&
    (x.view === undefined || (HIGHLIGHT_VIEWS as readonly unknown[]).includes(x.view)) &&
    (x.adapted === undefined || typeof x.adapted === "boolean")
  );
}

export const backgroundToContentGuards: Guards<BackgroundToContent> = {
  serialize: (x): x is { to?: string } => isEmpty(x) || (isObject(x) && hasOnly(x, ["to"]) && isToken(x.to)),
  readHtml: (x): x is { from: number } => isObject(x) && hasOnly(x, ["from"]) && isNatural(x.from) && x.from <= PAGE_HTML_LIMIT,
  draw: (x): x is { report: PageReport; options: DrawOptions; paths?: Record<string, number[]> } =>
    isObject(x) && hasOnly(x, ["report", "options", "paths"]) && isPageReport(x.report) && isDrawOptions(x.options) && (x.paths === undefined || isPaths(x.paths)),
  update: (x): x is { report: PageReport } => isObject(x) && hasOnly(x, ["report"]) && isPageReport(x.report),
  addVia: (x): x is { url: string; via: ClaimViaPatch } => isObject(x) && hasOnly(x, ["url", "via"]) && typeof x.url === "string" && isViaPatch(x.via),
  status: isEmpty,
  focusClaim: (x): x is { claim: string } => isObject(x) && hasOnly(x, ["claim"]) && isShortString(x.claim),
  clear: isEmpty,
};

const STAGES: readonly Stage[] = ["injecting", "reading", "analyzing", "drawing"];

export const backgroundToPopupGuards: Guards<BackgroundToPopup> = {
  progress: (x): x is { tabId: number; stage: Stage; progress?: Progress } =>
    isObject(x) && isNatural(x.tabId) && typeof x.stage === "string" && (STAGES as readonly string[]).includes(x.stage) && (x.progress === undefined || isProgress(x.progress)),
  checkProgress: (x): x is { tabId: number; progress: Progress } => isObject(x) && hasOnly(x, ["tabId", "progress"]) && isNatural(x.tabId) && isProgress(x.progress),
};

export const contentToBackgroundGuards: Guards<ContentToBackground> = {
  drawProgress: isProgress,
};

export const backgroundToOffscreenGuards: Guards<BackgroundToOffscreen> = {
  extractHtml: isSerializedPage,
  extractQuick: (x): x is SerializedPage | TakenPage => isSerializedPage(x) || isTakenPage(x),
  takeHtml: (x): x is { url: string; from: number; text: string } =>
    isObject(x) && hasOnly(x, ["url", "from", "text"]) && isShortString(x.url, 8192) && isNatural(x.from) && x.from < PAGE_HTML_LIMIT && typeof x.text === "string" && x.text.length > 0 && x.text.length <= HTML_PART,
  extractKept: (x): x is { url: string } => isObject(x) && hasOnly(x, ["url"]) && isShortString(x.url, 8192),
  expectHtml: (x): x is { token: string; tabId: number } => isObject(x) && hasOnly(x, ["token", "tabId"]) && isToken(x.token) && isNatural(x.tabId),
};
