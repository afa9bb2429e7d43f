/**
 * The checks "Who says so" puts on claims, built on the report's quotes:
 * - `unsourced-attribution` (warning): the claim passes on what an organisation or a document
 *   said or found ("according to the Harbour Authority", "a 2019 study concluded"), or a
 *   person's published words ("said in a statement", "wrote in a tweet"), and no reference
 *   backs it: the original could be linked and is not. A person the reporter spoke to is a
 *   source in itself, so a plain "…," she said is no warning.
 * - `anonymous-source` (info): the claim rests on an unnamed source, and the message names the
 *   words ("officials familiar with the talks").
 */
import type { Check, Quote, ReportClaim } from "../report";
import { ANONYMITY, QUOTE_WORDS } from "./quote-patterns";
import { shorten } from "./text";

/** Whether the quote's statement is one that could be linked (an organisation's, a document's, a published one). */
function linkable(q: Quote): boolean {
  if (q.speakerKind === "organization" || q.speakerKind === "document") return true;
  return q.speakerKind === "person" && q.cue !== null && QUOTE_WORDS.published.test(q.cue);
}

/** The warning for a claim with no sources that passes on a linkable statement. */
function unsourced(q: Quote): Check {
  const named = shorten(q.speaker ?? "someone", 60);
  return {
    code: "unsourced-attribution",
    severity: "warning",
    message: `This sentence passes on what ${named} said or found, but no reference backs it. Look for the original statement before relying on it.`,
  };
}

function anonymous(q: Quote): Check {
  // "officials, who spoke on condition of anonymity": the words that keep them unnamed go with them.
  const words = q.role && ANONYMITY.test(q.role) ? `${q.speaker ?? ""}, ${q.role}` : (q.speaker ?? "unnamed");
  return {
    code: "anonymous-source",
    severity: "info",
    message: `This rests on an unnamed source ("${shorten(words, 100)}"); the article does not say who it is.`,
  };
}

/** Adds the quote checks to `claims` (in place): at most one of each code per claim. */
export function addQuoteChecks(claims: readonly ReportClaim[], quotes: readonly Quote[]): void {
  const byId = new Map(claims.map((c) => [c.id, c]));
  for (const q of quotes) {
    const claim = byId.get(q.claim);
    if (!claim || claim.kind === "heading") continue;
    const has = (code: Check["code"]) => claim.checks.some((c) => c.code === code);
    if (q.speakerKind === "anonymous" && !has("anonymous-source")) claim.checks.push(anonymous(q));
    if (linkable(q) && !claim.sources.length && !q.sources.length && !has("unsourced-attribution")) claim.checks.push(unsourced(q));
  }
}
