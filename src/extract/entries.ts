/**
 * Turns a reference entry element (a footnote, a list item under "Sources", a "[1] …"
 * paragraph) into the snapshot's raw form: the text a reader sees without back-links
 * ("^ a b", "↩︎"), its links made absolute, and parsing hints (italic titles, the
 * MediaWiki cs1 citation type). Parsing into title/outlet/date is analyze's job.
 */
import type { SnapshotReference } from "../report";
import { absoluteUrl } from "./links";
import { elementsByTag } from "./dom";
import { leadingLabelElement } from "./loose-notes";
import { classTokens } from "./markers";
import { REGEXPS } from "./patterns";
import { readText } from "./text";

/** Whether `el`, inside a reference entry, is a back-link to the citing sentence. */
export function isBacklink(el: Element): boolean {
  if (el.getAttribute("role") === "doc-backlink") return true;
  if (classTokens(el).some((t) => REGEXPS.backlinkClass.test(t))) return true;
  if (el.localName !== "a") return false;
  const href = el.getAttribute("href") ?? "";
  if (!href.startsWith("#")) return false;
  const label = el.getAttribute("aria-label") ?? "";
  if (/^(?:jump|back|return|go) (?:to|up)/i.test(label)) return true;
  return REGEXPS.backlinkText.test(el.textContent ?? "");
}

/** The parts of a SnapshotReference that come from the entry element itself. */
export type EntryParts = Pick<SnapshotReference, "raw" | "links" | "hints"> & { textLabel: string | null };

/** Reads an entry element: raw text (leading "[1]"/"1." label split off), links, hints. */
export function readEntry(el: Element, base: string): EntryParts {
  // The note's own number ("<strong>2</strong> …") is its label, not its text; links ("[2]" back-links) stay for the label regex.
  const lead = leadingLabelElement(el);
  const number = lead && lead.localName !== "a" ? lead : null;
  const reading = readText(el, { skip: (e) => e === number || isBacklink(e), maxChars: 4000 });
  let raw = reading.text;
  let textLabel: string | null = null;
  const m = REGEXPS.entryLabel.exec(raw);
  if (m) {
    textLabel = m[1] ?? m[2] ?? null;
    raw = raw.slice(m[0].length);
  }
  raw = raw.replace(/\s+([.,;])$/, "$1").trim();
  const links: SnapshotReference["links"] = [];
  for (const a of reading.anchors) {
    const attr = a.el.getAttribute("href") ?? "";
    if (attr.startsWith("#")) continue;
    const href = absoluteUrl(attr, base);
    if (href) links.push({ href, text: reading.text.slice(a.start, a.end) });
  }
  // A chatbot's source chip shows only the outlet ("US EPA +2"): its URL is the rest of the entry.
  if (REGEXPS.citationPill.test(el.getAttribute("data-testid") ?? "") && links[0]) raw = `${raw.replace(/\s*\+\d+$/, "")}, ${links[0].href}`;
  if (number && !textLabel) textLabel = (number.textContent ?? "").replace(/[^\w*†‡]/g, "") || null;
  return { raw, links, hints: entryHints(el), textLabel };
}

const ITALIC_TAGS = new Set(["i", "em", "cite"]);

function entryHints(el: Element): SnapshotReference["hints"] {
  const italic: string[] = [];
  let citationType: string | undefined;
  for (const e of elementsByTag(el, ITALIC_TAGS, 40)) {
    if (italic.length >= 10) break;
    const tokens = classTokens(e);
    if (e.localName === "cite" && tokens.some((t) => t.toLowerCase() === "citation")) {
      citationType ??= tokens.filter((t) => !REGEXPS.citeNonType.test(t)).join(" ") || undefined;
      continue;
    }
    if (e.closest("a[href^='#'], .mw-cite-backlink")) continue;
    const text = (e.textContent ?? "").replace(/\s+/g, " ").trim();
    if (text.length > 2 && !italic.includes(text)) italic.push(text);
  }
  return citationType ? { italic, citationType } : { italic };
}
