/**
 * Hands the page over for extraction elsewhere (Chrome's offscreen document, Firefox's event
 * page), so the costly part, Readability on a copy of the page, never runs on the page's main
 * thread. The result equals `doctype + documentElement.outerHTML`, but a large page is written
 * in pieces (whole subtrees of at most PIECE_ELEMENTS elements) between which the page runs.
 * The doctype is kept because it decides how the copy is parsed (standards or quirks mode).
 * Tags are written from the attributes, never by cloning: a clone of a page's custom element
 * would run the page's own code. Scripts and style sheets are written empty (extraction reads
 * neither, but for JSON-LD metadata): on news pages they are most of the HTML (three large
 * corpus pages: 75–95%), which would be written, sent twice and parsed for nothing. The
 * elements stay, so every element keeps its place (the paths extraction answers with).
 */
import { fail, ok, PAGE_HTML_LIMIT, type Reply, type SerializedPage } from "../messages";
import type { Tick } from "./slices";

/**
 * Subtrees up to this many elements are serialized in one native call, which no slice can
 * interrupt: about 50–100 kB of HTML, 1–2 ms (1,500 elements took 4–6 ms under load).
 */
export const PIECE_ELEMENTS = 500;

/** Elements whose content is never split: templates, raw text, and those whose leading newline matters. */
const WHOLE = new Set(["template", "script", "style", "xmp", "iframe", "noembed", "noframes", "plaintext", "noscript", "pre", "textarea", "listing"]);

/** A script or style sheet whose text extraction never reads: written as an empty element. */
export function isUnread(el: Element): boolean {
  return el.localName === "style" || (el.localName === "script" && !/ld\+json/i.test(el.getAttribute("type") ?? ""));
}

/** Whether `el`'s subtree holds an element written empty (then it is written part by part). */
function holdsUnread(el: Element): boolean {
  if (el.getElementsByTagName("style").length > 0) return true;
  for (const script of el.getElementsByTagName("script")) if (isUnread(script)) return true;
  return false;
}

/** The page's HTML (see above) and address, or `page-too-large` above PAGE_HTML_LIMIT characters. */
export async function serializePage(doc: Document, url: string, tick: Tick = async () => undefined, pieceElements = PIECE_ELEMENTS): Promise<Reply<SerializedPage>> {
  const parts: string[] = [doc.compatMode === "CSS1Compat" ? "<!DOCTYPE html>" : ""];
  let length = 0;
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
    return length <= PAGE_HTML_LIMIT;
  };
  const fits = await writeNode(doc.documentElement, push, tick, pieceElements);
  if (!fits) return fail("page-too-large", `This page is too large to read (more than ${PAGE_HTML_LIMIT / 2 ** 20} M characters of HTML).`);
  return ok({ html: parts.join(""), url });
}

/** Writes `node`'s HTML through `push`; false once the page is over the limit. */
async function writeNode(node: Node, push: (s: string) => boolean, tick: Tick, pieceElements: number): Promise<boolean> {
  await tick();
  if (node.nodeType === 3) return push(escapeText((node as Text).data));
  if (node.nodeType === 8) return push(`<!--${(node as Comment).data}-->`);
  if (node.nodeType !== 1) return true;
  const el = node as Element;
  if (isUnread(el)) return push(`${startTag(el)}</${el.localName}>`);
  if (WHOLE.has(el.localName) || (el.getElementsByTagName("*").length <= pieceElements && !holdsUnread(el))) return push(el.outerHTML);
  if (!push(startTag(el))) return false;
  for (const child of [...el.childNodes]) if (!(await writeNode(child, push, tick, pieceElements))) return false;
  return push(`</${el.localName}>`);
}

/** `el`'s start tag, written from its attributes. */
function startTag(el: Element): string {
  let open = `<${el.localName}`;
  for (const a of el.attributes) open += ` ${a.name}="${escapeAttribute(a.value)}"`;
  return `${open}>`;
}

/** Text escaped as the HTML serializer does outside raw-text elements. */
const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/\u00a0/g, "&nbsp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** An attribute value escaped as the HTML serializer does. */
const escapeAttribute = (s: string) => s.replace(/&/g, "&amp;").replace(/\u00a0/g, "&nbsp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
