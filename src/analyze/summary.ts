/**
 * The summary points: the page's own key points when it has them, else 3–5 sentences
 * picked by TextRank (sentences that share words with many others are central), nudged
 * towards sentences that rest on a source, since those are the ones a reader can check.
 */
import type { ReportClaim, SummaryPoint } from "../report";
import { terms } from "./text";

/** At most this many sentences enter the TextRank graph (the most central by word weight). */
const MAX_CANDIDATES = 300;
const DAMPING = 0.85;
const ITERATIONS = 25;
/** How much a backed sentence is preferred: rank × (1 + SOURCED_BONUS × best source score). */
const SOURCED_BONUS = 0.5;
/** Two picks sharing more than this share of words say the same thing. */
const NEAR_DUPLICATE = 0.5;

function pickCount(n: number): number {
  return Math.min(n, n < 15 ? 3 : n < 40 ? 4 : 5);
}

/**
 * TextRank scores for the given term sets (edges weighted by shared words / log lengths). The
 * graph is kept as flat arrays (each sentence's neighbours and weights side by side), since the
 * ranking walks every edge 25 times: with a map per sentence that walk was most of the summary.
 */
function textRank(sets: Set<string>[]): number[] {
  const n = sets.length;
  const postings = new Map<string, number[]>();
  sets.forEach((s, i) =>
    s.forEach((t) => {
      const list = postings.get(t);
      if (list) list.push(i);
      else postings.set(t, [i]);
    }),
  );
  // shared words of each pair (n is at most MAX_CANDIDATES, so n × n counts stay small; hence not exported)
  const shared = new Uint16Array(n * n);
  for (const list of postings.values()) {
    if (list.length > Math.max(8, n / 2)) continue; // a word in most sentences links them all and says nothing
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++) {
        const ab = list[a]! * n + list[b]!;
        const ba = list[b]! * n + list[a]!;
        shared[ab] = shared[ab]! + 1;
        shared[ba] = shared[ba]! + 1;
      }
  }
  const logSize = sets.map((s) => Math.log(1 + s.size));
  const start = new Uint32Array(n + 1);
  const to: number[] = [];
  const share: number[] = []; // an edge's weight over the sum of its sentence's edge weights
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) {
      const k = shared[i * n + j]!;
      if (!k) continue;
      const w = k / (logSize[i]! + logSize[j]!);
      to.push(j);
      share.push(w);
      sum += w;
    }
    start[i + 1] = to.length;
    for (let e = start[i]!; e < to.length; e++) share[e] = share[e]! / sum;
  }
  let rank = new Float64Array(n).fill(1 / Math.max(1, n));
  for (let it = 0; it < ITERATIONS; it++) {
    const next = new Float64Array(n).fill((1 - DAMPING) / Math.max(1, n));
    for (let i = 0; i < n; i++) {
      const give = DAMPING * rank[i]!;
      for (let e = start[i]!; e < start[i + 1]!; e++) {
        const j = to[e]!;
        next[j] = next[j]! + give * share[e]!;
      }
    }
    rank = next;
  }
  // PageRank keeps a group of sentences linked only to each other at its own share of the
  // rank, so two asides about something else would rank like the article's centre. Each rank
  // is weighed by the share of the sentences its group reaches.
  const group = components(n, start, to);
  const size = new Map<number, number>();
  for (const g of group) size.set(g, (size.get(g) ?? 0) + 1);
  return [...rank].map((r, i) => (r * size.get(group[i]!)!) / n);
}

/** Each sentence's connected group (a union-find root) in the graph given as flat arrays. */
function components(n: number, start: Uint32Array, to: number[]): number[] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let i = 0; i < n; i++) for (let e = start[i]!; e < start[i + 1]!; e++) parent[root(i)] = root(to[e]!);
  return parent.map((_, i) => root(i));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  a.forEach((t) => b.has(t) && inter++);
  return inter / Math.max(1, a.size + b.size - inter);
}

/** Extracted summary points (origin `extracted`), in article order. */
function extract(claims: ReportClaim[], notes: ReadonlySet<string>): SummaryPoint[] {
  const freq = new Map<string, number>();
  const all = claims
    .filter((c) => c.kind === "sentence" && !/\?\s*$/.test(c.text))
    .map((c) => ({ claim: c, set: new Set(terms(c.text)), words: c.text.split(/\s+/).length }))
    .filter((x) => x.words >= 6 && x.words <= 60 && x.set.size >= 3);
  all.forEach((x) => x.set.forEach((t) => freq.set(t, (freq.get(t) ?? 0) + 1)));
  const central = (s: Set<string>) => {
    let sum = 0;
    for (const t of s) sum += Math.log(freq.get(t) ?? 1);
    return sum / Math.sqrt(s.size);
  };
  // each sentence's centrality is computed once, not at every comparison of the sort
  const cands = all.length > MAX_CANDIDATES
    ? all.map((c) => ({ c, w: central(c.set) })).sort((a, b) => b.w - a.w).slice(0, MAX_CANDIDATES).map((x) => x.c)
    : all;
  const rank = textRank(cands.map((c) => c.set));
  const scored = cands
    .map((c, i) => ({ ...c, score: rank[i]! * (1 + SOURCED_BONUS * (c.claim.sources.find((s) => !notes.has(s.ref))?.score ?? 0)) }))
    // to 9 digits: two copies of a sentence rank alike but for rounding in the sums, and the
    // stable sort then keeps the first copy first
    .sort((a, b) => Number(b.score.toPrecision(9)) - Number(a.score.toPrecision(9)));
  const picks: typeof scored = [];
  for (const c of scored) {
    if (picks.length >= pickCount(cands.length)) break;
    if (picks.some((p) => jaccard(p.set, c.set) > NEAR_DUPLICATE)) continue;
    picks.push(c);
  }
  const order = new Map(claims.map((c, i) => [c.id, i]));
  return picks
    .sort((a, b) => (order.get(a.claim.id) ?? 0) - (order.get(b.claim.id) ?? 0))
    .map((p) => ({ text: p.claim.text, claim: p.claim.id, origin: "extracted" as const }));
}

/**
 * The page's own key points (origin `article`) when present, else 3–5 extracted ones.
 * `notes`: reference ids that are remarks (a disclosure), which do not make a sentence "sourced".
 */
export function summarize(claims: ReportClaim[], notes: ReadonlySet<string> = new Set()): SummaryPoint[] {
  const own = claims.filter((c) => c.kind === "summary-point");
  if (own.length) return own.map((c) => ({ text: c.text, claim: c.id, origin: "article" as const }));
  return extract(claims, notes);
}
