/**
 * The content script's message listener: only our background may talk to it, only with
 * well-formed requests; each request runs in a try/catch so nothing ever throws into the page.
 */
import {
  backgroundToContentGuards,
  fail,
  HTML_PART,
  ok,
  readEnvelope,
  type ArgsOf,
  type BackgroundToContent,
  type HtmlPiece,
  type Reply,
  type SerializedPage,
} from "../messages";
import type { PortLite } from "../platform/runtime-lite";
import type { MessageSender } from "../platform/browser-api";
import type { PageReport } from "../page-report";
import { markStage } from "../platform/stage-marks";
import type { Session } from "./session";
import { isAbort } from "./slices";

export interface ContentDeps {
  extensionId: string;
  extensionOrigin: string;
  session: Session;
  /** The page's HTML and address (a `page-too-large` error above PAGE_HTML_LIMIT). */
  serialize: () => Promise<Reply<SerializedPage>>;
  /**
   * Starts posting the page's HTML, piece by piece from `starts`, on HTML_PORT with the run's
   * token `to` (see BackgroundToContent.serialize); false where no port could be opened.
   */
  post?: (to: string, page: SerializedPage, starts: number[]) => boolean;
}

/** True for our background (or another page of ours): same id, no tab, our origin if given. */
export function fromOurExtension(sender: MessageSender | undefined, id: string, origin: string): boolean {
  if (!sender || sender.id !== id || sender.tab) return false;
  return typeof sender.url !== "string" || sender.url.startsWith(origin);
}

/** Builds the `runtime.onMessage` listener of the content script. */
export function createContentListener(deps: ContentDeps): (message: unknown, sender: MessageSender) => Promise<Reply<unknown>> {
  // The HTML of the last `serialize`, read piece by piece with `readHtml`, dropped after the last piece.
  const held = { html: null as string | null };
  return async (message, sender) => {
    if (!fromOurExtension(sender, deps.extensionId, deps.extensionOrigin)) {
      return fail("forbidden-sender", "Only Sourcelight's background may talk to the page.");
    }
    const env = readEnvelope(message);
    if (!env) return fail("malformed-message", "Not a Sourcelight message.");
    if (!Object.hasOwn(backgroundToContentGuards, env.type)) return fail("unknown-message", "Unknown message type.");
    const type = env.type as keyof BackgroundToContent;
    if (!backgroundToContentGuards[type](env.args)) return fail("malformed-message", `Bad arguments for ${type}.`);
    try {
      return await handle(type, env.args, deps, held);
    } catch (e) {
      if (isAbort(e)) return fail("internal", "A newer drawing replaced this one.");
      const code = type === "serialize" ? "extract-failed" : "internal";
      return fail(code, e instanceof Error ? e.message : String(e));
    }
  };
}

async function handle(type: keyof BackgroundToContent, args: unknown, deps: ContentDeps, held: { html: string | null }): Promise<Reply<unknown>> {
  switch (type) {
    case "serialize": {
      const { to } = args as { to?: string };
      held.html = null;
      markStage("serialize-start");
      const page = await deps.serialize();
      markStage("serialize-end");
      if (!page.ok) return page;
      // Kept for `readHtml` also when posted: the background reads it from here if the post goes astray.
      held.html = page.value.html;
      const starts = pieceStarts(page.value.html);
      const posted = to !== undefined && deps.post?.(to, page.value, starts) === true;
      return ok({ url: page.value.url, length: page.value.html.length, starts, ...(posted ? { posted: true as const } : {}) });
    }
    case "readHtml": {
      const { from } = args as { from: number };
      if (held.html === null || from >= held.html.length) return fail("malformed-message", "No serialized page to read there.");
      const part = held.html.slice(from, pieceEnd(held.html, from));
      if (from + part.length >= held.html.length) held.html = null;
      return ok(part);
    }
    case "draw": {
      const { report, options, paths } = args as ArgsDraw;
      return ok(await deps.session.draw(report, options, paths));
    }
    case "update":
      return ok(await deps.session.update((args as { report: PageReport }).report));
    case "addVia": {
      const { url, via } = args as ArgsOf<BackgroundToContent["addVia"]>;
      return ok({ patched: deps.session.addVia(url, via) });
    }
    case "status":
      return ok(deps.session.status());
    case "focusClaim":
      return ok({ found: await deps.session.focus((args as { claim: string }).claim) });
    case "clear":
      return ok({ cleared: deps.session.clear() });
  }
}

/** The first half of a surrogate pair (a regex anchored at the end would scan the whole piece). */
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Where the piece of `html` starting at `from` ends: HTML_PART characters on, one less rather than inside a surrogate pair (a lone half would arrive as U+FFFD). */
export function pieceEnd(html: string, from: number): number {
  const end = Math.min(html.length, from + HTML_PART);
  return end < html.length && end - from > 1 && isHighSurrogate(html.charCodeAt(end - 1)) ? end - 1 : end;
}

/**
 * Posts `page`'s HTML on `port`, one piece (from `starts`) per task so that a huge page never
 * holds the page's main thread for long; stops at the first failure (a closed port: the
 * offscreen document refused the pieces or went away, and the background reads them instead).
 */
export async function postPieces(port: Pick<PortLite, "postMessage">, to: string, { html, url }: SerializedPage, starts: number[], next: () => Promise<void>): Promise<boolean> {
  for (const [i, from] of starts.entries()) {
    if (i > 0) await next();
    const piece: HtmlPiece = { token: to, url, from, length: html.length, text: html.slice(from, starts[i + 1] ?? html.length) };
    try {
      port.postMessage(piece);
    } catch {
      return false;
    }
  }
  return true;
}

/** Where each piece of `html` starts, so that the background can ask for them all at once. */
export function pieceStarts(html: string): number[] {
  const starts: number[] = [];
  for (let from = 0; from < html.length; from = pieceEnd(html, from)) starts.push(from);
  return starts;
}

type ArgsDraw = Parameters<BackgroundToContent["draw"]>[0];
