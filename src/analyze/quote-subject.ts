/**
 * The speaker's words around a cue: the phrase before the verb ("Taliban spokesman Zabihullah
 * Mujahid said"), with its appositive ("Kenneth Baer, a former official, said"), the phrase
 * "who" stands for, the subject of a sentence whose verb comes after "and", and the subject a
 * sentence opens with (for "…, saying …").
 */
import { SPEAKER_WORDS as W, QUOTE_WORDS as Q } from "./quote-patterns";
import { isHead, isPunct } from "./quote-cues";
import { bare, isCap, isWord, phraseAfter, phraseBefore, type Token } from "./quote-tokens";

/** The subject noun phrase the sentence opens with (after a leading "But", "On Friday,"). */
export function openingSubject(tokens: readonly Token[], end: number): [number, number] | null {
  let a = 0;
  // "FLINT, Mich., Oct. 4 (UPI) — Former President …": a dateline in capitals comes off at its dash.
  if (isWord(tokens[0]) && /^\p{Lu}{2,}$/u.test(tokens[0]!.text)) {
    const dash = tokens.findIndex((t, i) => i <= 16 && isPunct(t, "—–"));
    if (dash > 0) a = dash + 1;
  }
  while (isWord(tokens[a]) && /^(?:but|and|so|yet|still|meanwhile|also|instead)$/i.test(bare(tokens[a]!))) a++;
  // "In August, several groups …": a leading adverbial comes off.
  // A title opens a subject ("Mr. Schultz …"), not an adverbial.
  if (isWord(tokens[a]) && !(W.title.test(bare(tokens[a]!)) && isCap(tokens[a + 1])) && (W.notName.test(bare(tokens[a]!)) && !W.determiner.test(bare(tokens[a]!)) && !W.pronoun.test(bare(tokens[a]!)) || /ing$/.test(tokens[a]!.text))) {
    const comma = tokens.findIndex((t, i) => i > a && i - a <= 12 && isPunct(t, ","));
    if (comma < 0) return null;
    a = comma + 1;
  }
  let b = phraseAfter(tokens, a);
  // "Donald Trump and Hillary Clinton vied for the title": a past-tense verb after a name ends the
  // subject, and so does an adverb in -ly before it ("Mr. Schultz generally supported …").
  if (b !== null) {
    for (let i = a + 1; i < b; i++) {
      if (isCap(tokens[i]) || !/ed$/.test(bare(tokens[i]!)) || W.joiner.test(bare(tokens[i]!))) continue;
      if (isCap(tokens[i - 1])) b = i;
      else if (i - 2 >= a && isWord(tokens[i - 1]) && /ly$/.test(bare(tokens[i - 1]!)) && isCap(tokens[i - 2])) b = i - 1;
    }
  }
  if (b === null || b > end || !(isCap(tokens[a]) || W.determiner.test(bare(tokens[a]!)) || W.pronoun.test(bare(tokens[a]!)))) return null;
  if (W.pronoun.test(bare(tokens[a]!))) return [a, a + 1];
  // The phrase ends at its head: the last of a run of nouns that name a speaker, else the last capitalised word.
  let head = -1;
  for (let i = a; i < b; i++) {
    const w = bare(tokens[i]!);
    if (isHead(w)) head = i;
    else if (head >= 0) break;
  }
  // "Attorney General Roy Cooper": capitalised role words before a name end at the name.
  if (head >= a && isCap(tokens[head]) && isCap(tokens[head + 1]) && head + 1 < b) while (head + 1 < b && isCap(tokens[head + 1])) head++;
  if (head < 0) for (let i = a; i < b && (isCap(tokens[i]) || i === a || W.joiner.test(bare(tokens[i]!))); i++) if (isCap(tokens[i])) head = i;
  return head >= a ? [a, head + 1] : null;
}

