/**
 * The body each summary point covers: the body sentences that say the same thing as the point
 * (summary[].covers), and, when the point rests on a source, the link from each such sentence
 * through the point to that source (claims[].via, "backed through key point N"), never counted
 * among the sentence's own sources. One general rule: a sentence is covered when most of its
 * rare words are the point's, or most of the point's are its (weighing each word by how few of
 * the article's sentences use it), nearly as much as for the sentence the point restates best.
 * A sentence that points back ("these two", "he", "However") is read with the names of the
 * sentence it points at, since "the bond between these two" means the two named before; it
 * still needs a word of its own in common with the point.
 */
import type { ClaimVia, ReportClaim, SummaryPoint } from "../report";
import { leansBack } from "./summary-candidates";
import { SUMMARY_PATTERNS as P } from "./summary-patterns";
import weights from "./summary-weights.json";
import { Tokens } from "./tokens";

/**
 * A sentence is covered when its similarity is at least `floor` and at least `relative` × the
 * similarity of the point's best-covered sentence: chosen by scripts/train-summary.mjs's
 * cross-validation on the CNN-Corpus highlights and the sentences each was written from, kept
 * in the summary's weight file (docs/summary.md).
 */
export interface CoverRule {
  floor: number;
  relative: number;
}
export const COVER_RULE: CoverRule = (weights as { cover: CoverRule }).cover;
/** At least this many shared words (its own and its referent's names together). */
export const COVER_SHARED = 3;
/** How far back a pointing sentence looks for the names it points at. */
const LOOK_BACK = 3;

interface Reading {
  claim: ReportClaim;
  own: Set<string>;
  /** Own terms and the referent's names. */
  all: Set<string>;
}

const namesOf = (text: string, tokens: Tokens): readonly string[] => tokens.terms((text.match(P.capitalised) ?? []).join(" "));

/** Body sentences with the words they are read with. */
function readings(claims: ReportClaim[], tokens: Tokens): Reading[] {
  const body = claims.filter((c) => c.kind === "sentence");
  return body.map((claim, i) => {
    const own = new Set(tokens.terms(claim.text));
    const all = new Set(own);
    if (leansBack(claim.text) || P.pointer.test(claim.text)) {
      for (let k = i - 1; k >= Math.max(0, i - LOOK_BACK); k--) {
        const names = namesOf(body[k]!.text, tokens);
        if (!names.length) continue;
        names.forEach((t) => all.add(t));
        break;
      }
    }
    return { claim, own, all };
  });
}

/** How similar a point's words are to a body reading (0..1), with `weight` of each word. */
export function coverSimilarity(point: Set<string>, body: Reading, weight: (t: string) => number): number {
  let shared = 0;
  let sharedOwn = 0;
  let w = 0;
  for (const t of body.all) {
    if (!point.has(t)) continue;
    shared++;
    if (body.own.has(t)) sharedOwn++;
    w += weight(t);
  }
  if (shared < COVER_SHARED || sharedOwn < 1) return 0;
  let wp = 0;
  let wb = 0;
  point.forEach((t) => (wp += weight(t)));
  body.all.forEach((t) => (wb += weight(t)));
  return Math.max(w / Math.max(1e-9, wb), w / Math.max(1e-9, wp));
}

/** For each point, every body claim with some similarity to it (its own claim excluded). */
export function coverScores(summary: SummaryPoint[], claims: ReportClaim[], tokens = new Tokens()): { claim: ReportClaim; similarity: number }[][] {
  const body = readings(claims, tokens);
  const df = new Map<string, number>();
  for (const r of body) r.own.forEach((t) => df.set(t, (df.get(t) ?? 0) + 1));
  const n = body.length + 1;
  const weight = (t: string) => Math.log(1 + n / (0.5 + (df.get(t) ?? 0)));
  return summary.map((point) => {
    const words = new Set(tokens.terms(point.text));
    return body
      .filter((r) => r.claim.id !== point.claim)
      .map((r) => ({ claim: r.claim, similarity: coverSimilarity(words, r, weight) }))
      .filter((x) => x.similarity > 0);
  });
}

/**
 * Each point with the body claims it covers, and the `via` links of the covered claims: point
 * index and each of the point's sources (remarks in `notes` excepted), scored similarity × the
 * source's score. A claim that cites the same source itself gets no `via` for it.
 */
export function linkCovers(
  summary: SummaryPoint[],
  claims: ReportClaim[],
  notes: ReadonlySet<string> = new Set(),
  rule: CoverRule = COVER_RULE,
  tokens = new Tokens(),
): { summary: SummaryPoint[]; via: Map<string, ClaimVia[]> } {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const scores = coverScores(summary, claims, tokens);
  const via = new Map<string, ClaimVia[]>();
  const out = summary.map((point, index) => {
    const sources = (byId.get(point.claim)?.sources ?? []).filter((s) => !notes.has(s.ref));
    const best = Math.max(0, ...scores[index]!.map((x) => x.similarity));
    const covered = scores[index]!.filter((x) => x.similarity >= rule.floor && x.similarity >= rule.relative * best);
    for (const { claim, similarity } of covered) {
      for (const s of sources) {
        if (claim.sources.some((own) => own.ref === s.ref)) continue;
        const list = via.get(claim.id) ?? [];
        list.push({ point: index, ref: s.ref, score: Math.round(100 * similarity * s.score) / 100 });
        via.set(claim.id, list);
      }
    }
    return covered.length ? { ...point, covers: covered.map((x) => x.claim.id) } : point;
  });
  return { summary: out, via };
}
