/** Builders for hand-made PageSnapshots, so analyze tests need no DOM and no shared fixtures. */
import type { PageSnapshot, SnapshotBlock, SnapshotMarker, SnapshotReference } from "../../src/report";

/** A snapshot with sensible empty defaults; pass only what a test is about. */
export function snapshot(over: Partial<PageSnapshot> = {}): PageSnapshot {
  return {
    snapshotVersion: 1,
    url: "https://news.example/story",
    found: true,
    reason: null,
    title: "A story",
    byline: null,
    published: null,
    siteName: null,
    lang: "en",
    description: null,
    metaOrigin: {},
    blocks: [],
    keyPoints: [],
    references: [],
    source: null,
    stats: { elements: 0, truncated: false },
    ...over,
  };
}

let blockCount = 0;

/** A paragraph block; `[r1]`-style tokens in the text become markers on the preceding sentence. */
export function para(text: string, kind: SnapshotBlock["kind"] = "paragraph", id = `b${blockCount++}`): SnapshotBlock {
  const markers: SnapshotMarker[] = [];
  let clean = "";
  let last = 0;
  for (const m of text.matchAll(/\[(r\d+)\]/g)) {
    clean += text.slice(last, m.index);
    markers.push({ at: clean.length, label: m[1]!.slice(1), ref: m[1]! });
    last = m.index + m[0].length;
  }
  clean += text.slice(last);
  return { id, kind, text: clean, markers, links: [] };
}

/** A reference entry of kind `list` (or another kind) with optional links and italic hints. */
export function ref(id: string, raw: string, extra: Partial<SnapshotReference> = {}): SnapshotReference {
  return { id, label: id.slice(1), kind: "list", raw, links: [], hints: { italic: [] }, ...extra };
}
