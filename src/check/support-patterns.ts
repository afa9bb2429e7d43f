/**
 * The heuristics that split a claim into checkable parts, in one named block (like
 * `analyze/patterns.ts`): how dates, numbers, names and quoted phrases are written, the
 * words that join a claim's clauses, and the words that turn a statement around. English
 * only, as the rest of the analyzer's word lists.
 */

const MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "((?:1[0-9]|20)\\d\\d)";

/** Month names and abbreviations → month number. */
export const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

/** Number words a claim may spell out, with their values. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, twentieth: 20, hundredth: 100, thousandth: 1000,
};

/** Scale words after a number ("4.2 million", "$3bn"). */
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 1e2, thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
};

export const SUPPORT_PATTERNS = {
  /** Date shapes, most precise first; each capture group list is read by claim-parts' `DATE_SHAPES`. */
  isoDate: /\b((?:1[0-9]|20)\d\d)-(\d\d)-(\d\d)\b/g,
  monthDayYear: new RegExp(`\\b(${MONTH})\\s+${DAY},?\\s+${YEAR}\\b`, "gi"),
  dayMonthYear: new RegExp(`\\b${DAY}(?:\\s+of)?\\s+(${MONTH}),?\\s+${YEAR}\\b`, "gi"),
  /** 11/07/1909 or 07/11/1909: day and month are read both ways. */
  numericDate: /\b(\d{1,2})[/.](\d{1,2})[/.]((?:1[0-9]|20)\d\d)\b/g,
  monthYear: new RegExp(`\\b(${MONTH}),?\\s+(?:of\\s+)?${YEAR}\\b`, "gi"),
  monthDay: new RegExp(`\\b(${MONTH})\\s+${DAY}\\b(?!\\s*(?:,\\s*)?\\d)`, "gi"),
  dayMonth: new RegExp(`\\b${DAY}(?:\\s+of)?\\s+(${MONTH})(?!\\.?,?\\s*\\d)`, "gi"),
  /** "the 1960s", "1990s", "'60s" is left alone (two digits say too little). */
  decade: /\b((?:1[0-9]|20)\d)0s\b/g,
  /** A year, also as the first or second half of a range ("2016–17", "1991–1510"). */
  year: /(?<![\d.,/$£€])((?:1[5-9]|20)\d\d)(?:\s*[–-]\s*(\d{2,4}))?(?![\d%]|\.\d)/g,
  /** A written number: digits with separators and decimals, an optional scale, or a number word. */
  number: /(?<![\p{L}\d.,])([$£€¥]\s?)?(\d{1,3}(?:[,\u202f\u00a0 ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(hundred|thousand|million|billion|trillion|bn|mn|tn|[kmb])\b)?(\s?%|\s?per\s?cent\b|\s?percent\b)?/giu,
  numberWord: /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth)(?:[\s-](one|two|three|four|five|six|seven|eight|nine))?(?:\s(hundred|thousand|million|billion))?\b/gi,
  /** A quoted phrase (straight quotes, after normalisation). */
  quote: /"([^"]{2,200}?)"/g,
  /** A run of capitalised words with initials and short joiners inside: a name. */
  name: /(?:\p{Lu}[\p{L}\p{M}'’-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*)(?:\s+(?:(?:of|and|de|del|der|da|di|du|la|le|van|von|the|for|on|in|y|&|bin|al|el)\s+)?(?:\p{Lu}[\p{L}\p{M}'’-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*))*/gu,
  /** Where a claim's clauses meet: punctuation, conjunctions and relative words. */
  clauseBreak: /\s*[,;:()–—]\s*|\s+(?=(?:and|but|while|whereas|which|who|whom|whose|where|when|after|before|because|although|though|including|as well as|until|making|becoming)\s)/gi,
  /** Words that negate a statement. */
  negation: /\b(?:not|no|never|neither|nor|none|without|denied|denies|deny|refused|rejected|false|n't)\b/i,
} as const;

/** Capitalised words that start sentences or clauses and name nothing. */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  (
    "the a an in on at of for to by from with as after before during since until when while if but and or so then " +
    "he she it they we i you his her its their our my this that these those there here also however although though " +
    "following according despite today yesterday later earlier currently previously formerly originally " +
    "instead meanwhile additionally furthermore moreover subsequently eventually finally initially afterwards " +
    "besides nevertheless nonetheless similarly likewise overall ultimately notably recently together once " +
    "upon under over among between through throughout within without across along around against into " +
    "monday tuesday wednesday thursday friday saturday sunday " +
    "january february march april may june july august september october november december " +
    "jan feb mar apr jun jul aug sep sept oct nov dec"
  ).split(" "),
);
