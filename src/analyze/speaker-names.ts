/**
 * The people an article names, read once over its prose (quotations left out: a name inside a
 * quotation is what the speaker talks about, not who speaks). Each person is kept with the
 * fullest name the article gives, the role it gives them ("Taliban spokesman Zabihullah
 * Mujahid", "Kenneth Baer, a former official,") and, where a title or role word tells it, a
 * gender; each mention with its place, so a later "Mujahid" finds the full name and a "he"
 * finds the person named last.
 */
import { PATTERNS, TITLE_ALTERNATION } from "./patterns";
import { SPEAKER_WORDS as W, TITLE_CASE_SMALL } from "./quote-patterns";

export interface Person {
  /** The fullest name the article gives. */
  name: string;
  /** Name words, folded for comparison. */
  keys: string[];
  role: string | null;
  gender: "m" | "f" | null;
  mentions: number;
}

/** A mention of a person: where it stands and whether it opens its sentence (a subject). */
export interface Mention {
  person: Person;
  block: number;
  offset: number;
  first: boolean;
}

/** Last words that make a capitalised run a place or thing ("Skerry Point light"), not a person. */
const PLACE = /^(?:point|street|st|road|avenue|ave|boulevard|lane|bay|river|island|islands|mountain|mountains|lake|park|square|bridge|hall|center|centre|tower|light|station|airport|port|harbour|harbor|county|valley|beach|coast|cape|atoll|sea|ocean|gulf|strait|canal|field|fields|heights|hill|hills|forest|desert|peninsula|province|region|district|state|states|city|town|village|kingdom|republic|union|east|west|north|south|day|week|month|year|war|act|bill|law|prize|award|cup|games|league|series|festival)$/i;

/** First words that make a capitalised run a place ("New York", "San Diego", "Fort Worth"), never a first name. */
const PLACE_START = /^(?:New|San|Santa|Los|Las|Fort|Port|Mount|Lake|Saint|Sainte)$/;

