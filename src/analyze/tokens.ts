/**
 * One analysis's word lists: each text tokenised once. Matching, the duplicate checks, the
 * summary's candidates, features, word model and picker, and the covers all read the words,
 * terms or key of the same sentences; tokenising (NFKC, a Unicode regex, the stemmer) was a
 * third of analyze, four times over. A `Tokens` lives as long as the `analyze` call that makes
 * it (nothing is kept across pages), and gives exactly what `words`, `terms` and `textKey` of
 * ./text give, as read-only lists shared by every caller.
 */
import { isContentWord, stem, words } from "./text";

export class Tokens {
  private readonly wordLists = new Map<string, readonly string[]>();
  private readonly termLists = new Map<string, readonly string[]>();
  private readonly keys = new Map<string, string>();

  /** `words(text)`. */
  words(text: string): readonly string[] {
    let out = this.wordLists.get(text);
    if (!out) this.wordLists.set(text, (out = words(text)));
    return out;
  }

  /** `terms(text)`: stemmed content words, in order, repeats kept. */
  terms(text: string): readonly string[] {
    let out = this.termLists.get(text);
    if (!out) this.termLists.set(text, (out = this.words(text).filter(isContentWord).map(stem)));
    return out;
  }

  /** `textKey(text)`: the words joined by spaces. */
  textKey(text: string): string {
    let out = this.keys.get(text);
    if (out === undefined) this.keys.set(text, (out = this.words(text).join(" ")));
    return out;
  }
}
