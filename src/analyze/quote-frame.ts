/**
 * One sentence's attribution frame: where its verb of saying stands, who is named before or
 * after it, and which side holds what was said. The forms of news writing it reads:
 *   “…,” Mujahid said.          "…," said Tom Reyes, a fisherman.      She said: “…”
 *   “…,” she said, “…”          Officials said the pier was unsafe.    X happened, police said.
 *   Climate change, Mr. Obama says, is …    According to the report, …    …, according to police.
 *   …, saying that …            the government, labeling it “deeply unfair”    WALLACE: If I may …
 * Works on tokens (quote-tokens.ts), where each quotation is one token.
 */
import { channelEnd, findCue, isPunct } from "./quote-cues";
import { QUOTE_WORDS as Q, SPEAKER_WORDS as W } from "./quote-patterns";
import { endsInHead, openingSubject, speakerBefore } from "./quote-subject";
import { bare, isCap, isWord, phraseAfter, type Token } from "./quote-tokens";

/** What a sentence attributes, as token ranges of its tokens. */
export interface Frame {
  /** Token ranges [a, b) that hold what was said (two for a split quotation). */
  said: [number, number][];
  /** The speaker's noun phrase [a, b), or null when the sentence names none (a gerund's subject is looked up later). */
  who: [number, number] | null;
  /** An appositive describing the speaker [a, b) ("a former official who runs X"). */
  role: [number, number] | null;
  /** The cue [a, b): verb and its channel ("said in a tweet"), "according to", ":". */
  cue: [number, number];
  /** "saying …": the speaker is the subject of the sentence or the previous statement. */
  gerund: boolean;
  /** A quoted label pinned with "called", "labeling … as": a statement only when a body or a document pins it. */
  label?: boolean;
}

/** Words that open an adverbial clause after the verb ("…, she said when she resigned"). */
const ADVERBIAL = /^(?:when|after|before|as|while|since|during|following|upon|because|although|though|if|in|at|on)$/i;

/** Index of the last token that is not closing punctuation. */
function coreEnd(tokens: readonly Token[]): number {
  let n = tokens.length;
  while (n > 0 && isPunct(tokens[n - 1], ".!?;:)—–-")) n--;
  return n;
}

/** Reads the attribution frame of a sentence's tokens; null when it attributes nothing. */
export function readFrame(tokens: readonly Token[]): Frame | null {
  const end = coreEnd(tokens);
  // "WALLACE: If I may …": a speaker's name and a colon open the sentence ("Stealth Over Health:"
  // is a headline's kicker in title case, not a name).
  const colon = tokens.findIndex((t) => isPunct(t, ":"));
  if (colon > 0 && colon <= 4 && tokens.slice(0, colon).every((t) => isCap(t) && !W.notName.test(bare(t)) && !W.smallWord.test(bare(t)) && !Q.notSpeakerLabel.test(bare(t))) && colon + 1 < end) {
    return { said: [[colon + 1, end]], who: [0, colon], role: null, cue: [colon, colon + 1], gerund: false };
  }
  const frames: Frame[] = [];
  // "…, she laughed: “Miss it?”": a colon after a verb brings in the speaker's quotation.
  const intro = tokens.findIndex((t, i) => isPunct(t, ":") && tokens[i + 1]?.kind === "quote" && isWord(tokens[i - 1]) && !isCap(tokens[i - 1]));
  if (intro > 1 && !findCue(tokens.slice(0, intro), 0)) {
    const found = speakerBefore(tokens, intro - 1);
    if (found && endsInHead(tokens, found.who)) return { said: [[intro + 1, end]], who: found.who, role: found.role, cue: [intro - 1, intro], gerund: false };
  }
  for (let from = 0; ; ) {
    const cue = findCue(tokens, from);
    if (!cue) break;
    const frame = frameAt(tokens, cue, end);
    if (frame) frames.push(frame);
    from = cue.at + 1;
  }
  // A closing "…, the source added." attributes the whole sentence, whatever verbs stand inside it.
  const tail = frames[frames.length - 1];
  if (tail && frames.length > 1 && tail.said.length === 1 && tail.said[0]![0] === 0 && tail.who && tail.cue[1] >= end - 1 && (isPunct(tokens[tail.who[0] - 1], ",") || tokens[tail.who[0] - 1]?.kind === "quote")) return tail;
  return frames[0] ?? null;
}

