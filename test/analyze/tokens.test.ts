import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index";
import { isContentWord, normalizeText, terms, textKey, words } from "../../src/analyze/text";
import { Tokens } from "../../src/analyze/tokens";
import { snapshot } from "./helpers";

/** The words of normalizeText(text), as words() gave them before it skipped the folds that change no word. */
function slowWords(text: string): string[] {
  return [...normalizeText(text).toLowerCase().matchAll(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu)].map((m) => m[0].replace(/'s$/, "").replace(/'/g, ""));
}

describe("words", () => {
  it("folds typographic apostrophes, drops possessives and keeps inner apostrophes' words whole", () => {
    expect(words("The council’s “plan” — don't stall, Reyes's ﬁrm said")).toEqual(["the", "council", "plan", "dont", "stall", "reyes", "firm", "said"]);
  });

  it("gives the words of normalizeText's text, also where lower-casing reads the neighbours (final sigma)", () => {
    // U+FEFF is whitespace to normalizeText (folded to a space, which ends the word: ς), but not to
    // lower-casing on its own (a letter follows, so Σ stays σ).
    const cases = ["ΟΔΥΣ\uFEFFΣΕΑ", "ΟΔΥΣ ΣΕΑ", "ΑΣ\u00a0Β", "ΑΣ—Β", "ΑΣ\u2019Β", "a\u00a0\u2009b – c “d” «e»", "İstanbul’s ½ Ⅻ", "  \t\n "];
    for (const text of cases) expect(words(text), text).toEqual(slowWords(text));
    expect(words("ΟΔΥΣ\uFEFFΣΕΑ")).toEqual(["οδυς", "σεα"]);
  });

  it("reads ASCII text (its own quick path) as the Unicode rules do", () => {
    const cases = ["Don't stall: Reyes's 3rd plan, 2024's budget, O'Neill ''quoted'' x'y' '", "ABC-123_def\tGHI\r\nj.k", "it's' 's 'tis", ""];
    for (const text of cases) expect(words(text), text).toEqual(slowWords(text));
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."aZ09's -_.\t\n\"?".split("")), maxLength: 40 }), (text) => {
        expect(words(text)).toEqual(slowWords(text));
      }),
    );
  });
});

describe("isContentWord", () => {
  it("refuses stop words, single letters and numbers of one to three digits, and keeps the rest", () => {
    expect(["the", "a", "7", "42", "365"].filter(isContentWord)).toEqual([]);
    expect(["levee", "2024", "12a", "a1", "٣٤"].filter(isContentWord)).toEqual(["levee", "2024", "12a", "a1", "٣٤"]);
  });
});

describe("Tokens", () => {
  it("gives what words, terms and textKey give", () => {
    const tokens = new Tokens();
    const text = "Regulators said the batteries’ recalls were expanding quickly.";
    expect(tokens.words(text)).toEqual(words(text));
    expect(tokens.terms(text)).toEqual(terms(text));
    expect(tokens.textKey(text)).toBe(textKey(text));
    // asked again, the same answers (from memory)
    expect(tokens.terms(text)).toEqual(terms(text));
    expect(tokens.textKey(text)).toBe(textKey(text));
  });

  it("answers per text, so one analysis's lists never stand for another's text", () => {
    const tokens = new Tokens();
    expect(tokens.words("Battery recall expands")).toEqual(["battery", "recall", "expands"]);
    expect(tokens.words("Ferry service resumes")).toEqual(["ferry", "service", "resumes"]);
    expect(tokens.terms("Ferry service resumes")).toEqual(terms("Ferry service resumes"));
  });

  it("keeps nothing between two analyses: two pages with the same block and claim ids give what each gives alone", () => {
    const page = (title: string, lines: string[]) =>
      snapshot({ title, blocks: lines.map((text, i) => ({ id: `b${i}`, kind: "paragraph" as const, text, markers: [], links: [] })) });
    const a = page("Harbour pier closes after storm damage", [
      "The harbour pier closed on Monday after storm damage to its supports, the port authority said.",
      "Engineers found cracks in three of the pier's twelve concrete supports during an inspection.",
      "The authority said repairs would take at least six months and cost about four million dollars.",
      "Fishing crews that use the pier will move to the north quay while the work goes on.",
    ]);
    const b = page("Library extends weekend opening hours", [
      "The city library will open on Sundays from next month, the council announced on Tuesday.",
      "Visitor numbers rose by a fifth last year, mostly among students preparing for exams.",
      "The council said the longer hours would be paid for from the culture budget.",
      "Staff unions agreed to the change after talks about weekend pay rates.",
    ]);
    const aloneB = JSON.stringify(analyze(b));
    const aloneA = JSON.stringify(analyze(a));
    expect(JSON.stringify(analyze(b))).toBe(aloneB);
    expect(JSON.stringify(analyze(a))).toBe(aloneA);
    expect(aloneB).not.toBe(aloneA);
    expect(JSON.parse(aloneB).summary.length).toBeGreaterThan(0);
  });
});
