/**
 * Assembles the snapshot's reference list from what the walk found: entries of
 * reference sections and footnote containers, the footnotes that markers lead to
 * (wherever they are on the page), inline hyperlinks that cite another work, and the
 * provenance line. Ids r1, r2 … follow page order. Markers and links that point at the
 * same entry share its id (a named Wikipedia ref used four times is one reference).
 */
import type { SnapshotReference, SourceRole } from "../report";
import { elementsByTag, forEachElement } from "./dom";
import { isBacklink, readEntry } from "./entries";
import { entryRole } from "./entry-role";
import { absoluteUrl, sentenceAround, urlKey } from "./links";
import { linkFacts, pageOwnSites } from "./link-facts";
import { classifyLink } from "./link-role";
import { looseNotes, type LooseNoteFinder } from "./loose-notes";
import { findNoteEntry, hrefFragment, isCitationMarker, markerLabel, markerTargetId, selfNoteEntry } from "./markers";
import { LIMITS, REGEXPS } from "./patterns";
import type { FoundBlock, WalkResult } from "./walk";

interface Pending {
  el: Element;
  kind: SnapshotReference["kind"];
  label: string | null;
  position: string | null;
  /** For kinds link and source-line, the finished parts. */
  ready?: Pick<SnapshotReference, "raw" | "links" | "hints">;
  url?: string | null;
  id?: string;
  /** DOM id to scroll to when the entry element has none (the marker's target). */
  anchor?: string;
  /** For kind link: what kind of source the link is (./link-role.ts). */
  role?: SourceRole;
}

/** The assembled references and how page elements point at them. */
export interface ReferenceIndex {
  references: SnapshotReference[];
  /** Marker element or citing <a> → reference id. */
  refOf: Map<Element, string>;
  /** Whether a block element sits inside a reference entry (and so is not body text). */
  insideEntry: (el: Element) => boolean;
  /** The provenance line's reference id and URL, when the page has one. */
  source: { id: string; url: string | null } | null;
  /** Reference id → its element on the page. */
  elements: Map<string, Element>;
  /** Whether references past LIMITS.references were left out. */
  truncated: boolean;
}

const DOCUMENT_POSITION_FOLLOWING = 4;
const byPageOrder = (x: Pending, y: Pending): number => (x.el === y.el ? 0 : x.el.compareDocumentPosition(y.el) & DOCUMENT_POSITION_FOLLOWING ? -1 : 1);

/** Builds the references of a walked article (see the module comment). */
export function collectReferences(doc: Document, walk: WalkResult, base: string, pageHost: string): ReferenceIndex {
  const entries = new Map<Element, Pending>();
  for (const e of walk.entries) entries.set(e.el, { el: e.el, kind: e.kind, label: null, position: e.position });
  const owner = (el: Element): Pending | undefined => {
    for (let a: Element | null = el; a && a !== doc.body; a = a.parentElement) {
      const p = entries.get(a);
      if (p) return p;
    }
    return undefined;
  };
  const markerEntry = new Map<Element, Pending>();
  const loose = looseNotes(doc);
  const byChip = new Map<string, Pending>();
  for (const block of [...walk.blocks, ...walk.keyPoints]) {
    for (const m of block.reading.markers) {
      const { target, id } = noteTarget(doc, m.el, loose);
      if (!target || target.contains(block.el) || (block.el.contains(target) && !m.el.contains(target))) continue;
      const chip = target === m.el ? chipKey(target, base) : null;
      let p = owner(target) ?? (chip ? byChip.get(chip) : undefined);
      if (!p) {
        p = { el: target, kind: "footnote", label: null, position: null, anchor: id ?? undefined };
        absorbInner(entries, target, p, markerEntry);
        entries.set(target, p);
        if (chip) byChip.set(chip, p);
      }
      p.kind = "footnote";
      p.label ??= markerLabel(m.el);
      markerEntry.set(m.el, p);
    }
  }
  const insideEntry = (el: Element): boolean => owner(el) !== undefined;
  const body = (list: FoundBlock[]): FoundBlock[] => list.filter((b) => !insideEntry(b.el));
  const src = walk.source && !insideEntry(walk.source.el) ? sourcePending(walk.source, base) : null;
  // LIMITS.references caps the list; the page's entries and its source line come before inline links.
  const room = LIMITS.references - (src ? 1 : 0);
  let pendings: Pending[] = [...entries.values()];
  let truncated = false;
  if (pendings.length > room) {
    pendings = pendings.sort(byPageOrder).slice(0, room);
    truncated = true;
  }
  const parts = new Map<Pending, ReturnType<typeof readEntry>>();
  const byUrl = new Map<string, Pending>();
  for (const p of pendings) {
    const r = readEntry(p.el, base);
    parts.set(p, r);
    for (const l of r.links) if (!byUrl.has(urlKey(l.href))) byUrl.set(urlKey(l.href), p);
  }
  const linkPending = new Map<Element, Pending>();
  const ownSites = pageOwnSites(doc, base, pageHost);
  for (const block of [...body(walk.blocks), ...body(walk.keyPoints)]) {
    for (const a of block.reading.anchors) {
      const href = absoluteUrl(a.el.getAttribute("href"), base);
      if (!href || !/^https?:/i.test(href)) continue;
      const key = urlKey(href);
      const verdict = classifyLink(linkFacts(a.el, href, block.reading.text, a.start, a.end, block.kind, ownSites));
      if (!verdict.source) continue;
      let p = byUrl.get(key);
      if (!p && pendings.length >= room) {
        truncated = true;
        continue;
      }
      if (!p) {
        const text = block.reading.text.slice(a.start, a.end);
        p = {
          el: a.el, kind: "link", label: null, position: null,
          ready: { raw: text, links: [{ href, text }], hints: { italic: [], context: sentenceAround(block.reading.text, a.start, a.end) } },
          role: verdict.role,
        };
        byUrl.set(key, p);
        pendings.push(p);
      }
      linkPending.set(a.el, p);
    }
  }
  if (src) pendings.push(src);

  pendings.sort(byPageOrder);
  const references: SnapshotReference[] = [];
  const elements = new Map<string, Element>();
  pendings.forEach((p, i) => {
    p.id = `r${i + 1}`;
    elements.set(p.id, p.el);
    const entry = parts.get(p);
    const r = p.ready ?? entry;
    if (!r) return;
    const textLabel = entry?.textLabel ?? null;
    const ref: SnapshotReference = {
      id: p.id,
      label: p.label ?? p.position ?? textLabel ?? null,
      kind: p.kind,
      raw: r.raw,
      links: r.links,
      hints: r.hints,
    };
    const anchor = p.el.id || p.anchor || (p.el.getAttribute("name") ?? "");
    if (anchor) ref.anchor = anchor;
    // A link's role comes from its sentence; an entry's from what the entry says it is.
    const role = p.role ?? (entry && p.kind !== "source-line" ? entryRole(entry)?.role : undefined);
    if (role) ref.role = role;
    references.push(ref);
  });
  addCites(doc, pendings, references, owner);
  const refOf = new Map<Element, string>();
  for (const [el, p] of markerEntry) if (p.id) refOf.set(el, p.id);
  for (const [el, p] of linkPending) if (p.id) refOf.set(el, p.id);
  return { references, refOf, insideEntry, source: src?.id ? { id: src.id, url: src.url ?? null } : null, elements, truncated };
}

