/**
 * The hover card's "part by part" list after "Check sources": each checkable part of the
 * claim (a date, number, name, quote or clause) marked ✓ when the source backs it and ✗
 * when it does not, with the source sentence that shows it, so a reader can see in a second
 * why the verdict is what it is. Text only; the marks are spoken as words.
 */
import type { PageClaimSource } from "../page-report";
import { t } from "../platform/i18n";

/** Parts the card lists; the popup lists them all. */
const CARD_PARTS = 5;

function el(doc: Document, tag: string, cls: string, text = ""): HTMLElement {
  const e = doc.createElement(tag);
  e.className = cls;
  if (text) e.textContent = text;
  return e;
}

/** The parts of one source's verdict as card lines, or nothing before a check (or for malformed parts). */
export function partLines(doc: Document, source: PageClaimSource | undefined): HTMLElement[] {
  const parts = Array.isArray(source?.parts) ? source.parts.filter((p) => typeof p?.text === "string" && typeof p.found === "boolean") : [];
  if (!parts.length) return [];
  const list = el(doc, "ul", "parts");
  list.setAttribute("aria-label", t("partsHeading"));
  // A part's sentence is shown once: not again when the verdict's passage or the part before already quotes it.
  let quoted = typeof source?.passage === "string" ? source.passage : "";
  for (const p of parts.slice(0, CARD_PARTS)) {
    const li = el(doc, "li", p.found ? "part part-found" : "part part-missing");
    const mark = el(doc, "span", "mark", p.found ? "✓" : "✗");
    mark.setAttribute("aria-hidden", "true");
    li.append(mark, el(doc, "span", "sr", `${t(p.found ? "partFound" : "partMissing")}: `), el(doc, "span", "part-text", p.text));
    if (typeof p.passage === "string" && p.passage && !quoted.includes(p.passage)) {
      li.append(el(doc, "span", "part-passage", p.passage));
      quoted = p.passage;
    }
    list.append(li);
  }
  const more = parts.length - CARD_PARTS;
  return more > 0 ? [list, el(doc, "div", "parts-more", t("partsMore", String(more)))] : [list];
}
