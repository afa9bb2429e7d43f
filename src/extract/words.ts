/** Word helpers shared by the article finder, the metadata reader and the chrome rules. */

const WORD = /[\p{L}\p{N}]+/gu;

/** The lowercased words (letter and digit runs) of `s`. */
export const wordsOf = (s: string): string[] => s.toLowerCase().match(WORD) ?? [];

/** `s` lowercased with everything but letters and digits removed: a key for "the same words". */
export const compactKey = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
