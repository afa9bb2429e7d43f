/**
 * Word-overlap similarity between a claim and a reference's description (title, URL
 * slug, the sentence around a link), scored with BM25 over stemmed content words and an
 * inverted index: each claim only visits the references that share one of its words.
 * Document frequencies count claims as well as references, so a word the whole article
 * repeats ("Korea" in an article about Korea) weighs little.
 */

/** BM25's usual constants: term-frequency saturation and length normalisation. */
const K1 = 1.2;
const B = 0.75;
/** A word describing more references than this identifies none of them; it is not looked up. */
const MAX_POSTINGS = 64;

interface Posting {
  ref: string;
  weight: number;
}

/** An inverted index of reference descriptions, queried with a claim's terms. */
export class SimilarityIndex {
  private postings = new Map<string, Posting[]>();
  private selfScore = new Map<string, number>();
  private distinct = new Map<string, number>();

  /**
   * @param docs each reference's stemmed description terms
   * @param corpus every claim's stemmed terms, for document frequencies
   */
  constructor(docs: { ref: string; terms: string[] }[], corpus: string[][]) {
    const df = new Map<string, number>();
    const bump = (ts: string[]) => {
      for (const t of new Set(ts)) df.set(t, (df.get(t) ?? 0) + 1);
    };
    docs.forEach((d) => bump(d.terms));
    corpus.forEach(bump);
    const n = docs.length + corpus.length;
    const avg = docs.reduce((s, d) => s + d.terms.length, 0) / Math.max(1, docs.length) || 1;
    for (const d of docs) {
      const tf = new Map<string, number>();
      for (const t of d.terms) tf.set(t, (tf.get(t) ?? 0) + 1);
      let self = 0;
      for (const [t, f] of tf) {
        const dft = df.get(t) ?? 1;
        const idf = Math.log(1 + (n - dft + 0.5) / (dft + 0.5));
        const weight = (idf * f * (K1 + 1)) / (f + K1 * (1 - B + (B * d.terms.length) / avg));
        self += weight;
        const list = this.postings.get(t) ?? [];
        list.push({ ref: d.ref, weight });
        this.postings.set(t, list);
      }
      this.selfScore.set(d.ref, self);
      this.distinct.set(d.ref, tf.size);
    }
  }

  /**
   * Similarity of a claim to every reference sharing at least two of its words: the share
   * of the reference's BM25 weight the claim covers (0..1; 1 = the claim contains all of
   * the reference's descriptive words).
   */
  scores(claimTerms: string[]): Map<string, number> {
    const sum = new Map<string, number>();
    const hits = new Map<string, number>();
    for (const t of new Set(claimTerms)) {
      const list = this.postings.get(t);
      if (!list || list.length > MAX_POSTINGS) continue;
      for (const p of list) {
        sum.set(p.ref, (sum.get(p.ref) ?? 0) + p.weight);
        hits.set(p.ref, (hits.get(p.ref) ?? 0) + 1);
      }
    }
    const out = new Map<string, number>();
    for (const [ref, s] of sum) {
      if ((hits.get(ref) ?? 0) < 2) continue;
      const self = this.selfScore.get(ref) ?? 0;
      if (self > 0) out.set(ref, Math.min(1, s / self));
    }
    return out;
  }

  /** How many distinct descriptive words a reference has (near-verbatim titles need several). */
  size(ref: string): number {
    return this.distinct.get(ref) ?? 0;
  }
}
