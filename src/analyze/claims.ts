/**
 * Turns the snapshot's blocks into claims, the unit everything else is judged on: one
 * per sentence of a paragraph, list item or quote, one per heading, one per key point
 * of the page's own summary (code samples are no claims). Each claim keeps its block id and offsets, and the markers
 * and links that fall inside it (a marker right after a sentence's period belongs to
 * that sentence).
 */
import type { PageSnapshot, ReportClaim, SnapshotBlock, SnapshotLink, SnapshotMarker } from "../report";
import { splitSentences, type Span } from "./sentences";

/** A claim before it has sources and checks, with the markers and links inside it. */
export interface ClaimDraft {
  id: string;
  text: string;
  kind: ReportClaim["kind"];
  block: string;
  start: number;
  end: number;
  markers: SnapshotMarker[];
  links: SnapshotLink[];
}

/** Index of the span owning offset `at`: the last span starting before it (start < at ≤ end for markers). */
function owner(spans: Span[], at: number, strict: boolean): number {
  let found = 0;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    if (strict ? s.start < at : s.start <= at) found = i;
    else break;
  }
  return found;
}

function trimmedWhole(text: string): Span[] {
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return end > start ? [{ start, end }] : [];
}

function claimsOfBlock(block: SnapshotBlock, kind: ReportClaim["kind"] | null, lang: string, next: () => string): ClaimDraft[] {
  const spans = kind ? trimmedWhole(block.text) : splitSentences(block.text, lang);
  if (!spans.length) return [];
  const drafts = spans.map<ClaimDraft>((s) => ({
    id: next(),
    text: block.text.slice(s.start, s.end),
    kind: kind ?? "sentence",
    block: block.id,
    start: s.start,
    end: s.end,
    markers: [],
    links: [],
  }));
  for (const m of block.markers) drafts[owner(spans, m.at, true)]!.markers.push(m);
  for (const l of block.links) drafts[owner(spans, l.start, false)]!.links.push(l);
  return drafts;
}

/** All claims of a snapshot: body blocks in reading order, then the page's key points. */
export function buildClaims(snapshot: PageSnapshot): ClaimDraft[] {
  let n = 0;
  const next = () => `c${++n}`;
  const lang = snapshot.lang ?? "en";
  const out: ClaimDraft[] = [];
  for (const block of snapshot.blocks) if (block.kind !== "code" && block.kind !== "table-row") out.push(...claimsOfBlock(block, block.kind === "heading" ? "heading" : null, lang, next));
  for (const point of snapshot.keyPoints) out.push(...claimsOfBlock(point, "summary-point", lang, next));
  return out;
}
