/**
 * Checks on the article as a whole: text that is repeated (a heading printed twice, a
 * pasted paragraph, a sentence said again) and an article that cites nothing at all.
 */
import type { Check, PageSnapshot } from "../report";
import type { ClaimDraft } from "./claims";
import { shorten } from "./text";
import { Tokens } from "./tokens";

/** Paragraphs and sentences shorter than this many words are too common to call repeats. */
const MIN_PARAGRAPH_WORDS = 4;
const MIN_SENTENCE_WORDS = 6;

function times(n: number): string {
  return n === 2 ? "twice" : `${n} times`;
}

/** duplicate-text: one check per repeated heading, paragraph or sentence (sentences inside a repeated paragraph are not listed again). */
export function duplicateTextChecks(snapshot: PageSnapshot, claims: ClaimDraft[], tokens = new Tokens()): Check[] {
  const checks: Check[] = [];
  const blocks = new Map<string, { kind: string; text: string; count: number }>();
  const blockKey = new Map(snapshot.blocks.map((b) => [b.id, tokens.textKey(b.text)]));
  for (const b of snapshot.blocks) {
    if (b.kind === "code" || b.kind === "table-row") continue; // a command shown twice in a tutorial, a row of figures, is no repeat
    const key = `${b.kind === "heading" ? "h" : "p"}:${blockKey.get(b.id)}`;
    const n = key.split(" ").length;
    if (b.kind !== "heading" && n < MIN_PARAGRAPH_WORDS) continue;
    if (b.kind === "heading" && n < 2) continue;
    const seen = blocks.get(key);
    if (seen) seen.count++;
    else blocks.set(key, { kind: b.kind, text: b.text, count: 1 });
  }
  const repeatedBlocks = new Set<string>();
  for (const [key, v] of blocks) {
    if (v.count < 2) continue;
    repeatedBlocks.add(key.slice(2));
    const what = v.kind === "heading" ? "heading" : "paragraph";
    checks.push({ code: "duplicate-text", severity: "info", message: `The ${what} "${shorten(v.text, 80)}" appears ${times(v.count)}. Remove the repeat.` });
  }
  const sentences = new Map<string, { text: string; blocks: Set<string> }>();
  for (const c of claims) {
    if (c.kind !== "sentence" || repeatedBlocks.has(blockKey.get(c.block) ?? "")) continue;
    const key = tokens.textKey(c.text);
    if (key.split(" ").length < MIN_SENTENCE_WORDS) continue;
    const s = sentences.get(key) ?? { text: c.text, blocks: new Set<string>() };
    s.blocks.add(`${c.block}:${c.start}`);
    sentences.set(key, s);
  }
  for (const s of sentences.values()) {
    if (s.blocks.size < 2) continue;
    checks.push({ code: "duplicate-text", severity: "info", message: `The sentence "${shorten(s.text, 80)}" appears ${times(s.blocks.size)}. Remove the repeat.` });
  }
  return checks;
}

/** no-references: an article was found but cites nothing (the page's own source line does not count). */
export function noReferencesCheck(snapshot: PageSnapshot): Check | null {
  if (!snapshot.found || snapshot.references.some((r) => r.kind !== "source-line")) return null;
  return {
    code: "no-references",
    severity: "warning",
    message: "This article cites no sources: no reference list, footnotes or links to other sites were found. Treat its claims as unverified until you find where they come from.",
  };
}
