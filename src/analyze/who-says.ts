/**
 * "Who says so": the report's `quotes`. Finds the statements (quotes.ts), reads the people the
 * article names (speaker-names.ts), resolves each speaker (speakers.ts), and links each
 * statement to the references its sentences stand on (a marker, a link or a named outlet in
 * the same claim). Pure; runs in the same pass as the rest of `analyze`.
 */
import type { PageSnapshot, Quote, ReportClaim, SnapshotBlock } from "../report";
import { buildClaims, type ClaimDraft } from "./claims";
import { quoteSpans } from "./quote-marks";
import { findStatements } from "./quotes";
import { PeopleIndex } from "./speaker-names";
import { resolveSpeakers, type Resolved } from "./speakers";

/** The longest quote text the report keeps (a runaway quotation mark must not copy a whole page). */
const TEXT_MAX = 2000;

/** Blanks the quotations of `text` (same length), so names inside them are not taken for speakers. */
function withoutQuotes(text: string): string {
  let out = "";
  let at = 0;
  for (const s of quoteSpans(text)) {
    out += text.slice(at, s.start) + " ".repeat(s.end - s.start);
    at = s.end;
  }
  return out + text.slice(at);
}

/** Every statement the article attributes, with its speaker and the references behind it. */
export function findQuotes(blocks: readonly SnapshotBlock[], drafts: readonly ClaimDraft[], claims: readonly ReportClaim[]): Quote[] {
  const raws = findStatements(blocks, drafts);
  if (!raws.length) return [];
  const people = new PeopleIndex(blocks.map((b, i) => ({ block: i, text: b.kind === "code" ? "" : withoutQuotes(b.text) })));
  const resolved: Resolved[] = resolveSpeakers(raws, people);
  const byId = new Map(claims.map((c) => [c.id, c]));
  // A label a body or a document pins is its stated position ("the U.S. government, labeling it “deeply
  // concerning”"); a person's label ("called her “Miss Piggy”") is a characterisation, not a statement.
  const kept = raws.flatMap((raw, i) => (raw.label && resolved[i]!.kind !== "organization" && resolved[i]!.kind !== "document" ? [] : [{ raw, who: resolved[i]! }]));
  return kept.map(({ raw, who }, i) => {
    const sources = [...new Set(raw.claims.flatMap((id) => byId.get(id)?.sources.map((s) => s.ref) ?? []))];
    const text = raw.text.length > TEXT_MAX ? `${raw.text.slice(0, TEXT_MAX - 1)}…` : raw.text;
    return {
      id: `q${i + 1}`,
      text,
      direct: raw.direct,
      speaker: who.speaker,
      role: who.role,
      speakerKind: who.kind,
      cue: raw.cue,
      claim: raw.claims[0]!,
      sources,
    };
  });
}

/** Claims of snapshots already split, so that timing `quotesOfSnapshot` again times quote finding alone. */
const split = new WeakMap<PageSnapshot, { drafts: ClaimDraft[]; claims: ReportClaim[] }>();

/**
 * The quotes of a snapshot alone, with no references matched: for the benchmark's timing of
 * quote finding (the sentence split, which `analyze` does anyway, is done once per snapshot).
 */
export function quotesOfSnapshot(snapshot: PageSnapshot): Quote[] {
  if (!snapshot.found) return [];
  let done = split.get(snapshot);
  if (!done) {
    const drafts = buildClaims(snapshot);
    done = { drafts, claims: drafts.map((d): ReportClaim => ({ id: d.id, text: d.text, kind: d.kind, sources: [], checks: [], block: d.block, start: d.start, end: d.end })) };
    split.set(snapshot, done);
  }
  return findQuotes(snapshot.blocks, done.drafts, done.claims);
}
