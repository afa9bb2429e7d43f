/**
 * Every heuristic pattern the summary relies on, in one named block: what makes a sentence
 * lean on the one before it, what is page furniture rather than a point (bylines, credits,
 * "Read more" lines), and how a listicle announces its items. Each says which general habit
 * of news and web writing it encodes; none knows a particular page.
 */

/** Words after "this"/"that"/"these"/"those" that make it a time, not a pointer back ("This week …"). */
const TIME_WORD = "(?:year|week|month|morning|afternoon|evening|weekend|summer|winter|spring|fall|autumn|season|time|decade|century|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)";

export const SUMMARY_PATTERNS = {
  /**
   * An opener that leans on the sentence before it: a connective that continues or contrasts
   * ("However,", "Similarly,", "In addition,", "Another study …"), or a pronoun or pointer whose
   * referent is earlier ("He also …", "This was …", "These findings …", "It …"). Leading quotes
   * and brackets are skipped; "This week" and "That year" are times, not pointers.
   */
  leaningOpener: new RegExp(
    "^[\\s\"'“‘(\\[]*(?:" +
      [
        "however|similarly|likewise|moreover|furthermore|additionally|also|besides|instead|otherwise|therefore|thus|hence|consequently|nevertheless|nonetheless|still|yet|again|indeed|meanwhile|accordingly|conversely",
        "in addition|as a result|in contrast|by contrast|on the other hand|on top of that|even so|in fact|after all|for example|for instance|in turn|that said|what's more|not only that|at the same time|in other words|as such|because of this|despite this|to that end|the same|the latter|the former",
        "and|but|or|nor|then|so(?!\\s+far\\b)",
        "another|other|both|such|either|neither",
        "he|she|it|they|him|her|his|its|their|them",
        `(?:this|that|these|those)(?!\\s+${TIME_WORD}\\b)`,
      ].join("|") +
      ")\\b(?![-'’])",
    "i",
  ),
  /** "also", "too", "as well" in a sentence's first words: it adds to something said before ("He also said …"). */
  additive: /^(?:\S+\s+){0,3}also\b/i,
  /** A byline, dateline or timestamp standing as its own sentence. */
  byline: /^(?:by\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}(?:\s*(?:,|and|&)\s*.*)?$|(?:updated|published|posted|last\s+modified)\b.{0,40}\d|\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+is\s+an?\s+(?:\S+\s+){0,4}(?:reporter|correspondent|writer|editor|columnist|contributor)\b)/iu,
  /** A photo credit or caption furniture: "(Getty Images)", "Photo: …", "Image credit", "Pictured: …". */
  credit: /(?:^|\s|\()(?:photo(?:graph)?s?|image|picture|credit|illustration|video|pictured|caption)\s*(?:credit\s*)?[:|/]|\b(?:getty images|afp\/getty|reuters\/|ap photo|shutterstock|istock(?:photo)?)\b/i,
  /** A line that only sends the reader elsewhere: "Read more: …", "Related: …", "Click here …". */
  linkLine: /^[\s"“]*(?:read\s+more|read\s+also|related(?:\s+(?:articles?|stories|coverage))?|see\s+also|more\s+on\s+this|watch|read|listen|click\s+here|sign\s+up|subscribe|follow\s+us|share\s+this)\b\s*[:|»>-]?/i,
  /** A heading numbered as an item: "1.", "2)", "#3", "No. 4", "Step 5:", "Tip 6 -". */
  numberedHeading: /^\s*(?:#?\d{1,2}[.):]\s|no\.\s*\d{1,2}\b|(?:step|tip|rule|reason|lesson|way|idea|thing|day|part)\s+\d{1,2}\b|\d{1,2}\s*[-–—]\s)/i,
  /** A title announcing a count of items: "15 tips …", "Six board games …", "The 10 best …". */
  countTitle: /(?:^|\s)(\d{1,2}|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+(?:\S+\s+){0,3}?(?:tips|ways|things|reasons|steps|rules|ideas|lessons|habits|signs|facts|questions|tricks|secrets|mistakes|places|books|games|films|movies|foods|apps|tools|strategies|myths|trends|takeaways|changes|destinations|picks|products|exercises|recipes|songs|albums|shows|people|moments|of\s+the\s+\S+|\S+s)\b/i,
  /** A heading that names a part of any article, not one of its items ("Conclusion", "The bottom line"). */
  sectionHeading: /^\s*(?:(?:the\s+)?(?:introduction|intro|conclusions?|summary|bottom\s+line|final\s+(?:thoughts|words)|takeaways?|key\s+takeaways|overview|background|faqs?|frequently\s+asked\s+questions|references|sources|notes|related(?:\s+\S+)?|more(?:\s+\S+)?|read\s+more|see\s+also|about\s+the\s+author|share|comments?))\s*:?\s*$/i,
  /** A word pointing at someone or something named earlier ("these two", "they", "his"), anywhere in a sentence. */
  pointer: /\b(?:he|she|they|them|him|his|her|their|these\s+two|those\s+two|the\s+two|the\s+pair|both|the\s+latter|the\s+former)\b/i,
  /** A capitalised word: a name, a place, a body (or a sentence's first word). */
  capitalised: /\p{Lu}[\p{L}\p{N}'’-]*/gu,
  /** A speech cue: the sentence reports what someone said. */
  speech: /\b(?:said|says|told|tells|asked|added|explained|according\s+to)\b/i,
  /** First person outside a quotation: a column's voice rather than the news. */
  firstPerson: /\b(?:I|me|my|we|our|us)\b/,
  /** Quotation marks, straight or curly. */
  quoteMark: /["“”]/g,
  /** A spelled-out count word, for `countTitle`. */
  numberWord: /^(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)$/i,
} as const;

/** The value of a count word of `countTitle` ("six" → 6, "15" → 15). */
export function countValue(word: string): number {
  const n = Number(word);
  if (Number.isFinite(n)) return n;
  const words = ["three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];
  return words.indexOf(word.toLowerCase()) + 3;
}
