/**
 * TextRank (Mihalcea & Tarau 2004) over sentences' word sets: a sentence that shares words
 * with many others is central. One feature of the summary scorer (summary-features.ts).
 */

const DAMPING = 0.85;
const ITERATIONS = 25;

/**
 * TextRank scores for the given term sets (edges weighted by shared words / log lengths). The
 * graph is kept as flat arrays (each sentence's neighbours and weights side by side), since the
 * ranking walks every edge 25 times: with a map per sentence that walk was most of the summary.
 */
export function textRank(sets: Set<string>[]): number[] {
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
