/**
 * The cue of an attribution: the verb of saying (used as a verb here, not as a noun), its
 * channel and audience ("said Friday in a statement", "told MSNBC's “Morning Joe”"),
 * "according to", and a labelling verb with its quoted label (kept as a statement only when a
 * body or a document pins it: who-says.ts). Shared by quote-frame.ts and quote-subject.ts.
 */
import { QUOTE_WORDS as Q, SPEAKER_WORDS as W } from "./quote-patterns";
import { bare, isCap, isHead, isWord, phraseBefore, type Token } from "./quote-tokens";

export const isPunct = (t: Token | undefined, chars: string) => t?.kind === "punct" && chars.includes(t.text);
export { isHead };

const PREP = /^(?:in|on|at|during|via|through|before|after|from|with|to|over|of|about)$/i;
const OBJECT_PRONOUN = /^(?:him|her|them|me|us|you|reporters|journalists|supporters|lawmakers|listeners|viewers|voters|students|the|a|an)$/i;
const TIME = /^(?:today|yesterday|tonight|recently|earlier|later|last|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|morning|afternoon|evening|night|weekend)$/i;

/** Where the cue's channel words end ("said Friday in a statement to CNN"), from just after the verb. */
export function channelEnd(tokens: readonly Token[], from: number, verb: string): number {
  let j = from;
  if (/^(?:told|tell|tells|telling)$/i.test(verb)) j = objectEnd(tokens, j);
  for (let guard = 0; guard < 4; guard++) {
    const t = tokens[j];
    if (!isWord(t)) break;
    if (TIME.test(bare(t))) {
      j++;
      while (isWord(tokens[j]) && TIME.test(bare(tokens[j]!))) j++;
      continue;
    }
    if (!PREP.test(bare(t))) break;
    let k = j + 1;
    while (isWord(tokens[k]) && W.determiner.test(bare(tokens[k]!))) k++;
    const start = k;
    while (k < tokens.length && k - start < 8) {
      const u = tokens[k]!;
      if (u.kind === "quote" && u.end - u.start < 40) k++;
      else if (isWord(u) && (isCap(u) || Q.channel.test(bare(u)) || /['’]s$/.test(u.text))) k++;
      else break;
    }
    // "recalled of the proceedings," / "said after the meeting.": a short phrase closing the sentence.
    if (k === start) {
      let m = start;
      while (isWord(tokens[m]) && m - start < 4 && !W.clauseWord.test(bare(tokens[m]!))) m++;
      if (m > start && (m >= tokens.length || isPunct(tokens[m], ",.;:!?"))) k = m;
      // "claimed during the divorce that he …": a short phrase, then "that" and a subject (not "the meeting that was held").
      else if (m > start && isWord(tokens[m]) && bare(tokens[m]!) === "that" && isWord(tokens[m + 1]) && (W.pronoun.test(bare(tokens[m + 1]!)) || W.determiner.test(bare(tokens[m + 1]!)) || isCap(tokens[m + 1]))) k = m;
    }
    if (k === start) break;
    j = k;
  }
  return j;
}

/** After "told": the audience ("reporters", "MSNBC's “Morning Joe”", "co-host Joe Scarborough"). */
function objectEnd(tokens: readonly Token[], j: number): number {
  const t = tokens[j];
  if (!isWord(t)) return j;
  if (OBJECT_PRONOUN.test(bare(t)) && !W.determiner.test(bare(t))) return j + 1;
  let k = j;
  while (isWord(tokens[k]) && W.determiner.test(bare(tokens[k]!))) k++;
  const start = k;
  while (k < tokens.length && k - start < 6) {
    const u = tokens[k]!;
    if (isWord(u) && (isCap(u) || /['’]s$/.test(u.text) || /^(?:co-host|host|anchor|reporters|crowd|audience|committee|rally|panel|newspaper|station|radio|magazine|network|show|program|interviewer)$/i.test(u.text))) k++;
    else if (u.kind === "quote" && k > start && /['’]s$/.test(tokens[k - 1]!.text)) k++;
    else break;
  }
  return k > start ? k : j;
}

/** The first verb of saying, "according to", a labelling verb with a quotation after it, or a document's finding verb, from `from`. */
export function findCue(tokens: readonly Token[], from: number): { at: number; kind: "say" | "according" | "label" | "find" } | null {
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isWord(t)) continue;
    const w = bare(t);
    if (w === "according" && isWord(tokens[i + 1]) && bare(tokens[i + 1]!) === "to") return { at: i, kind: "according" };
    if (isCap(t)) continue;
    if (Q.say.test(w) && verbHere(tokens, i)) return { at: i, kind: "say" };
    if (Q.label.test(w) && labelled(tokens, i)) return { at: i, kind: "label" };
    if (Q.find.test(w) && i > 0) return { at: i, kind: "find" };
  }
  return null;
}

/**
 * Whether the word at `i` is used as a verb: after a noun phrase's head (a name, a pronoun, a
 * noun that names a speaker), after an auxiliary, or with nothing before it but punctuation or
 * a quotation; a bare form ("say", "report") only after a plural. Not after an article or a
 * possessive ("a series of tweets", "the editor's note").
 */
function verbHere(tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && isWord(tokens[j]) && Q.auxiliary.test(bare(tokens[j]!)) && !isCap(tokens[j])) j--;
  const prev = tokens[j];
  if (!isWord(prev)) return true;
  const p = bare(prev);
  if (j < i - 1) return isCap(prev) || W.pronoun.test(p) || isHead(p) || /^(?:who|whom|which|that)$/i.test(p);
  if (/['’]s$/.test(prev.text) || W.determiner.test(p) || /^(?:to|of)$/.test(p)) return false;
  // "say" is hardly ever a noun: after any word but an article ("those close to him say").
  if (/^say$/i.test(tokens[i]!.text)) return !/^(?:he|she|it|this)$/i.test(p);
  const bareForm = !/(?:s|ed|ing)$/i.test(tokens[i]!.text) && !/^(?:said|told|wrote)$/i.test(tokens[i]!.text);
  const plural = /^(?:they|we|i|you|people|police)$/i.test(p) || (/s$/i.test(p) && !/(?:ss|us|is)$/i.test(p));
  if (bareForm && !plural) return false;
  if (isCap(prev) || W.pronoun.test(p) || isHead(p) || /^(?:who|whom|which|that|and|but)$/i.test(p)) return true;
  // "a person familiar with the matter said": the phrase's core, before its joining words, ends in a speaker noun.
  const start = phraseBefore(tokens, i);
  if (start === null) return false;
  let core = start;
  while (core + 1 < i && !W.joiner.test(bare(tokens[core + 1]!))) core++;
  return core + 1 < i && (isHead(bare(tokens[core]!)) || isCap(tokens[core]));
}

/** A labelling verb with its quoted label: right after it ("called it “a con”"), or after "as" ("labeling the rise as “unfair”"). */
function labelled(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k - i <= 24; k++) {
    const t = tokens[k]!;
    if (t.kind === "quote") return k - i <= 8 || (isWord(tokens[k - 1]) && bare(tokens[k - 1]!) === "as");
    if (isPunct(t, ".;:!?")) return false;
  }
  return false;
}
