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

/** Has the tab's page serialized and reads its HTML piece by piece (no message carries a megabyte). */
export async function readPage(tabId: number, tabs: BrowserApi["tabs"]): Promise<Reply<SerializedPage>> {
  const info = await askContent(tabId, "serialize", {}, isSerializedInfo, tabs);
  if (!info.ok) return info;
  const parts: string[] = [];
  for (let from = 0; from < info.value.length; ) {
    const part = await askContent(tabId, "readHtml", { from }, (v) => typeof v === "string" && v.length > 0 && v.length <= HTML_PART, tabs);
    if (!part.ok) return part;
    parts.push(part.value);
    from += part.value.length;
  }
  const html = parts.join("");
  if (html.length !== info.value.length) return fail("malformed-message", "The page's HTML arrived with the wrong length.");
  return ok({ html, url: info.value.url });
}
