/**
 * Visits one link the way "Check sources" promises: only http(s), no cookies or other
 * credentials, redirects followed (and reported), one timeout covering the whole answer,
 * and at most `maxBytes` of body read: the stream is cancelled past the cap, so a huge
 * page costs no more than a small one. `fetch` is passed in, so the same code runs in the
 * service worker, the event page, Node and the tests; a cancelled run rejects with the
 * caller's abort reason, every other failure is a typed answer.
 */
import { isUnsafe, malformedReason } from "../analyze/url-checks";
import { parseLoose } from "../analyze/urls";
import { CHECK_PATTERNS } from "./patterns";

/** The fetch this module calls: the platform's, or a test's. */
export type FetchFn = (request: Request) => Promise<Response>;

export interface FetchLimits {
  fetch: FetchFn;
  timeoutMs: number;
  maxBytes: number;
  signal?: AbortSignal;
}

/** What one request gave: an answer (with its text when it is a page), or a failure. */
export type Fetched =
  | { kind: "answer"; httpStatus: number; finalUrl: string; redirected: boolean; contentType: string; html: string | null; truncated: boolean }
  | { kind: "failed"; reason: string }
  /** Redirected to an address this context may not read (a browser without that site's permission): where to, when known. */
  | { kind: "moved"; location: string | null };

const ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5";

/**
 * The address to visit for a reference URL as written, or null when it must not be
 * visited: unsafe schemes, anything but http(s), hosts that are not real. A URL written
 * without a scheme ("38north.org/…") is visited as https, as a reader would type it.
 */
export function checkableUrl(url: string | null): string | null {
  if (!url || isUnsafe(url)) return null;
  const reason = malformedReason(url);
  if (reason && reason !== "has no scheme") return null;
  const u = parseLoose(url);
  if (!u || !/^https?:$/.test(u.protocol) || u.username || u.password) return null;
  u.hash = "";
  return u.href;
}

/** The request "Check sources" sends: no cookies, no referrer, redirects followed. */
export function linkRequest(url: string, signal: AbortSignal, redirect: RequestRedirect = "follow"): Request {
  return new Request(url, {
    method: "GET",
    credentials: "omit",
    redirect,
    referrerPolicy: "no-referrer",
    cache: "no-store",
    headers: { accept: ACCEPT },
    signal,
  });
}

async function readCapped(res: Response, maxBytes: number, stopped: Promise<never>): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  const reader = res.body?.getReader();
  if (!reader) return { bytes: new Uint8Array(0), truncated: false };
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  stopped.catch(() => reader.cancel().catch(() => undefined));
  for (;;) {
    const { done, value } = await Promise.race([reader.read(), stopped]);
    if (done) break;
    if (size + value.byteLength > maxBytes) {
      chunks.push(value.subarray(0, maxBytes - size));
      size = maxBytes;
      truncated = true;
      // Stop the download itself, not only our reading of it.
      await reader.cancel().catch(() => undefined);
      break;
    }
    chunks.push(value);
    size += value.byteLength;
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { bytes, truncated };
}

function decode(bytes: Uint8Array, contentType: string): string {
  const charset = /charset\s*=\s*"?([\w-]+)/i.exec(contentType)?.[1] ?? "utf-8";
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder().decode(bytes);
  }
}

/** Timer steps of the timeout; a step that took longer than this was partly time the thread was busy. */
const TICK_MS = 250;

/**
 * Calls `onTimeout` once `ms` have passed in which this thread was free to hear the answer.
 * Parsing a large page is synchronous (jsdom, the browser's HTML parser) and holds every
 * other request's answer unread meanwhile; counting that time would time out links that
 * did answer.
 * (An own timer also avoids AbortSignal.timeout, which Node may collect before it fires.)
 */
export function freeTimeTimeout(ms: number, onTimeout: () => void): () => void {
  let counted = 0;
  let last = Date.now();
  const id = setInterval(() => {
    const now = Date.now();
    counted += Math.min(Math.max(0, now - last), TICK_MS);
    last = now;
    if (counted >= ms) {
      clearInterval(id);
      onTimeout();
    }
  }, TICK_MS);
  return () => clearInterval(id);
}

