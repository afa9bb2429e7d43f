/**
 * `unsourced-attribution`: a claim that passes on what a named party said or found
 * ("according to South Korea's government", "the government warned", a quoted label
 * pinned on an institution) while no reference backs it. The article's own reporting
 * (a sentence that attributes nothing, or a bystander quoted by the reporter) is not
 * flagged: there is nothing to look up.
 */
import type { Check } from "../report";
import { UNSOURCED } from "./patterns";
import { shorten } from "./text";

/** The party a sentence attributes a statement to, or null when it attributes nothing checkable. */
export function attributedParty(text: string): string | null {
  const according = UNSOURCED.accordingTo.exec(text);
  if (according) {
    const party = according[1]!.trim();
    if (/\p{Lu}/u.test(party) || UNSOURCED.institution.test(party)) return party;
  }
  const speaker = UNSOURCED.institutionSpeaker.exec(text);
  if (speaker) return speaker[1]!.trim();
  if (UNSOURCED.quotation.test(text) && UNSOURCED.speechVerb.test(text)) {
    const who = UNSOURCED.institution.exec(text);
    if (who) return who[1]!.trim();
  }
  return null;
}

/** The check for a claim with no sources that attributes a statement, or null. */
export function unsourcedCheck(text: string): Check | null {
  const party = attributedParty(text);
  if (!party) return null;
  const named = shorten(party.replace(/^The\s/, "the "), 60);
  return {
    code: "unsourced-attribution",
    severity: "warning",
    message: `This sentence passes on what ${named} said or found, but no reference backs it. Look for the original statement before relying on it.`,
  };
}
