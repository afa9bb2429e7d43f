/**
 * Hands the page over for extraction elsewhere (Chrome's offscreen document, Firefox's event
 * page), so the costly part, Readability on a copy of the page, never runs on the page's main
 * thread. Serializing is one native call; the doctype is kept because it decides how the copy
 * is parsed (a page in standards mode must not be re-read in quirks mode).
 */
import { fail, ok, PAGE_HTML_LIMIT, type Reply, type SerializedPage } from "../messages";

/** The page's HTML and address, or `page-too-large` above PAGE_HTML_LIMIT characters. */
export function serializePage(doc: Document, url: string): Reply<SerializedPage> {
  const html = doc.documentElement.outerHTML;
  const doctype = doc.compatMode === "CSS1Compat" ? "<!DOCTYPE html>" : "";
  if (html.length + doctype.length > PAGE_HTML_LIMIT) {
    const mb = (n: number) => (n / 2 ** 20).toFixed(0);
    return fail("page-too-large", `This page is too large to read (${mb(html.length)} M characters of HTML; the limit is ${mb(PAGE_HTML_LIMIT)} M).`);
  }
  return ok({ html: doctype + html, url });
}
