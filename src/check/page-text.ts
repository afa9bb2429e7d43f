/**
 * The text of a cited page that the extractor did not take for an article: a 300-character
 * statement, a data page, a list of lines. A support verdict needs only the words, so this
 * reads them straight from the HTML without a DOM (the check runs in a service worker too):
 * scripts, styles and other non-text elements dropped, block elements and line breaks kept
 * as line ends, the common character references decoded. Never used to render anything.
 */

/** Elements whose content is never page text, and comments. */
const HIDDEN = /<(script|style|noscript|template|svg|math|head|iframe|object|select|textarea)\b|<!--/gi;
/** Tags that end a line of text. */
const BLOCK = /<\/?(?:p|div|br|li|ul|ol|dl|dt|dd|h[1-6]|tr|td|th|table|section|article|header|footer|main|aside|nav|blockquote|pre|figure|figcaption|hr|address|caption|form|fieldset|legend|details|summary)\b[^>]*>/gi;
const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "–", mdash: "—", lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", hellip: "…", eacute: "é", copy: "©", reg: "®", deg: "°", middot: "·", bull: "•", laquo: "«", raquo: "»" };
/** Lines of a page kept at most (a data page of many thousand rows is cut). */
const MAX_LINES = 5000;

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] !== "#") return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : " ";
  });
}

/** `html` without hidden elements and comments; one left open hides the rest (one pass, no backtracking). */
function withoutHidden(html: string): string {
  const parts: string[] = [];
  let at = 0;
  HIDDEN.lastIndex = 0;
  for (let m = HIDDEN.exec(html); m; m = HIDDEN.exec(html)) {
    parts.push(html.slice(at, m.index));
    // (Searched case-blind in place: lower-casing the page could shift offsets.)
    const closer = m[1] ? new RegExp(`</${m[1]}`, "gi") : /-->/g;
    closer.lastIndex = m.index + m[0].length;
    const close = closer.exec(html)?.index ?? -1;
    if (close < 0) return parts.join(" ");
    const gt = html.indexOf(">", close);
    at = gt < 0 ? html.length : gt + 1;
    HIDDEN.lastIndex = at;
  }
  parts.push(html.slice(at));
  return parts.join(" ");
}

/** The page's visible text, a line per block, empty lines left out; `maxChars` caps the total. */
export function pageTextLines(html: string, maxChars: number): string[] {
  const body = /<body\b[^>]*>([\s\S]*)/i.exec(html)?.[1] ?? html;
  const text = withoutHidden(body).replace(BLOCK, "\n").replace(/<[^>]*>/g, " ");
  const out: string[] = [];
  let size = 0;
  for (const raw of text.split("\n")) {
    const line = decode(raw).replace(/\s+/g, " ").trim();
    if (!line) continue;
    if (size + line.length > maxChars || out.length >= MAX_LINES) break;
    out.push(line);
    size += line.length;
  }
  return out;
}
