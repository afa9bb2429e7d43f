/**
 * Who wrote or published a cited work, from the free text around its title: tells a
 * person ("Colin Fairweather", "Alvarado, Teresa") from an organisation ("Thames Water",
 * "BBC News", "NACTO"), splits author lists ("Whitcombe, D.; Haas, R.", "A and B"), and
 * picks the field that names the outlet ("… - 38 North - …", "…,” Bloomberg CityLab, …").
 */
import { PATTERNS } from "./patterns";
import { findDates, withoutAccessDates } from "./dates";
import { bareHost } from "./outlets";

/** Trims separators and stray punctuation from the ends of a field (keeps "Which?" and "R."). */
export function cleanField(text: string): string {
  let t = text.replace(/\s+/g, " ").trim();
  t = t.replace(/^[\s,;:.\-–—|•·]+/, "").replace(/[\s,;:\-–—|•·]+$/, "");
  t = t.replace(/(?<=\p{Ll}{2}|\d)\.$/u, "").replace(/\s+\.$/, "");
  return t.replace(/^[(\[]+|[)\]]+$/g, "").trim();
}

/** Whether a name reads as an organisation: an organisation word, an acronym, or lower-case joining words. */
export function looksLikeOrganisation(name: string, host?: string | null): boolean {
  if (PATTERNS.organisationWord.test(name)) return true;
  if (/\b\p{Lu}{2,}\b/u.test(name.replace(/\b(?:\p{Lu}\.){2,}/gu, ""))) return true;
  if (/\s(?:for|of|and|the|on|in)\s/.test(name)) return true;
  const tokens = name.split(/\s+/);
  if (tokens.length < 2 || /[?!&\d]/.test(name)) return true;
  return matchesHost(name, host);
}

/** Whether a name spells the host's label ("Thames Water" ~ thameswater.co.uk, "Cycling UK" ~ cyclinguk.org). */
export function matchesHost(name: string, host?: string | null): boolean {
  if (!host) return false;
  const compact = name.toLowerCase().replace(/[^a-z0-9]/g, "");
  if (compact.length < 3) return false;
  return bareHost(host)
    .split(".")
    .some((label) => {
      const l = label.replace(/-/g, "");
      return l.length >= 3 && (compact.includes(l) || l.includes(compact));
    });
}

/** Whether a name reads as one person or a list of people. */
export function looksLikePeople(text: string): boolean {
  if (/;/.test(text) || /\bet al\b/.test(text)) return true;
  return splitAuthors(text).every((a) => {
    const tokens = a.split(/\s+/);
    return tokens.length >= 2 && tokens.length <= 5 && tokens.every((t) => /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*|(?:van|von|de|der|da|di|del|la|le|bin|al)\b)$/u.test(t));
  });
}

/** Splits an author list and writes "Surname, Given" as "Given Surname". */
export function splitAuthors(text: string): string[] {
  const t = cleanField(text.replace(/^by\s+/i, "").replace(/\bet al\.?/g, ""));
  if (!t) return [];
  let parts: string[];
  if (t.includes(";")) parts = t.split(/\s*;\s*/);
  else {
    const commas = t.split(/\s*,\s*/);
    const isInverted = commas.length === 2 && !/\s(?:and|&)\s/.test(t) && commas[1]!.split(/\s+/).length <= 3;
    parts = isInverted ? [t] : t.split(PATTERNS.authorSeparator).flatMap((p) => (p.includes(",") && !isInvertedName(p) ? p.split(/\s*,\s*/) : [p]));
  }
  return parts.map((p) => reorderName(cleanField(p))).filter((p) => p.length > 1 && /\p{L}/u.test(p));
}

function isInvertedName(p: string): boolean {
  const c = p.split(/\s*,\s*/);
  return c.length === 2 && c[1]!.split(/\s+/).length <= 3 && c[0]!.split(/\s+/).length <= 2;
}

function reorderName(name: string): string {
  const m = /^([^,]+),\s*([^,]+)$/.exec(name);
  return m ? `${m[2]!.trim()} ${m[1]!.trim()}` : name;
}

/** Whether a field can name an outlet (not a date, page, volume, URL or "Press release"). */
export function isOutletField(field: string): boolean {
  if (field.length < 2 || field.length > 90) return false;
  if (PATTERNS.notOutlet.test(field)) return false;
  if (!/^[\p{Lu}\d]/u.test(field) || (field.match(/\p{L}/gu) ?? []).length < 2) return false;
  if (/^[\p{L}\d-]+\.[a-z]{2,}(?:\/|$)/iu.test(field) && !/\s/.test(field)) return false;
  return !/^\d+\s*(?:\(\d+\))?\s*[:\d–-]*$/.test(field);
}

/** The imprint of a book or report ("(London: GLA, March 2021)") → publisher, and the text without it. */
export function takeImprint(text: string): { publisher: string | null; rest: string } {
  const m = PATTERNS.imprint.exec(text);
  if (!m) return { publisher: null, rest: text };
  return { publisher: cleanField(m[2]!), rest: text.slice(0, m.index) + ", " + text.slice(m.index + m[0].length) };
}

/** The first field after the title that names an outlet: "- 38 North -", ", Bloomberg CityLab,". */
export function outletField(suffix: string): string | null {
  let text = withoutAccessDates(suffix);
  for (const d of findDates(text).sort((a, b) => b.index - a.index)) {
    text = `${text.slice(0, d.index)} , ${text.slice(d.index + d.length)}`;
  }
  for (const raw of text.split(PATTERNS.fieldSeparator)) {
    let field = cleanField(raw ?? "");
    const place = /^[^:]{2,40}:\s*(.+)$/.exec(field);
    if (place) field = cleanField(place[1]!);
    if (isOutletField(field)) return field;
  }
  return null;
}
