/**
 * Word-level text helpers shared by matching, checks and summaries: one normalisation,
 * one tokenizer and one light stemmer, so that "batteries", "Battery" and "battery's"
 * compare equal everywhere in the analyzer.
 */
import { STOP_WORDS } from "./patterns";

/** NFKC with typographic apostrophes as "'": the folds of normalizeText that can change a word. */
function foldWordChars(text: string): string {
  return text.normalize("NFKC").replace(/[\u2018\u2019\u02bc]/g, "'");
}

/** Folds typographic quotes and dashes and collapses whitespace (for comparing texts). */
export function normalizeText(text: string): string {
  return foldWordChars(text)
    .replace(/[\u201c\u201d\u00ab\u00bb\u201e]/g, '"')
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** A word: letters and digits, maybe an apostrophe and more letters ("don't", "Reyes's"). */
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;

/**
 * Lower-case words of a text (letters and digits, inner apostrophes dropped): the words of
 * `normalizeText(text)`. Its other folds (dashes, double quotes, runs of whitespace) only
 * ever replace a character that is no part of a word with another, so they are skipped,
 * except where lower-casing reads a character's neighbours: a capital sigma (Σ) becomes ς at
 * a word's end, and a whitespace character such as U+FEFF that folds to a space can move that end.
 */
export function words(text: string): string[] {
  // ASCII text folds to itself, and its letters and digits are the ASCII ones: one cheap pass.
  const ascii = !NON_ASCII.test(text);
  const folded = ascii ? text : foldWordChars(text);
  const source = (!ascii && folded.includes("\u03a3") ? normalizeText(text) : folded).toLowerCase();
  const found = source.match(ascii ? ASCII_WORD : WORD) ?? [];
  for (let i = 0; i < found.length; i++) {
    const w = found[i]!;
    if (w.includes("'")) found[i] = w.replace(/'s$/, "").replace(/'/g, "");
  }
  return found;
}

const NON_ASCII = /[^\x00-\x7f]/;
/** WORD on lower-case ASCII text. */
const ASCII_WORD = /[a-z0-9]+(?:'[a-z]+)?/g;

/** A light English stemmer: strips plural, possessive and common verb/adjective endings. */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 3) return w;
  if (w.endsWith("ies") && w.length > 4) w = w.slice(0, -3) + "y";
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith("ing") && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith("ed") && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith("ly") && w.length > 5) w = w.slice(0, -2);
  if (/(?:ation|ment|ness)$/.test(w) && w.length > 7) w = w.replace(/(?:ation|ment|ness)$/, "");
  if (w.endsWith("e") && w.length > 4) w = w.slice(0, -1);
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && w.length > 4) w = w.slice(0, -1);
  return w.endsWith("y") && w.length > 4 ? w.slice(0, -1) + "i" : w;
}

/** Whether a lower-case word carries topic (not a stop word, not a bare number or letter). */
export function isContentWord(word: string): boolean {
  return word.length > 1 && !STOP_WORDS.has(word) && !isShortNumber(word);
}

/** One to three ASCII digits and nothing else. */
function isShortNumber(word: string): boolean {
  if (word.length > 3) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Stemmed content words of a text, in order, repeats kept (for term frequencies). */
export function terms(text: string): string[] {
  return words(text).filter(isContentWord).map(stem);
}

/** Lower-case, punctuation-free key for finding repeated text. */
export function textKey(text: string): string {
  return words(text).join(" ");
}

/** Cuts a text to `max` characters on a word boundary, adding an ellipsis when cut. */
export function shorten(text: string, max = 80): string {
  const t = normalizeText(text);
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, "")}…`;
}
