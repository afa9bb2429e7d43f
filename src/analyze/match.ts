/**
 * Links claims to the references that back them: gathers the four kinds of evidence
 * (marker — a footnote marker or an author–year citation —, link, attribution, similarity) per claim → reference pair, scores them
 * (./scoring.ts) and keeps the links at or above `minScore`, best first. The page's own
 * "source:" line is never linked by name or wording, only by an explicit marker or link.
 */
import type { ClaimSource, SnapshotReference } from "../report";
import type { ClaimDraft } from "./claims";
import type { ParsedReference } from "./parse-reference";
import { AttributionIndex } from "./attribution";
import { AuthorYearIndex } from "./author-year";
import { SimilarityIndex } from "./similarity";
import { scoreEvidence, type Evidence } from "./scoring";
import { slugWords, urlKey } from "./urls";
import { terms } from "./text";
import { Tokens } from "./tokens";

/** A reference as matching sees it: the page's entry and its parsed fields. */
export interface MatchReference {
  entry: SnapshotReference;
  parsed: ParsedReference;
}

/** The words that describe a reference for similarity: title, slug and the sentence around a link. */
function description(r: MatchReference): string[] {
  const slug = r.parsed.url ? slugWords(r.parsed.url).join(" ") : "";
  return terms([r.parsed.title ?? "", slug, r.entry.hints.context ?? ""].join(" "));
}

/** Sources for every claim (same order as `claims`), each list best first. */
export function matchClaims(claims: ClaimDraft[], refs: MatchReference[], minScore: number, authorYear = new AuthorYearIndex(refs), tokens = new Tokens()): ClaimSource[][] {
  const known = new Set(refs.map((r) => r.entry.id));
  const byUrl = new Map<string, string[]>();
  for (const r of refs) {
    if (!r.parsed.url) continue;
    const key = urlKey(r.parsed.url);
    byUrl.set(key, [...(byUrl.get(key) ?? []), r.entry.id]);
  }
  // Named or similar wording links works; a short-cite note only points at one (through its marker).
  const citable = refs.filter((r) => r.entry.kind !== "source-line" && !r.parsed.note && !r.parsed.shortCite.length);
  const names = new AttributionIndex(citable.map((r) => ({ id: r.entry.id, outlet: r.parsed.outlet, authors: r.parsed.authors, url: r.parsed.url })));
  const claimTerms = claims.map((c) => tokens.terms(c.text));
  const similar = new SimilarityIndex(
    citable.map((r) => ({ ref: r.entry.id, terms: description(r) })),
    claimTerms,
  );
  const order = new Map(refs.map((r, i) => [r.entry.id, i]));

  return claims.map((claim, ci) => {
    const ev = new Map<string, Evidence>();
    const get = (ref: string): Evidence => {
      let e = ev.get(ref);
      if (!e) ev.set(ref, (e = { marker: false, authorYear: false, link: false, attribution: null, similarity: 0, titleWords: similar.size(ref) }));
      return e;
    };
    for (const m of claim.markers) if (known.has(m.ref)) get(m.ref).marker = true;
    for (const id of authorYear.find(claim.text)) get(id).authorYear = true;
    for (const l of claim.links) {
      const ids = l.ref && known.has(l.ref) ? [l.ref] : (byUrl.get(urlKey(l.href)) ?? []);
      for (const id of ids) get(id).link = true;
    }
    for (const a of names.find(claim.text)) {
      get(a.ref).attribution = !a.cue ? "mention" : a.shared > 1 ? "shared" : "cue";
    }
    for (const [ref, s] of similar.scores(claimTerms[ci]!)) {
      if (s >= 0.2 || ev.has(ref)) get(ref).similarity = s;
    }
    const sources: ClaimSource[] = [];
    for (const [ref, e] of ev) {
      const { score, evidence } = scoreEvidence(e);
      if (score >= minScore && evidence.length) sources.push({ ref, score, evidence });
    }
    return sources.sort((a, b) => b.score - a.score || (order.get(a.ref) ?? 0) - (order.get(b.ref) ?? 0));
  });
}