/** The frame around the cue `cue`, or null when the words around it attribute nothing. */
function frameAt(tokens: readonly Token[], cue: { at: number; kind: "say" | "according" | "label" | "find" }, end: number): Frame | null {
  const v = cue.at;
  if (cue.kind === "according") {
    const np = phraseAfter(tokens, v + 2);
    if (np === null) return null;
    const cueRange: [number, number] = [v, v + 2];
    const before: [number, number] = [0, isPunct(tokens[v - 1], ",") ? v - 1 : v];
    const after: [number, number] = [isPunct(tokens[np], ",") ? np + 1 : np, end];
    // "But hey, according to …": a word or two before it is no statement.
    const holds = ([a, b]: [number, number], min: number) => tokens.slice(a, b).filter((t) => t.kind === "word").length >= min || tokens.slice(a, b).some((t) => t.kind === "quote");
    const said = [...(holds(before, 3) ? [before] : []), ...(holds(after, 1) ? [after] : [])];
    return said.length ? { said, who: [v + 2, np], role: null, cue: cueRange, gerund: false } : null;
  }
  if (cue.kind === "label") {
    const near = speakerBefore(tokens, v);
    const subject = near && endsInHead(tokens, near.who) ? near.who : openingSubject(tokens, v);
    const q = tokens.findIndex((t, i) => i > v && t.kind === "quote");
    return { said: [[q, q + 1]], who: subject, role: null, cue: [v, v + 1], gerund: subject === null, label: true };
  }
  const verb = tokens[v]!.text;
  const gerund = Q.gerund.test(verb) && isPunct(tokens[v - 1], ",—");
  let who: [number, number] | null = null;
  let role: [number, number] | null = null;
  let cueEnd = channelEnd(tokens, v + 1, verb);
  let beforeEnd = v;
  if (!gerund) {
    let found = speakerBefore(tokens, v);
    // "Albescu attacked Tom Reyes saying …": after a verb's object, a gerund's speaker is the sentence's subject.
    if (found && Q.gerund.test(verb) && found.who[0] > 0 && isWord(tokens[found.who[0] - 1]) && !isCap(tokens[found.who[0] - 1]) && /ed$/.test(bare(tokens[found.who[0] - 1]!))) {
      const subject = openingSubject(tokens, found.who[0] - 1);
      if (subject) found = { who: subject, role: null };
    }
    if (found) {
      who = found.who;
      role = found.role;
      beforeEnd = Math.min(found.who[0], found.role?.[0] ?? found.who[0]);
    } else if (v > 0 && (isPunct(tokens[v - 1], ",") || tokens[v - 1]!.kind === "quote")) {
      // Inverted: "…, said Tom Reyes, a fisherman."
      const np = phraseAfter(tokens, v + 1);
      // "said 9/11 widow Terry Strada": a phrase opening with a number holds a name.
      const numbered = np !== null && /^\d/.test(tokens[v + 1]!.text) && tokens.slice(v + 2, np).some(isCap);
      if (np === null || !(isCap(tokens[v + 1]) || W.determiner.test(bare(tokens[v + 1]!)) || numbered) || bare(tokens[v + 1]!) === "that") return null;
      who = [v + 1, np];
      beforeEnd = v;
      cueEnd = v + 1;
      // "said Omar Haddad, who chairs the hauliers' association, “…”": the appositive runs to the next comma.
      if (isPunct(tokens[np], ",") && isWord(tokens[np + 1])) {
        let r = np + 1;
        while (r < end && !isPunct(tokens[r], ",") && tokens[r]!.kind !== "quote" && r - np < 30) r++;
        role = [np + 1, r];
      }
      const after = role ? role[1] : np;
      if (after < end && !(isPunct(tokens[after], ",.") && tokens[after + 1]?.kind === "quote")) return frameOf(tokens, [[0, beforeEnd]], who, role, [v, v + 1]);
      return frameOf(tokens, [[0, beforeEnd], [after, end]], who, role, [v, v + 1]);
    } else return null;
    if (cue.kind === "find" && !SPEAKER_IS_DOCUMENT(tokens, who)) return null;
  }
  const cueRange: [number, number] = [v, cueEnd];
  let a = cueEnd;
  if (isWord(tokens[a]) && bare(tokens[a]!) === "that") a++;
  else if (isPunct(tokens[a], ",:")) a++;
  if (gerund) {
    const subject = openingSubject(tokens, v);
    return a < end ? { said: [[a, end]], who: subject, role: null, cue: cueRange, gerund: subject === null } : null;
  }
  // Nothing after the verb (or only when and where): what was said stands before the speaker.
  const before: [number, number] = [0, isPunct(tokens[beforeEnd - 1], ",") ? beforeEnd - 1 : beforeEnd];
  const adverbial = isWord(tokens[a]) && (ADVERBIAL.test(bare(tokens[a]!)) || /ing$/i.test(tokens[a]!.text)) && before[1] > before[0];
  const beforeQuoted = tokens.slice(before[0], before[1]).some((t) => t.kind === "quote");
  if (a >= end || adverbial) {
    // "“…,” Tester said, referring to the excuse, “…”": an aside, then the quotation goes on.
    const resumed = beforeQuoted && a < end ? quoteAfterAside(tokens, a, end) : -1;
    return frameOf(tokens, resumed < 0 ? [before] : [before, [resumed, end]], who, role, cueRange);
  }
  // "Climate change, Mr. Obama says, is …" / "“…,” she said, “…”": both sides.
  const splitBefore = beforeQuoted || (isPunct(tokens[beforeEnd - 1], ",") && tokens[a]?.kind !== "quote");
  const participle = isWord(tokens[a]) && /ing$/i.test(tokens[a]!.text);
  if (isPunct(tokens[cueEnd], ",") && before[1] > before[0] && splitBefore && !participle) {
    return frameOf(tokens, [before, [a, end]], who, role, cueRange);
  }
  if (isPunct(tokens[cueEnd], ",") && participle) return frameOf(tokens, [before], who, role, cueRange);
  // "Mexico said enough.", "he told the Times then": a word or two is no statement.
  const after = tokens.slice(a, end);
  if (after.filter(isWord).length < 3 && !after.some((t) => t.kind === "quote")) {
    const held = tokens.slice(before[0], before[1]);
    return held.filter(isWord).length >= 4 || held.some((t) => t.kind === "quote") ? frameOf(tokens, [before], who, role, cueRange) : null;
  }
  // "added the week", "continues his adulation": only verbs of saying carry a clause without "that", a colon or a
  // quotation, unless a clause plainly follows ("announced it would …", "noted clients are …", "asked how …").
  const introduced = a > cueEnd || tokens[a]?.kind === "quote" || (isWord(tokens[a]) && W.pronoun.test(bare(tokens[a]!))) || clauseFollows(tokens, a);
  if (!introduced && !Q.bareClause.test(verb)) return null;
  return frameOf(tokens, [[a, quoteThenClause(tokens, a) ? a + 1 : end]], who, role, cueRange);
}

