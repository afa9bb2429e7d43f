/**
 * The quotes of a report grouped by who says them, for "Who says so": one group per speaker
 * and kind (named people, organisations, documents, unnamed sources, statements whose speaker
 * the article does not name), the most quoted first within each kind. Pure; the popup's
 * "Who says so" chunk and the Markdown export both list it.
 */
import type { Quote, SpeakerKind } from "../report";

export interface SpeakerGroup {
  /** The speaker's name or description; null when the article names none. */
  speaker: string | null;
  kind: SpeakerKind;
  /** The first role the article gives the speaker. */
  role: string | null;
  quotes: Quote[];
}

/** The order kinds are listed in: whom a reader can look up first. */
export const KIND_ORDER: readonly SpeakerKind[] = ["person", "organization", "document", "anonymous", "unknown"];

/** The kinds in plain English, for text exports (the popup has its own strings). */
export const KIND_WORDS: Record<SpeakerKind, string> = {
  person: "person",
  organization: "organisation",
  document: "document",
  anonymous: "unnamed source",
  unknown: "speaker not given",
};

/** Groups `quotes` by speaker (case-insensitive) and kind, in `KIND_ORDER`, most statements first. */
export function groupSpeakers(quotes: readonly Quote[]): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  for (const q of quotes) {
    const kind = KIND_ORDER.includes(q.speakerKind) ? q.speakerKind : "unknown";
    const key = `${kind}\u0000${(q.speaker ?? "").toLowerCase()}`;
    const g = groups.get(key);
    if (g) {
      g.quotes.push(q);
      g.role ??= q.role;
    } else groups.set(key, { speaker: q.speaker, kind, role: q.role, quotes: [q] });
  }
  const rank = (g: SpeakerGroup) => KIND_ORDER.indexOf(g.kind);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b) || b.quotes.length - a.quotes.length);
}

/** How many statements each kind of speaker has (for the section's one-line summary). */
export function kindCounts(groups: readonly SpeakerGroup[]): Record<SpeakerKind, number> {
  const out: Record<SpeakerKind, number> = { person: 0, organization: 0, document: 0, anonymous: 0, unknown: 0 };
  for (const g of groups) out[g.kind] += g.quotes.length;
  return out;
}