/** Whether a phrase ends in what can head a speaker's phrase: a name, a pronoun or a speaker noun. */
export function endsInHead(tokens: readonly Token[], [a, b]: [number, number]): boolean {
  const t = tokens[b - 1]!;
  return b > a && (isCap(t) || W.pronoun.test(bare(t)) || isHead(bare(t)));
}


/**
 * The speaker before the verb at `v`: "Mujahid said", "a person familiar with the matter said",
 * "Kenneth Baer, a former official, said" (the appositive becomes the role).
 */
export function speakerBefore(tokens: readonly Token[], v: number): { who: [number, number]; role: [number, number] | null } | null {
  let e = v;
  while (e > 0 && isWord(tokens[e - 1]) && Q.auxiliary.test(bare(tokens[e - 1]!)) && !isCap(tokens[e - 1])) e--;
  if (isPunct(tokens[e - 1], ",")) {
    // "“…,” NAME, APPOSITIVE, …, said": between the quotation and the verb, the name comes first.
    const q = tokens.findIndex((t) => t.kind === "quote");
    if (q >= 0 && q < e && tokens.slice(q + 1, e).every((t) => t.kind !== "quote")) {
      const a = isPunct(tokens[q + 1], ",") ? q + 2 : q + 1;
      const np = phraseAfter(tokens, a);
      if (np !== null && isCap(tokens[a]) && isPunct(tokens[np], ",") && np < e - 1) return { who: [a, np], role: [np + 1, e - 1] };
    }
    // "NAME, APPOSITIVE, said" or "ROLE, NAME, said": the nearest earlier comma that opens it.
    for (let c = e - 2; c > 0 && e - c < 40; c--) {
      if (!isPunct(tokens[c], ",")) continue;
      if (tokens.slice(c, e).some((t) => t.kind === "quote")) break;
      const inner: [number, number] = [c + 1, e - 1];
      const head = phraseBefore(tokens, c);
      if (head === null || inner[1] <= inner[0]) continue;
      const first = tokens[inner[0]]!;
      if (isCap(tokens[head]) && !W.notName.test(bare(tokens[head]!)) && (W.determiner.test(bare(first)) || !isCap(first) || /^\d/.test(first.text))) return { who: [head, c], role: inner };
      if (isCap(first) && (!W.notName.test(bare(first)) || W.title.test(bare(first))) && phraseAfter(tokens, inner[0]) === inner[1]) return { who: inner, role: [head, c] };
    }
    return null;
  }
  // "Ted Cruz endorses Trump, who says …": the speaker is the phrase "who" stands for.
  if (isWord(tokens[e - 1]) && /^who$/i.test(tokens[e - 1]!.text)) {
    const end = isPunct(tokens[e - 2], ",") ? e - 2 : e - 1;
    const start = phraseBefore(tokens, end);
    return start === null ? null : { who: [start, end], role: null };
  }
  // "families of the victims, many of whom say …": the group the quantifier is part of.
  if (isWord(tokens[e - 1]) && /^whom$/i.test(tokens[e - 1]!.text) && bare(tokens[e - 2] ?? tokens[0]!) === "of" && isPunct(tokens[e - 4], ",")) {
    const start = phraseBefore(tokens, e - 4);
    return start === null ? null : { who: [start, e - 4], role: null };
  }
  // "… stressed her support and said …": the speaker is the sentence's subject.
  if (isWord(tokens[e - 1]) && /^(?:and|but)$/i.test(tokens[e - 1]!.text)) {
    const subject = openingSubject(tokens, e - 1);
    return subject ? { who: subject, role: null } : null;
  }
  // "… the mail they asked": a pronoun right before the verb is the whole speaker.
  if (isWord(tokens[e - 1]) && W.pronoun.test(bare(tokens[e - 1]!))) return { who: [e - 1, e], role: null };
  const start = phraseBefore(tokens, e);
  if (start === null || (e - start === 1 && /^(?:this|that|these|those|which|what)$/i.test(bare(tokens[start]!)))) return null;
  return { who: [start, e], role: null };
}