/** Requests whose fetch has not settled yet (see `fetchLink`). */
const held = new Set<Request>();

const seconds = (ms: number): string => String(Math.round(ms / 100) / 10);

/** Visits one address (already passed through `checkableUrl`). */
export async function fetchLink(url: string, limits: FetchLimits): Promise<Fetched> {
  const { signal } = limits;
  signal?.throwIfAborted();
  const timeout = new AbortController();
  const clear = freeTimeTimeout(limits.timeoutMs, () => timeout.abort(new DOMException("timed out", "TimeoutError")));
  const stop = () => timeout.abort(signal?.reason);
  signal?.addEventListener("abort", stop, { once: true });
  // Raced as well as passed on: some fetch implementations lose a Request's signal.
  const stopped = new Promise<never>((_, reject) => timeout.signal.addEventListener("abort", () => reject(timeout.signal.reason), { once: true }));
  stopped.catch(() => undefined);
  try {
    const request = linkRequest(url, timeout.signal);
    const pending = limits.fetch(request);
    // Node's fetch follows a Request's signal through a weak reference: holding the Request
    // until its fetch settles keeps an abort able to close the connection.
    held.add(request);
    pending.then(
      () => held.delete(request),
      () => held.delete(request),
    );
    const res = await Promise.race([pending, stopped]);
    const contentType = res.headers.get("content-type") ?? "";
    const finalUrl = res.url || url;
    let html: string | null = null;
    let truncated = false;
    if (!contentType || CHECK_PATTERNS.htmlType.test(contentType)) {
      const read = await readCapped(res, limits.maxBytes, stopped);
      html = decode(read.bytes, contentType);
      truncated = read.truncated;
    } else {
      await res.body?.cancel().catch(() => undefined);
    }
    return { kind: "answer", httpStatus: res.status, finalUrl, redirected: res.redirected || finalUrl !== url, contentType, html, truncated };
  } catch (err) {
    if (signal?.aborted) throw signal.reason;
    if (timeout.signal.aborted) return { kind: "failed", reason: `no answer within ${seconds(limits.timeoutMs)} s` };
    const moved = await redirectProbe(url, limits);
    if (moved) return moved;
    const cause = (err as { cause?: { code?: string } }).cause?.code;
    return { kind: "failed", reason: cause ? `the connection failed (${cause})` : "the connection failed" };
  } finally {
    clear();
    signal?.removeEventListener("abort", stop);
  }
}

/**
 * After a failed visit: whether the link answered with a redirect. A browser extension may
 * read only the sites the reader granted, so following a redirect to another site fails like
 * a dead link; asked again without following, the answer says it moved (where to, when the
 * browser tells: it hides the address of a redirect it does not follow).
 */
async function redirectProbe(url: string, limits: FetchLimits): Promise<Fetched | null> {
  if (limits.signal?.aborted) return null;
  const probe = new AbortController();
  const clear = freeTimeTimeout(limits.timeoutMs, () => probe.abort());
  const stop = () => probe.abort();
  limits.signal?.addEventListener("abort", stop, { once: true });
  try {
    const res = await limits.fetch(linkRequest(url, probe.signal, "manual"));
    await res.body?.cancel().catch(() => undefined);
    if (res.type !== "opaqueredirect" && !(res.status >= 300 && res.status < 400)) return null;
    const to = res.headers.get("location");
    let location: string | null = null;
    try {
      location = to ? new URL(to, url).href : null;
    } catch {
      location = null;
    }
    return { kind: "moved", location };
  } catch {
    return null;
  } finally {
    clear();
    limits.signal?.removeEventListener("abort", stop);
  }
}

/**
 * Runs `task` on every item with at most `limit` running at once, in order of the items.
 * When `signal` aborts, no further task starts and the run rejects with its reason.
 */
export async function runLimited<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>, signal?: AbortSignal): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      signal?.throwIfAborted();
      const i = next++;
      out[i] = await task(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  signal?.throwIfAborted();
  return out;
}
