/**
 * Finds claims that name a reference's outlet, publisher or author ("The BBC reported",
 * "according to a report by 38 North", "Which? found", "told the BBC", "Tanaka et al.
 * found"). Names come from the parsed entry and the domain table; they are looked up
 * through a first-word index, so the cost grows with the claims' length, not with
 * claims × references. A name with a reporting cue around it is an attribution; a bare
 * mention is only a weak hint.
 */
import { ATTRIBUTION, PATTERNS } from "./patterns";
import { isAmbiguousName, outletForHost } from "./outlets";
import { hostOf } from "./urls";

/** What `attributionIndex` needs to know about a reference. */
export interface NamedReference {
  id: string;
  outlet: string | null;
  authors: string[];
  url: string | null;
}

/** How a claim names a reference: `cue` when a reporting verb or phrase goes with the name. */
export interface Attribution {
  ref: string;
  cue: boolean;
  /** How many references share the matched name (a shared name is weaker evidence). */
  shared: number;
  name: string;
}

/** A name more references than this share cannot point at any one of them; it is ignored. */
const MAX_SHARED = 8;

interface NameEntry {
  name: string;
  refs: Set<string>;
  /** Surnames and ambiguous short names count only together with a cue. */
  needsCue: boolean;
}

/** Name variants to look for: without a leading "The", since "the"/"The" is matched separately. */
function variants(name: string): string[] {
  const n = name.replace(/\s+/g, " ").trim();
  const bare = n.replace(/^the\s+/i, "");
  return bare.length >= 2 ? [bare] : [];
}

/** A first-word index of every reference's names. */
export class AttributionIndex {
  private byFirst = new Map<string, NameEntry[]>();

  constructor(refs: NamedReference[]) {
    for (const r of refs) {
      const table = outletForHost(hostOf(r.url));
      if (r.outlet) for (const v of variants(r.outlet)) this.add(v, r.id, isAmbiguousName(r.outlet));
      if (table) {
        for (const s of [table.name, ...table.short]) for (const v of variants(s)) this.add(v, r.id, isAmbiguousName(s));
      }
      for (const a of r.authors) {
        if (PATTERNS.organisationWord.test(a)) for (const v of variants(a)) this.add(v, r.id, false);
        const surname = a.split(/\s+/).pop() ?? "";
        if (/^\p{Lu}\p{Ll}{2,}/u.test(surname)) this.add(surname, r.id, true);
      }
    }
  }

  private add(name: string, ref: string, needsCue: boolean): void {
    const first = leadKey(name);
    if (!first) return;
    const list = this.byFirst.get(first) ?? [];
    let entry = list.find((e) => e.name === name);
    if (!entry) {
      entry = { name, refs: new Set(), needsCue };
      list.push(entry);
      this.byFirst.set(first, list);
    }
    entry.refs.add(ref);
    entry.needsCue &&= needsCue;
  }

  /** The references a claim names, strongest reading per reference. */
  find(text: string): Attribution[] {
    const best = new Map<string, Attribution>();
    const tokens = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
    tokens.forEach((m, i) => {
      const next = tokens[i + 1]?.[0];
      const entries = [...(this.byFirst.get(m[0]) ?? []), ...(next ? (this.byFirst.get(`${m[0]} ${next}`) ?? []) : [])];
      if (!entries.length) return;
      for (const e of entries) {
        if (e.refs.size > MAX_SHARED) continue;
        const hit = matchAt(text, m.index, e);
        if (!hit) continue;
        for (const ref of e.refs) {
          const prev = best.get(ref);
          const cand: Attribution = { ref, cue: hit.cue, shared: e.refs.size, name: e.name };
          if (!prev || (cand.cue && !prev.cue) || (cand.cue === prev.cue && cand.shared < prev.shared)) best.set(ref, cand);
        }
      }
    });
    return [...best.values()];
  }
}

/** Index key of a name: its first two words ("38 North", "London Fire"), or its only word. */
function leadKey(name: string): string | null {
  const w = name.match(/[\p{L}\p{N}]+/gu);
  return w ? w.slice(0, 2).join(" ") : null;
}

/** Checks that `entry.name` stands whole at `at` and whether a reporting cue goes with it. */
function matchAt(text: string, at: number, entry: NameEntry): { cue: boolean } | null {
  if (!text.startsWith(entry.name, at) || (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1]!))) return null;
  const end = at + entry.name.length;
  const after = text.slice(end, end + 80);
  if (/^[\p{L}\p{N}]/u.test(after)) return null;
  // "Atlantic Ocean", "BBC News" when looking for "BBC": the name continues into a longer proper noun.
  if (/^\s+\p{Lu}\p{Ll}/u.test(after)) return null;
  let start = at;
  const the = /(?:^|\s)(the\s+)$/i.exec(text.slice(Math.max(0, at - 5), at));
  if (the) start = at - the[1]!.length;
  const before = text.slice(Math.max(0, start - 80), start);
  const cue =
    ATTRIBUTION.verbAfter.test(after) ||
    ATTRIBUTION.possessiveWork.test(after) ||
    ATTRIBUTION.nounAfter.test(after) ||
    ATTRIBUTION.etAl.test(after) ||
    ATTRIBUTION.cueBefore.test(before);
  if (entry.needsCue && !cue) return null;
  return { cue };
}
