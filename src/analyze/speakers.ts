/**
 * Who each statement's speaker is, across the whole article: a surname becomes the fullest name
 * the article gives ("Mujahid" → "Zabihullah Mujahid"), a title comes off into the role ("NYPD
 * Commissioner James O’Neill"), "he", "she", "they" and "it" become the person or body they
 * stand for (never a speaker in themselves), "the mayor" becomes the mayor named before, and
 * each speaker gets a kind: a named person, an organisation, a document, an unnamed
 * (anonymous) source, or unknown when the article attributes words to nothing it names.
 */
import type { SpeakerKind } from "../report";
import { PATTERNS } from "./patterns";
import { ANONYMITY, SPEAKER_WORDS as W } from "./quote-patterns";
import type { RawStatement } from "./quotes";
import { fold, roleOf, roleWords, type PeopleIndex, type Person } from "./speaker-names";

/** A statement with its speaker resolved. */
export interface Resolved {
  speaker: string | null;
  role: string | null;
  kind: SpeakerKind;
}

interface Context {
  people: PeopleIndex;
  /** Statements resolved so far, in order. */
  before: { raw: RawStatement; who: Resolved }[];
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const UNKNOWN: Resolved = { speaker: null, role: null, kind: "unknown" };
/** How far back (in blocks) a pronoun may look for what it stands for. */
const PRONOUN_REACH = 4;

const wordsOf = (s: string) => s.split(/\s+/).filter(Boolean);
const isCapWord = (w: string) => /^\p{Lu}/u.test(w);
/** A description as a speaker: its opening capital lowered ("Officials familiar …" → "officials familiar …") unless a name opens it. */
const asDescribed = (s: string) => {
  const first = fold(wordsOf(s)[0] ?? "");
  // "Republicans", "American officials": a party or a nationality keeps its capital.
  return /^\p{Lu}\p{Ll}/u.test(s) && isCommonWord(first) && !W.descriptor.test(first) ? s[0]!.toLowerCase() + s.slice(1) : s;
};
const stripThe = asDescribed;

/** Resolves every statement's speaker, in order (a pronoun looks back at earlier ones). */
export function resolveSpeakers(raws: readonly RawStatement[], people: PeopleIndex): Resolved[] {
  const ctx: Context = { people, before: [] };
  return raws.map((raw) => {
    const who = resolveOne(raw, ctx);
    ctx.before.push({ raw, who });
    return who;
  });
}

function resolveOne(raw: RawStatement, ctx: Context): Resolved {
  if (!raw.who) {
    const prev = ctx.before[ctx.before.length - 1];
    return raw.follows && prev && prev.raw.block >= raw.block - 1 ? prev.who : UNKNOWN;
  }
  // "Rep. Gregory W. Meeks (D-N.Y.)": the bracketed aside is no part of the name.
  const phrase = raw.who.replace(/\s*\([^()]*\)/g, "").replace(/['’]s$/, "").trim();
  const words = wordsOf(phrase);
  if (words.length === 1 && W.pronoun.test(words[0]!)) return pronoun(fold(words[0]!), raw, ctx);
  // The phrase's core ends before a joining word: "a report by the United Nations" is a report.
  const cut = words.findIndex((w, i) => i > 0 && JOINS_CORE.test(w));
  const core = cut > 0 ? words.slice(0, cut) : words;
  const head = fold(core[core.length - 1]!);
  const speaker = stripThe(phrase);
  // An all-capitals word is a person only when the article names one so ("WALLACE:" in a transcript); else an acronym.
  const shout = core.length === 1 && /^\p{Lu}{2,}$/u.test(core[0]!) ? ctx.people.lookup([fold(core[0]!)]) : null;
  if (shout) return { speaker: shout.name, role: raw.role ?? shout.role, kind: "person" };
  const body = organisationName(words);
  if (body) return { ...body, role: raw.role ?? body.role };
  const named = nameIn(core);
  if (named) return person(named, raw, ctx);
  // "White House officials", "a Defense Department spokesman": people of a body, unnamed.
  if (W.anonHead.test(head) && !isCapWord(core[core.length - 1]!)) {
    const anon = anonymous(words, phrase, raw.role);
    if (anon) return anon;
  }
  const orgNamed = core.some(isCapWord) && core.some((w) => PATTERNS.organisationWord.test(w) || W.orgHead.test(fold(w)) || /^\p{Lu}{2,}$/u.test(w));
  if (orgNamed && !W.docHead.test(head)) return { speaker, role: raw.role, kind: "organization" };
  if (W.docHead.test(head)) return { speaker, role: null, kind: "document" };
  // "the residents of the bay": a group the article names by what its people are, not a person.
  if (W.anonHead.test(head)) return anonymous(words, phrase, raw.role) ?? definite(words, ctx) ?? { speaker, role: raw.role, kind: /s$|^people$/.test(head) ? "anonymous" : "person" };
  if (W.orgHead.test(head) || orgNamed) {
    // "the authority said" after "the Halden Port Authority …": the body named before.
    const named = !orgNamed && fold(words[0]!) === "the" && core.length <= 3 ? ctx.people.organisationBefore(head, raw.block, raw.offset) : null;
    return { speaker: named ?? speaker, role: raw.role, kind: "organization" };
  }
  if (W.roleHead.test(head)) return definite(words, ctx) ?? { speaker, role: raw.role, kind: W.determiner.test(fold(words[0]!)) && fold(words[0]!) !== "the" ? "anonymous" : "person" };
  return { speaker, role: raw.role, kind: "unknown" };
}

/** Lower-case words inside an organisation's name ("Alliance to Reclaim Our Schools", "Committee for the Arts"). */
const NAME_JOINER = /^(?:of|for|to|the|and|on|in|without|&)$/;

/**
 * A body whose name has lower-case words inside, at the end of the phrase ("the event organizer
 * Alliance to Reclaim Our Schools"): the whole name is the speaker and the words before it, when
 * they name a role, its role. Not when the phrase is about people or a document of the body
 * ("officials at the Department of Homeland Security" stays anonymous).
 */
function organisationName(words: string[]): Resolved | null {
  let i = words.length;
  while (i > 0 && (isCapWord(words[i - 1]!) || (NAME_JOINER.test(words[i - 1]!) && i < words.length))) i--;
  while (i < words.length && NAME_JOINER.test(words[i]!)) i++;
  const name = words.slice(i);
  if (name.length < 3 || !name.some((w) => NAME_JOINER.test(w)) || !name.some((w) => PATTERNS.organisationWord.test(w) || W.orgHead.test(fold(w)))) return null;
  const before = words.slice(0, i);
  if (before.some((w) => W.anonHead.test(fold(w)) || W.docHead.test(fold(w)) || JOINS_CORE.test(w) || W.pronoun.test(w))) return null;
  const described = before.filter((w) => !W.determiner.test(fold(w)));
  const role = described.length && W.roleHead.test(fold(described[described.length - 1]!)) ? described.join(" ") : null;
  return { speaker: name.join(" "), role, kind: "organization" };
}

/** Words after which a speaker's phrase only says more about its core ("of", "for", "familiar with"). */
const JOINS_CORE = /^(?:of|for|by|from|at|with|in|on|close|familiar|briefed|who|knowledgeable|involved|speaking)$/i;

/** A word that is no part of a name even when capitalised (a title, an opener, a common noun opening a sentence). */
const isCommonWord = (w: string) => W.title.test(w) || W.roleHead.test(w) || W.notName.test(w) || W.anonHead.test(w) || W.docHead.test(w) || W.orgHead.test(w);
/** A word before a name that describes the person: a common word, a party or a nationality ("Republican Donald Trump"). */
const isDescriptor = (w: string) => isCommonWord(w) || W.descriptor.test(w);

/** The name words at the end of a phrase, after any title or descriptor ("Taliban spokesman Zabihullah Mujahid" → 2 words). */
function nameIn(words: string[]): { name: string[]; descriptor: string[] } | null {
  let i = words.length;
  // A word that only names a thing ("Bill", "Post") is a name word inside a name ("President Bill Clinton").
  // A word right after an honorific is a name, whatever else it means ("Mr. King", "Ms. Price").
  const afterHonorific = (k: number) => k > 0 && W.honorific.test(words[k - 1]!);
  const nameWord = (w: string, k: number) =>
    !isDescriptor(w) || afterHonorific(k) || (k < words.length - 1 && !W.title.test(w) && !W.roleHead.test(w) && !W.notName.test(w) && !W.descriptor.test(w) && !W.anonHead.test(w));
  // "Carla del Rio Vance": a small particle between name words is part of the name.
  const particle = (k: number) => k > 0 && W.nameParticle.test(words[k]!) && isCapWord(words[k - 1]!) && nameWord(fold(words[k - 1]!), k - 1);
  while (i > 0 && ((isCapWord(words[i - 1]!) && nameWord(fold(words[i - 1]!), i - 1)) || (i < words.length && particle(i - 1)))) i--;
  // "Rep. Elijah Cummings of Maryland": the name before "of".
  if (i === words.length) {
    const of = words.findIndex((w, k) => k > 0 && /^(?:of|from)$/.test(w) && isCapWord(words[k - 1]!));
    if (of > 0) return nameIn(words.slice(0, of));
    return null;
  }
  const name = words.slice(i);
  if (name.some((w) => PATTERNS.organisationWord.test(w) || W.orgHead.test(fold(w)))) return null;
  if (name.length === 1 && /^\p{Lu}{2,}$/u.test(name[0]!)) return null;
  return { name, descriptor: words.slice(0, i) };
}

function person(named: { name: string[]; descriptor: string[] }, raw: RawStatement, ctx: Context): Resolved {
  const keys = named.name.map(fold);
  const known = ctx.people.lookup(keys);
  // The words before the name that describe the person ("Taliban spokesman"), not the rest of the phrase ("Warren grilled CEO").
  const described = named.descriptor.slice(named.descriptor.length - roleWords(named.descriptor));
  const descriptor = described.filter((w) => !W.honorific.test(w) && (!W.notName.test(fold(w)) || W.title.test(fold(w))));
  const role = raw.role ?? roleOf(descriptor) ?? known?.role ?? null;
  // The role an appositive gives is the person's for later statements too ("Lindqvist said …").
  if (known && !known.role && role) known.role = role;
  // A lone capitalised word no person of the article bears, with no title ("Nordlift said"): a body, not a person.
  if (!known && keys.length === 1 && !named.descriptor.some((w) => W.title.test(fold(w)))) return { speaker: named.name[0]!, role: raw.role, kind: "organization" };
  const name = known && known.keys.length >= keys.length ? known.name : named.name.join(" ");
  return { speaker: name, role: role ?? known?.role ?? null, kind: "person" };
}

/** An unnamed source: "officials", "a person familiar with the matter", "sources close to …". */
function anonymous(words: string[], phrase: string, role: string | null = null): Resolved | null {
  const lower = words.map(fold);
  const head = lower.findIndex((w) => W.anonHead.test(w));
  if (head < 0) return null;
  const capsBeforeHead = words.slice(0, head).filter((w) => isCapWord(w) && !W.determiner.test(fold(w))).length;
  const det = lower[0]!;
  const definiteNamed = det === "the" && !ANONYMITY.test(phrase) && !/^(?:source|sources)$/.test(lower[head]!);
  if (definiteNamed) return null;
  if (capsBeforeHead && W.roleHead.test(lower[head]!) && !/s$/.test(lower[head]!) && det !== "a" && det !== "an") return null;
  return { speaker: stripThe(phrase.replace(/^(?:A|An)\s/, (m) => m.toLowerCase())), role, kind: "anonymous" };
}

/** "the mayor", "the official": the person named before whose role has that word; else the description as a person. */
function definite(words: string[], ctx: Context): Resolved | null {
  if (fold(words[0]!) !== "the" || words.length > 5) return null;
  const head = fold(words[words.length - 1]!);
  if (!W.roleHead.test(head) && !W.anonHead.test(head)) return null;
  // Every word of the description ("Democratic presidential nominee") must fit the role named before.
  const fitsRole = (role: string | null) => !!role && words.slice(1).every((w) => new RegExp(`\\b${escape(w)}\\b`, "i").test(role));
  // A role with no word the description lacks ("Democratic presidential nominee") before one with more ("… vice presidential nominee").
  const exact = (role: string | null) => !!role && wordsOf(role).filter((w) => !W.determiner.test(fold(w))).length === words.length - 1;
  const candidates: Resolved[] = [];
  for (let i = ctx.before.length - 1; i >= 0; i--) {
    const prev = ctx.before[i]!.who;
    if (prev.kind === "person" && fitsRole(prev.role)) candidates.push(prev);
  }
  for (const x of ctx.people.people) if (fitsRole(x.role)) candidates.push({ speaker: x.name, role: x.role, kind: "person" });
  const best = candidates.find((c) => exact(c.role)) ?? candidates[0];
  if (best) return best;
  return W.anonHead.test(head) ? { speaker: stripThe(words.join(" ")), role: null, kind: "anonymous" } : { speaker: stripThe(words.join(" ")), role: null, kind: "person" };
}

/** What a pronoun speaker stands for: the person (or, for "they"/"it", the body or group) named last. */
function pronoun(word: string, raw: RawStatement, ctx: Context): Resolved {
  if (word === "i" || word === "we") return UNKNOWN;
  if (word === "they" || word === "it") {
    for (let i = ctx.before.length - 1; i >= 0; i--) {
      const prev = ctx.before[i]!;
      if (prev.raw.block < raw.block - PRONOUN_REACH) break;
      if (prev.who.kind === "organization" || prev.who.kind === "document" || (word === "they" && prev.who.kind === "anonymous")) return prev.who;
    }
    return UNKNOWN;
  }
  const gender = word === "he" ? "m" : "f";
  const found = antecedent(ctx, raw, gender);
  return found ? { speaker: found.name, role: found.role, kind: "person" } : UNKNOWN;
}

/**
 * The person a "he"/"she" at the statement stands for: the latest person mentioned before it in
 * the same or a recent paragraph (a subject preferred within a sentence), whose known gender
 * does not disagree; the pronoun teaches that person's gender for later.
 */
function antecedent(ctx: Context, raw: RawStatement, gender: "m" | "f"): Person | null {
  const fits = (p: Person) => p.gender === null || p.gender === gender;
  const earlier = ctx.people.mentionsBefore(raw.block, raw.offset, raw.block - PRONOUN_REACH);
  // The latest person in reach, a subject (a name opening its sentence) before any other in the same paragraph.
  for (let i = earlier.length - 1; i >= 0; i--) {
    const m = earlier[i]!;
    if (!fits(m.person)) continue;
    const subject = earlier.slice(0, i + 1).reverse().find((x) => x.block === m.block && x.first && fits(x.person));
    const found = subject ?? m;
    found.person.gender ??= gender;
    return found.person;
  }
  for (let i = ctx.before.length - 1; i >= 0; i--) {
    const prev = ctx.before[i]!;
    if (prev.raw.block < raw.block - PRONOUN_REACH) break;
    if (prev.who.kind === "person" && prev.who.speaker) {
      const p = ctx.people.lookup(wordsOf(prev.who.speaker).map(fold));
      if (p && fits(p)) return p;
    }
  }
  return null;
}