/** Words that open an indirect question ("asked how …", "explained why …"). */
const WH = /^(?:how|why|whether|what|where|who|which)$/i;
/** Finite verbs that show a clause: a subject of a few words, then one of these ("funding was", "it would"). */
const FINITE = /^(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|do|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|hasn['’]t|haven['’]t|hadn['’]t|won['’]t|wouldn['’]t|couldn['’]t|can['’]t|shouldn['’]t|didn['’]t|doesn['’]t|don['’]t)$/i;

/**
 * Whether a reported clause starts at `a` without "that": an indirect question, or a short subject
 * (no punctuation, no relative word) followed by a finite verb within five words.
 */
function clauseFollows(tokens: readonly Token[], a: number): boolean {
  if (isWord(tokens[a]) && WH.test(bare(tokens[a]!))) return true;
  for (let k = a; k < tokens.length && k - a <= 5; k++) {
    const t = tokens[k]!;
    if (!isWord(t)) return false;
    const w = bare(t);
    if (FINITE.test(w)) return k > a;
    if (/^(?:that|which|who|whom|whose|to|of|for|with|by|from|in|on|at|and|or|but)$/i.test(w)) return false;
  }
  return false;
}

/** Words that open a clause of the reporter's own after a quotation ("“That makes me smart,” when Clinton …"). */
const CLAUSE_AFTER_QUOTE = /^(?:when|after|before|while|since|because|although|though|if|as|until|unless|whereas)$/i;

/** Whether the quotation at `a` is followed by a clause of the reporter's own: then the statement is the quotation alone. */
function quoteThenClause(tokens: readonly Token[], a: number): boolean {
  if (tokens[a]?.kind !== "quote") return false;
  const next = isPunct(tokens[a + 1], ",") ? tokens[a + 2] : tokens[a + 1];
  return isWord(next) && CLAUSE_AFTER_QUOTE.test(bare(next));
}

/** After an aside set off by commas ("referring to the excuse,"), a quotation that resumes what was said: its index, or -1. */
function quoteAfterAside(tokens: readonly Token[], a: number, end: number): number {
  for (let k = a; k < end && k - a <= 16; k++) {
    const t = tokens[k]!;
    if (t.kind === "quote") return isPunct(tokens[k - 1], ",—–") ? k : -1;
    if (isPunct(t, ".;:!?")) return -1;
  }
  return -1;
}

function frameOf(tokens: readonly Token[], said: [number, number][], who: [number, number] | null, role: [number, number] | null, cue: [number, number]): Frame | null {
  const kept = said.filter(([a, b]) => tokens.slice(a, b).some((t) => t.kind !== "punct"));
  return kept.length ? { said: kept, who, role, cue, gerund: false } : null;
}

/** "The report found": a finding verb counts only with a document as its subject. */
function SPEAKER_IS_DOCUMENT(tokens: readonly Token[], who: [number, number] | null): boolean {
  return who !== null && tokens.slice(who[0], who[1]).some((t) => isWord(t) && W.docHead.test(bare(t)));
}

const CONJUNCTION = /^(?:while|but|whereas|and|although|though)$/i;

/**
 * The frames of a sentence that may join two attributions ("Officials said …, while Milley told
 * reporters …"; "…; she said …"): it is cut where a clause with its own speaker and verb begins.
 */
export function readFrames(tokens: readonly Token[]): Frame[] {
  for (let k = 1; k < tokens.length - 2; k++) {
    // "“…,” he said, adding that …": the gerund's statement is the same speaker's.
    if (isPunct(tokens[k], ",") && isWord(tokens[k + 1]) && Q.gerund.test(tokens[k + 1]!.text)) {
      const first = readFrame(tokens.slice(0, k));
      let a = k + 2;
      if (isWord(tokens[a]) && bare(tokens[a]!) === "that") a++;
      const end = coreEnd(tokens);
      // "Trump defended not paying an architect who said …, saying …": after a relative clause's statement, the gerund is the sentence subject's.
      const relative = first?.who && isWord(tokens[first.cue[0] - 1]) && /^who$/i.test(tokens[first.cue[0] - 1]!.text);
      const subject = relative ? openingSubject(tokens, first!.who![0]) : null;
      if (first && first.who && a < end && (end - a >= 3 || tokens[a]!.kind === "quote")) return [first, { said: [[a, end]], who: subject, role: null, cue: [k + 1, k + 2], gerund: subject === null }];
    }
    const semi = isPunct(tokens[k], ";");
    if (!semi && !(isPunct(tokens[k], ",") && isWord(tokens[k + 1]) && CONJUNCTION.test(bare(tokens[k + 1]!)))) continue;
    const from = semi ? k + 1 : k + 2;
    const rest = readFrame(tokens.slice(from));
    if (!rest?.who || rest.who[0] !== 0 || rest.cue[0] > 12) continue;
    const first = readFrame(tokens.slice(0, k));
    return [...(first ? [first] : []), ...readFrames(tokens.slice(from)).map((f) => shift(f, from))];
  }
  const one = readFrame(tokens);
  return one ? [one] : [];
}

const move = (r: [number, number] | null, by: number): [number, number] | null => (r ? [r[0] + by, r[1] + by] : null);

function shift(f: Frame, by: number): Frame {
  return { ...f, said: f.said.map((r) => move(r, by)!), who: move(f.who, by), role: move(f.role, by), cue: move(f.cue, by)! };
}