/** A note found by a marker replaces the walk's entries inside it (Substack's note is a container of paragraphs). */
function absorbInner(entries: Map<Element, Pending>, target: Element, into: Pending, markerEntry: Map<Element, Pending>): void {
  const inner: Pending[] = [];
  forEachElement(target, (el) => {
    const q = entries.get(el);
    if (!q) return;
    inner.push(q);
    entries.delete(el);
    return "skip";
  });
  if (!inner.length) return;
  into.kind = "footnote";
  for (const [m, q] of markerEntry) if (inner.includes(q)) markerEntry.set(m, into);
}

/** The entry a marker leads to (by link, by its own text, else by its number) and the id it named. */
function noteTarget(doc: Document, marker: Element, loose: LooseNoteFinder): { target: Element | null; id: string | null } {
  const self = selfNoteEntry(marker);
  if (self) return { target: self, id: null };
  const id = markerTargetId(marker);
  const target = id ? findNoteEntry(doc, id, marker) : null;
  if (target) return { target, id };
  // A link to a note that exists but was refused (a back-link, a heading) is not looked up by number.
  if (id && (doc.getElementById(id) || doc.getElementsByName(id).item(0))) return { target: null, id };
  return { target: loose(markerLabel(marker), marker), id: null };
}

/** Source chips citing the same page are one reference. */
function chipKey(chip: Element, base: string): string | null {
  const a = chip.localName === "a" ? chip : chip.querySelector("a[href]");
  const href = absoluteUrl(a?.getAttribute("href") ?? null, base);
  return href ? urlKey(href) : null;
}

/** The provenance line as a reference; its URL is the one written in the text, else its link's. */
function sourcePending(block: FoundBlock, base: string): Pending {
  const text = block.reading.text;
  const links = block.reading.anchors
    .map((a) => ({ href: absoluteUrl(a.el.getAttribute("href"), base), text: text.slice(a.start, a.end) }))
    .filter((l): l is { href: string; text: string } => Boolean(l.href));
  const written = REGEXPS.urlInText.exec(text)?.[0]?.replace(/[.,;:]+$/, "") ?? null;
  return {
    el: block.el, kind: "source-line", label: null, position: null,
    ready: { raw: text, links, hints: { italic: [] } },
    url: written ?? links[0]?.href ?? null,
  };
}

const A_TAG = new Set(["a"]);

/**
 * Entries that point at other entries: a note's own markers ("[1]" inside note a), a short
 * cite ("King 2003, p. 41") linking to its bibliography entry; never a back-link.
 */
function addCites(doc: Document, pendings: Pending[], references: SnapshotReference[], owner: (el: Element) => Pending | undefined): void {
  const byId = new Map(references.map((r) => [r.id, r]));
  for (const p of pendings) {
    const ref = p.id && !p.ready ? byId.get(p.id) : undefined;
    if (!ref) continue;
    const cites = new Set<string>();
    for (const a of elementsByTag(p.el, A_TAG, 50)) {
      const marker = isCitationMarker(a) || (a.parentElement !== null && isCitationMarker(a.parentElement));
      if (!marker && isBacklink(a)) continue; // "^ a b" leads to the markers, some of them inside other notes
      const id = hrefFragment(a);
      const target = id ? (doc.getElementById(id) ?? doc.getElementsByName(id).item(0)) : null;
      const q = target ? owner(target) : undefined;
      if (q?.id && q !== p) cites.add(q.id);
    }
    if (cites.size) ref.cites = [...cites];
  }
}