export const fold = (w: string) => w.toLowerCase().replace(/[’']/g, "'").replace(/\.$/, "");

/** Capitalised runs: name words with initials and inner periods ("G.K. Butterfield", "O’Neill"). */
const NAME_RUN = new RegExp(
  `(?:(?:\\p{Lu}\\.|(?:${TITLE_ALTERNATION})\\.|\\p{Lu}[\\p{L}'’-]*)\\s+(?:(?:${W.nameParticle.source.slice(1, -1)})\\s+)?){0,5}\\p{Lu}[\\p{L}'’-]*[\\p{L}]`,
  "gu",
);
/** TITLE_CASE_SMALL inside a sentence ("… Vows To Eliminate Tax Breaks Used By …"), not opening one. */
const SMALL_WORD = new RegExp(`(?<![.!?:;"“‘(—–-]\\s*)(?<=\\s)(?:${TITLE_CASE_SMALL})(?=\\s)`, "gi");

/**
 * Whether `text` is written in title case, as headlines and subheads are: two or more of its
 * small words, and most, capitalised. Its capitals say nothing of names ("Railing Against Trump"
 * is no person).
 */
function titleCased(text: string): boolean {
  let small = 0;
  let capitalised = 0;
  for (const m of text.matchAll(SMALL_WORD)) {
    small++;
    if (m[0].charCodeAt(0) < 97) capitalised++;
  }
  return capitalised >= 2 && capitalised * 2 >= small;
}

/** An appositive after a name: ", a former official who …," up to the next comma. */
const APPOSITIVE = new RegExp(
  `^,\\s+((?:a|an|the|who|one|\\p{Ll}[\\p{L}-]*)\\s(?:[^,;.()]|\\b(?:${TITLE_ALTERNATION})\\.){2,120}?)(?=[,;)]|(?<!\\b(?:${TITLE_ALTERNATION}))\\.|$)`,
  "u",
);

/** A named organisation and where it is named ("Halden Port Authority"), for "the authority said". */
export interface OrgMention {
  name: string;
  block: number;
  offset: number;
}

export class PeopleIndex {
  readonly people: Person[] = [];
  readonly mentions: Mention[] = [];
  readonly organisations: OrgMention[] = [];
  /** People by the last word of their name (the key every lookup starts from). */
  private readonly bySurname = new Map<string, Person[]>();

  /** Reads `texts` (prose blocks, with quotations blanked out to keep offsets); text in title case names no one. */
  constructor(texts: readonly { block: number; text: string }[]) {
    for (const { block, text } of texts) {
      if (titleCased(text)) continue;
      for (const m of text.matchAll(NAME_RUN)) this.read(block, text, m.index, m[0]);
    }
  }

  private read(block: number, text: string, at: number, run: string): void {
    let words = run.replace(/['’]s$/, "").split(/\s+/);
    let lead = 0;
    // Drop sentence openers and titles in front ("But", "Sen.", "NYPD Commissioner").
    let cut = 0;
    const titled: string[] = [];
    for (let i = 0; i < words.length - 1; i++) {
      const w = fold(words[i]!);
      // A title is capitalised in a name ("Del. Stacey Plaskett"); "del" in "Guillermo del Toro" is part of the name.
      const title = W.title.test(w) && /^\p{Lu}/u.test(words[i]!);
      if (W.notName.test(w) && !title) cut = i + 1;
      else if (title || W.roleHead.test(w) || (W.descriptor.test(w) && words.length - i > 2)) {
        cut = i + 1;
        titled.push(words[i]!);
      }
    }
    lead = words.slice(0, cut).join(" ").length + (cut ? 1 : 0);
    words = words.slice(cut);
    if (!words.length || PLACE.test(words[words.length - 1]!) || (words.length > 1 && PLACE_START.test(words[0]!))) return;
    // "in New York", "across West Virginia": a name after a preposition of place is a place.
    if (!cut && /\b(?:in|at|near|across|outside|inside|throughout|around|within)\s+$/i.test(text.slice(Math.max(0, at - 12), at))) return;
    if (words.some((w) => PATTERNS.organisationWord.test(w) || W.orgHead.test(w))) {
      this.organisations.push({ name: words.join(" "), block, offset: at + lead });
      return;
    }
    if (words.length === 1 && !titled.length && !this.bySurname.has(fold(words[0]!))) return;
    if (words.every((w) => W.notName.test(fold(w)) || /^\p{Lu}+$/u.test(w) && w.length > 1 && words.length === 1)) return;
    const keys = words.map(fold);
    const start = at + lead;
    const before = text.slice(Math.max(0, at - 60), at);
    const after = text.slice(start + words.join(" ").length);
    const descriptor = roleBefore(before, titled);
    const appositive = APPOSITIVE.exec(after)?.[1] ?? null;
    const role = descriptor ?? (appositive && /^(?:a|an|the)\s/i.test(appositive) ? cleanRole(appositive) : null);
    const gender = genderOf([...titled, ...(role?.split(/\s+/) ?? [])]);
    const person = this.personFor(keys, words.join(" "), role, gender);
    person.mentions++;
    if (!person.role) person.role = role;
    if (!person.gender) person.gender = gender;
    this.mentions.push({ person, block, offset: start, first: /(?:^|[.!?]["”’]?\s+)(?:\p{Lu}\p{Ll}+\s+)?$/u.test(text.slice(Math.max(0, at - 12), at)) });
  }

  /**
   * The person a name's words stand for, new or known (a longer name than known replaces it),
   * unless the longer name is someone else of that surname: "President Obama" then "the first
   * lady, Michelle Obama" are two people, told apart by a role or a gender that disagree.
   */
  private personFor(keys: string[], name: string, role: string | null, gender: "m" | "f" | null): Person {
    const known = this.lookup(keys);
    const other = known && known.keys.length === 1 && keys.length > 1 && ((gender && known.gender && gender !== known.gender) || (role && known.role && !rolesAgree(role, known.role)));
    if (known && !other) {
      if (keys.length > known.keys.length) Object.assign(known, { keys, name });
      return known;
    }
    const p: Person = { name, keys, role: null, gender: null, mentions: 0 };
    this.people.push(p);
    const last = keys[keys.length - 1]!;
    this.bySurname.set(last, [...(this.bySurname.get(last) ?? []), p]);
    return p;
  }

  /** The mentions before (block, offset) from block `from` on, in order (mentions are kept in reading order). */
  mentionsBefore(block: number, offset: number, from: number): Mention[] {
    const before = (m: Mention) => m.block < block || (m.block === block && m.offset < offset);
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(this.mentions[mid]!)) lo = mid + 1;
      else hi = mid;
    }
    let start = lo;
    while (start > 0 && this.mentions[start - 1]!.block >= from) start--;
    return this.mentions.slice(start, lo);
  }

  /** The organisation named last before (block, offset) whose name holds `head` ("authority" → "Halden Port Authority"). */
  organisationBefore(head: string, block: number, offset: number): string | null {
    const word = new RegExp(`(?:^|\\s)${head.replace(/[^\p{L}]/gu, "")}(?:$|\\s)`, "iu");
    for (let i = this.organisations.length - 1; i >= 0; i--) {
      const o = this.organisations[i]!;
      if ((o.block < block || (o.block === block && o.offset < offset)) && word.test(o.name)) return o.name;
    }
    return null;
  }

  /**
   * The person `keys` names: same last word, and the first word too when both have several
   * ("Chelsea Clinton" is not "Hillary Clinton"); for a bare surname, the most mentioned one.
   */
  lookup(keys: readonly string[]): Person | null {
    const last = keys[keys.length - 1] ?? "";
    const same = (this.bySurname.get(last) ?? []).filter((p) => keys.length === 1 || p.keys.length === 1 || p.keys[0] === keys[0] || p.keys.length < keys.length);
    if (!same.length) return null;
    // The very name first ("Michelle Obama" is Michelle Obama even when "Obama" is named more).
    const exact = keys.length > 1 ? same.find((p) => p.keys.length === keys.length && p.keys.every((k, i) => k === keys[i])) : undefined;
    return exact ?? same.reduce((a, b) => (b.mentions > a.mentions ? b : a));
  }
}

/** Short forms of titles, read as the word they stand for when two roles are compared. */
const TITLE_WORD: Record<string, string> = { sen: "senator", rep: "representative", gov: "governor", gen: "general", lt: "lieutenant", col: "colonel", capt: "captain", sgt: "sergeant", maj: "major", adm: "admiral", rev: "reverend", prof: "professor", pres: "president", atty: "attorney" };
const roleKeys = (role: string) =>
  role.split(/\s+/).map((w) => fold(w).replace(/[^\p{L}-]/gu, "")).map((w) => TITLE_WORD[w] ?? w).filter((w) => w && !W.determiner.test(w) && !W.joiner.test(w) && !/^(?:former|then|current|now|vice|deputy|acting)$/.test(w));

/** Whether two roles may describe one person: they share a word ("Sen." and "the senator from Ohio"). */
function rolesAgree(a: string, b: string): boolean {
  const keys = new Set(roleKeys(a));
  return roleKeys(b).some((w) => keys.has(w));
}

/** "The town's mayor, Declan Furey,": a role set before the name between commas, from "the", "a" or "an". */
function roleInCommas(before: string): string | null {
  const text = before.trimEnd();
  if (!text.endsWith(",")) return null;
  const inner = text.slice(0, -1);
  const cut = Math.max(inner.lastIndexOf(","), inner.lastIndexOf("."), inner.lastIndexOf(";"), inner.lastIndexOf(":"));
  let phrase = inner.slice(cut + 1).trim();
  // "Mr. Obama and the first lady, Michelle Obama,": the description after the last joining word.
  if (!/^(?:the|a|an)\s/i.test(phrase)) phrase = /\s(?:and|with|by|from)\s+((?:the|a|an)\s[^]*)$/i.exec(phrase)?.[1] ?? "";
  if (!/^(?:the|a|an)\s/i.test(phrase) || phrase.length > 60) return null;
  return W.roleHead.test(fold(phrase.split(/\s+/).pop() ?? "")) ? phrase : null;
}

/** A role in the words right before a name: "Taliban spokesman", "Republican presidential nominee", "The town's mayor, ". */
function roleBefore(before: string, titled: string[]): string | null {
  const comma = roleInCommas(before);
  if (comma) return comma;
  // The last few words before the name (a comma or other mark ends them).
  const words = before.endsWith(" ") ? before.split(/\s+/).filter(Boolean).slice(-4) : [];
  return roleOf([...words.slice(words.length - roleWords(words)), ...titled]);
}

/**
 * How many of the words right before a name describe the person ("Clinton campaign manager",
 * "Retired Lt. Gen."), counted from the end: back to a determiner, a clause word, punctuation that
 * ends a sentence or a quotation ("strategy. Sen." keeps "Sen."), or a verb ("Warren grilled CEO"
 * keeps "CEO"; "retired" and "acting" stay).
 */
export function roleWords(words: readonly string[]): number {
  let i = words.length;
  while (i > 0) {
    const raw = words[i - 1]!;
    const w = fold(raw);
    if (W.determiner.test(w) || (W.clauseWord.test(w) && !W.title.test(w)) || W.joiner.test(w) || /[,;:]$|['’]s$/.test(raw)) break;
    if (/["“”‘’()—–]/.test(raw) || (/[.!?]$/.test(raw) && !W.title.test(w) && !/^\p{Lu}\.?$/u.test(raw.slice(0, -1)))) break;
    if (/^\p{Ll}/u.test(raw) && /(?:ed|ing)$/.test(w) && !W.roleParticiple.test(w)) break;
    i--;
  }
  return words.length - i;
}

/** The words as a role, without a bare honorific, when one of them names an office or a trade. */
export function roleOf(words: readonly string[]): string | null {
  const titles = words.filter((w) => !/^(?:mr|mrs|ms|miss|mx|dr|sir|dame)\.?$/i.test(w));
  const office = titles.some((w) => W.roleHead.test(fold(w)) || (W.title.test(fold(w)) && !/^(?:former|vice|prime|then-president)$/i.test(fold(w))));
  return office ? titles.join(" ") : null;
}

/**
 * An appositive or aside as a role, or null when it is no description of the person: a number
 * alone (an age, "Mr. King, 82,"; an age before the description comes off), a party and state
 * tag ("R-Ky."), a phrase of place or time ("on what was his first day", "at a
 * later press gaggle"), a participle clause ("summing up the talks"), a clause with its own verb
 * ("the format was not ideal"). A closing period comes off.
 */
export function cleanRole(role: string): string | null {
  const r = role.trim().replace(/(?<!\b\p{Lu}|\b(?:Jr|Sr|Inc|Co|Corp|Ltd))\.$/u, "").replace(/:.*$/, "").replace(/^\d{1,3},\s*/, "").trim();
  if (!r || /^[\d\s.,-]+$/.test(r)) return null;
  // "Mitch McConnell, R-Ky.,": a party and state tag, no description.
  if (/^[RDI]-[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?$/u.test(r)) return null;
  const first = fold(r.split(/\s+/)[0]!);
  if (/^(?:on|at|in|during|after|before|with|from|to|for|by|via|including|while|when|as|since|because|although|though|speaking|according)$/.test(first)) return null;
  if (/^\p{Ll}+ing$/u.test(first) && !W.roleParticiple.test(first)) return null;
  if (/^(?:a|an|the|\p{Ll}\S*)\s/u.test(r) && /\b(?:is|was|are|were|has|have|had|will|would)\b/.test(r) && !/\b(?:who|whom|whose|which|that)\b/.test(r)) return null;
  return r;
}

function genderOf(words: string[]): "m" | "f" | null {
  for (const w of words) {
    if (W.male.test(fold(w))) return "m";
    if (W.female.test(fold(w))) return "f";
  }
  return null;
}
