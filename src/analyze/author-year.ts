/**
 * Author–year citations in running text — "(Okafor & Lind, 2019)", "Tanaka et al. (2021)",
 * "(Okafor and Lind 2019; Tanaka et al., 2021a)", "Okafor & Lind (2019, p. 4)" — and the
 * entries of an APA, Harvard, MLA or Chicago list they name. A citation names the first
 * author's surname, maybe a second one or "et al.", a year and maybe a letter ("2021a");
 * it is linked only when exactly one entry fits, so two "Okafor 2019" entries link neither.
 * Pure, no DOM.
 */
import type { MatchReference } from "./match";

/** One author–year citation as written in the text. */
export interface InTextCitation {
  /** Surnames as written: the first author, and the second when the text names two. */
  names: string[];
  /** "et al." follows the first name. */
  etAl: boolean;
  year: string;
  /** "a" in "2021a", or "". */
  suffix: string;
  /** Offset of the citation in the text, and its length. */
  index: number;
  length: number;
}

const NAME = String.raw`(?:(?:van|von|de|der|den|da|di|del|du|dos|la|le|al|el|bin|ibn)\s+)*\p{Lu}[\p{L}'’-]+`;
const NAMES = String.raw`${NAME}(?:\s*,\s*${NAME})*(?:,?\s*(?:&|and)\s+${NAME}|\s+et\s+al\.?)?`;
const YEAR = String.raw`(?:1[5-9]|20)\d\d[a-z]?`;
const YEARS = String.raw`${YEAR}(?:\s*,\s*${YEAR})*`;
const LOCATOR = String.raw`(?:\s*,\s*(?:pp?|p|chap|ch|para|sec|fig)\.?\s*[\d–-]+(?:\s*,\s*[\d–-]+)*)?`;

/** How far before "(2021)" the names of a narrative citation may start. */
const NAMES_WINDOW = 120;

