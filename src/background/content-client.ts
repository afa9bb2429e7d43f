/**
 * Talks to the content script in one tab: injects it, then sends it typed requests and
 * checks the shape of what comes back (a page's renderer is not trusted).
 */
import {
  envelope,
  fail,
  HTML_PART,
  isReply,
  isSerializedInfo,
  ok,
  type ArgsOf,
  type BackgroundToContent,
  type ProtocolError,
  type Reply,
  type ResultOf,
  type SerializedInfo,
  type SerializedPage,
} from "../messages";
import type { BrowserApi } from "../platform/browser-api";

export const CONTENT_SCRIPT = "content.js";

/** Maps a browser's injection error to a code the popup can explain. */
export function injectionError(e: unknown): ProtocolError {
  const text = e instanceof Error ? e.message : String(e);
  if (/permission|cannot access contents/i.test(text) && !/chrome:|about:|gallery|webstore/i.test(text)) {
    return { code: "no-permission", message: text };
  }
  return { code: "restricted-page", message: text };
}

/** Injects the content script into the tab's top frame (allowed by activeTab after a click). */
export async function injectContentScript(tabId: number, scripting: BrowserApi["scripting"]): Promise<Reply<null>> {
  try {
    await scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    return ok(null);
  } catch (e) {
    const error = injectionError(e);
    return { ok: false, error };
  }
}

/** Sends one request to the tab's content script; `check` validates the answer's value. */
export async function askContent<K extends keyof BackgroundToContent & string>(
  tabId: number,
  type: K,
  args: ArgsOf<BackgroundToContent[K]>,
  check: (value: unknown) => boolean,
  tabs: BrowserApi["tabs"],
): Promise<Reply<ResultOf<BackgroundToContent[K]>>> {
  let answer: unknown;
  try {
    answer = await tabs.sendMessage(tabId, envelope<BackgroundToContent, K>(type, args as never), { frameId: 0 });
  } catch (e) {
    return fail("no-content-script", `The page did not answer (${String(e)}). Reload the page and try again.`);
  }
  if (!isReply(answer)) return fail("malformed-message", `The page answered ${type} with something unexpected.`);
  if (!answer.ok) return answer;
  if (!check(answer.value)) return fail("malformed-message", `The page's answer to ${type} has the wrong shape.`);
  return answer as Reply<ResultOf<BackgroundToContent[K]>>;
}

/** Called with each piece of a page's HTML as it arrives, in order (e.g. to pass it on at once). */
export type OnPiece = (url: string, from: number, text: string) => void;

/** A page whose HTML its content script posted straight to the offscreen document (serialize's `to`). */
export interface PostedPage {
  url: string;
  length: number;
  token: string;
  /** Reads the HTML from the page after all (where the post went astray). */
  html: () => Promise<Reply<string>>;
}

/**
 * Has the tab's page serialized and reads its HTML piece by piece (no message carries a
 * megabyte). When the page says where its pieces start, they are asked for all at once, so the
 * page writes the next piece while this one travels; `onPiece` sees each, in order, as it comes.
 * With `to` (a token the offscreen document was told of), the page posts its pieces straight
 * there: then nothing is read here unless `html()` of the answer is called.
 */
export async function readPage(tabId: number, tabs: BrowserApi["tabs"], onPiece?: OnPiece, to?: string): Promise<Reply<SerializedPage | PostedPage>> {
  const info = await askContent(tabId, "serialize", to ? { to } : {}, isSerializedInfo, tabs);
  if (!info.ok) return info;
  const { url, length } = info.value;
  if (to && info.value.posted) return ok({ url, length, token: to, html: () => readPieces(tabId, tabs, info.value) });
  return readPieces(tabId, tabs, info.value, onPiece).then((html) => (html.ok ? ok({ html: html.value, url }) : html));
}

/** Reads the HTML `serialize` prepared in the page, piece by piece (see `readPage`). */
async function readPieces(tabId: number, tabs: BrowserApi["tabs"], { url, length, starts }: SerializedInfo, onPiece?: OnPiece): Promise<Reply<string>> {
  const isPiece = (v: unknown) => typeof v === "string" && v.length > 0 && v.length <= HTML_PART;
  const parts: string[] = [];
  let read = 0;
  const take = (text: string) => {
    onPiece?.(url, read, text);
    parts.push(text);
    read += text.length;
  };
  if (starts) {
    const asked = starts.map((from) => askContent(tabId, "readHtml", { from }, isPiece, tabs));
    for (const [k, ask] of asked.entries()) {
      const part = await ask;
      if (!part.ok) return part;
      if (read + part.value.length !== (starts[k + 1] ?? length)) return fail("malformed-message", "The page's HTML arrived in pieces of the wrong length.");
      take(part.value);
    }
  } else {
    while (read < length) {
      const part = await askContent(tabId, "readHtml", { from: read }, isPiece, tabs);
      if (!part.ok) return part;
      take(part.value);
    }
  }
  const html = parts.join("");
  if (html.length !== length) return fail("malformed-message", "The page's HTML arrived with the wrong length.");
  return ok(html);
}