const CITE = {
  /** A parenthesis that holds citations: "(… ; …)". */
  parenthesis: /\(([^()]{4,400})\)/g,
  /** One citation of a parenthesis: "see Okafor & Lind, 2019, p. 4". */
  parenthetical: new RegExp(String.raw`^(?:(?:see|see also|e\.g\.,?|cf\.|also|for example,?)\s+)?(?<names>${NAME}(?:\s+${NAME}){0,3}|${NAMES}),?\s+(?<years>${YEARS})${LOCATOR}$`, "u"),
  /** The year part of a narrative citation: "(2021)", "(2019, p. 4)". */
  narrativeYears: new RegExp(String.raw`\((?<years>${YEARS})${LOCATOR}\)`, "gu"),
  /** The names just before it: "Tanaka et al. ", "Okafor and Lind " (read in a short window, so it stays linear). */
  narrativeNames: new RegExp(String.raw`(?<![\p{L}'’-])(?<names>${NAMES})\s+$`, "u"),
  /** Each year of a list ("2018a, 2018b"). */
  year: new RegExp(`${YEAR}`, "gu"),
  /** A first author as an entry writes it: up to the comma, the "(2019)" or ". 2019." after it. */
  entryFirst: /^([^,.(;]{2,80}?)\s*(?:,|\(|\.\s|;)/u,
  /** "Surname, I." pairs of an APA author list. */
  apaAuthor: /\p{Lu}[\p{L}'’-]+,\s*(?:\p{Lu}\.\s*-?)+/gu,
};

/** Folds a name for comparison: case, accents and apostrophes. */
export function foldName(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").replace(/['’]/g, "").replace(/\s+/g, " ").trim().toLowerCase();
}

function splitNames(text: string): { names: string[]; etAl: boolean } {
  const etAl = /\set\s+al\b/.test(text);
  const names = text.replace(/\s+et\s+al\.?$/, "").split(/\s*,\s*(?:&|and)?\s*|\s+(?:&|and)\s+/).map((n) => n.trim()).filter(Boolean);
  return { names, etAl };
}

function citationsOf(names: string, years: string, index: number, length: number): InTextCitation[] {
  const who = splitNames(names);
  if (!who.names.length) return [];
  return [...years.matchAll(CITE.year)].map((y) => ({
    names: who.names.length > 2 ? [who.names[0]!] : who.names,
    etAl: who.etAl || who.names.length > 2,
    year: y[0].slice(0, 4),
    suffix: y[0].slice(4),
    index,
    length,
  }));
}

/** The citations of one part of a parenthesis ("see Okafor & Lind, 2019, p. 4"), which starts at offset `at`. */
function partCitations(part: string, at: number): InTextCitation[] {
  const t = part.trim();
  const m = CITE.parenthetical.exec(t);
  return m ? citationsOf(m.groups!.names!, m.groups!.years!, at + part.indexOf(t), t.length) : [];
}

/** The citations of an entry that is itself only a citation ("Okafor & Lind 2019, p. 4."); empty for other entries. */
export function shortCiteCitations(raw: string): InTextCitation[] {
  return partCitations(raw.trim().replace(/\.$/, ""), 0);
}

/** Every author–year citation in `text`, in order. */
export function findAuthorYearCitations(text: string): InTextCitation[] {
  const out: InTextCitation[] = [];
  for (const m of text.matchAll(CITE.narrativeYears)) {
    const from = Math.max(0, m.index - NAMES_WINDOW);
    const who = CITE.narrativeNames.exec(text.slice(from, m.index));
    if (!who) continue;
    const at = from + who.index;
    out.push(...citationsOf(who.groups!.names!, m.groups!.years!, at, m.index + m[0].length - at));
  }
  for (const p of text.matchAll(CITE.parenthesis)) {
    if (out.some((c) => c.index <= p.index && p.index < c.index + c.length)) continue; // the year of a narrative one
    let at = p.index + 1;
    for (const part of p[1]!.split(";")) {
      out.push(...partCitations(part, at));
      at += part.length + 1;
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** What an entry offers to author–year matching. */
interface EntryKey {
  id: string;
  first: string;
  /** The entry's author part, folded (for the second name). */
  authors: string;
  count: number;
  etAl: boolean;
  year: string;
  suffix: string;
}

/** An entry's first author, author part, author count, year and letter; null without a year or an author. */
function entryKey(r: MatchReference): EntryKey | null {
  const year = /^\d{4}/.exec(r.parsed.date ?? "")?.[0];
  const raw = r.entry.raw.replace(/^\s*(?:\[\d+\]|\d+[.)])\s*/, "").trim();
  const first = CITE.entryFirst.exec(raw)?.[1];
  if (!year || !first) return null;
  const at = raw.indexOf(year);
  const quote = raw.search(/[.,]\s*["“«]/);
  const end = Math.min(...[at, quote, 300].filter((i) => i > 0));
  const authors = raw.slice(0, end);
  const etAl = /\bet\s+al\b/.test(authors);
  const apa = authors.match(CITE.apaAuthor)?.length ?? 0;
  const pieces = authors.replace(/\bet\s+al\.?/, "").split(/\s*(?:;|,?\s+(?:and|&)\s+|,)\s*/).filter((p) => /\p{Lu}/u.test(p)).length;
  const count = apa || Math.max(1, pieces - 1);
  const suffix = at >= 0 ? (/^[a-z](?![\p{L}])/u.exec(raw.slice(at + 4))?.[0] ?? "") : "";
  return { id: r.entry.id, first: foldName(first), authors: ` ${foldName(authors).replace(/[^\p{L}\s-]/gu, " ")} `, count: etAl ? Math.max(count, 3) : count, etAl, year, suffix };
}

/** Finds the one entry an author–year citation names, among a page's reference entries. */
export class AuthorYearIndex {
  private keys: EntryKey[];

  constructor(refs: MatchReference[]) {
    this.keys = refs
      .filter((r) => (r.entry.kind === "list" || r.entry.kind === "footnote") && !r.parsed.note && !r.parsed.shortCite.length)
      .map(entryKey)
      .filter((k): k is EntryKey => k !== null);
  }

  get size(): number {
    return this.keys.length;
  }

  /** The id of the only entry that fits `cite`, or null when none or several do. */
  resolve(cite: InTextCitation): string | null {
    const first = foldName(cite.names[0] ?? "");
    const last = first.split(" ").pop() ?? first;
    const second = cite.names[1] ? foldName(cite.names[1]) : null;
    let fits = this.keys.filter(
      (k) => (k.first === first || k.first === last || k.first.endsWith(` ${first}`)) && k.year === cite.year && (!cite.suffix || k.suffix === cite.suffix) && (!second || k.authors.includes(` ${second} `)),
    );
    if (fits.length > 1 && !cite.suffix) fits = fits.filter((k) => !k.suffix);
    if (fits.length > 1) {
      // "Okafor (2019)" is the entry Okafor wrote alone; "Okafor & Lind" the one they wrote as two.
      const want = cite.etAl ? (k: EntryKey) => k.count >= 3 || k.etAl : (k: EntryKey) => k.count === cite.names.length;
      fits = fits.filter(want);
    }
    return fits.length === 1 ? fits[0]!.id : null;
  }

  /** Ids of the entries that the author–year citations in `text` name. */
  find(text: string): string[] {
    return this.keys.length ? this.resolveAll(findAuthorYearCitations(text)) : [];
  }

  /** Ids of the entries a short-cite note ("Okafor & Lind 2019, p. 4.") names, from its parsed citations. */
  findShortCite(cites: InTextCitation[]): string[] {
    return this.keys.length ? this.resolveAll(cites) : [];
  }

  private resolveAll(cites: InTextCitation[]): string[] {
    const ids = new Set<string>();
    for (const c of cites) {
      const id = this.resolve(c);
      if (id) ids.add(id);
    }
    return [...ids];
  }
}
