/**
 * Every heuristic regular expression and word list `analyze` relies on, in one place
 * (like Readability's REGEXPS), so that a rule is tuned once and never copied between
 * modules. Nothing here knows a particular page; each entry says what general habit of
 * citation writing it encodes.
 */
import { SCHEME } from "../url/loose-url";

/**
 * Abbreviated titles and name suffixes written with a period ("Sen.", "Capt.", "Jr."): the
 * period ends no sentence, the word opens or closes a person's name. Sentence splitting, the
 * quote tokenizer and the speaker readers (speaker-names.ts) each add their own words to these.
 */
export const TITLE_ABBREVIATIONS = ["Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "Maj", "Adm", "Rev", "Del", "Amb", "Hon", "St", "Jr", "Sr"] as const;

/** TITLE_ABBREVIATIONS as a regular expression alternation. */
export const TITLE_ALTERNATION = TITLE_ABBREVIATIONS.join("|");

/** Regular expressions used across the analyzer. */
export const PATTERNS = {
  /** A leading list label on an entry: "[1]", "1.", "1)", "^". */
  entryLabel: /^\s*(?:\[\s*[\w.]{1,6}\s*\]|\d{1,4}[.)]|\^)\s*/,
  /** A double-quoted span (straight, curly or guillemets): the usual way to write a title. */
  quoted: /"([^"]{3,}?)"|“([^”]{3,}?)”|«\s*([^»]{3,}?)\s*»/,
  /** An absolute URL written in text. */
  urlInText: /\b(?:https?|ftp):\/\/[^\s<>"'()]+(?:\([^\s<>"'()]*\)[^\s<>"'()]*)*/i,
  /** A URL written without a scheme: "38north.org/2024…", "www.example.com/path". */
  bareUrlInText: /\b(?:www\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/[^\s<>"'()]*/i,
  /** Punctuation that closes a sentence rather than belonging to a URL. */
  urlTrailingPunct: /[)\].,;:!?'"”’]+$/,
  /** A DOI anywhere (in a doi.org link, "doi:" prefix or plain). */
  doi: /\b10\.\d{4,9}\/[^\s"<>]+/,
  /** Dates that are not the publication date: when the citer read or archived the page. */
  notPublicationDate:
    /\b(?:accessed|retrieved|viewed|consulted|visited|archived(?:\s+from\s+the\s+original)?(?:\s+on)?|last\s+(?:modified|updated)|abgerufen(?:\s+am)?|consulté\s+le)\b[\s:,]*(?:on\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|[A-Za-z]{3,9}\s+\d{4}|\d{4})/gi,
  /** "(Place: Publisher, 2014)" — the imprint of a book or report. */
  imprint: /\(\s*([^():]{2,60}):\s*([^():,]{2,80}),\s*(?:[A-Za-z]+\.?\s+)?(?:\d{1,2},?\s+)?\d{4}\s*\)/,
  /** Separators between fields of an entry once the title and dates are cut out. */
  fieldSeparator: /\s+[-–—|]\s+|[,;]\s*|\.\s+|\.$|\(|\)|\s+[-–—]\s*$|^\s*[-–—]\s+/,
  /** Fields that are bibliographic furniture, never an outlet. */
  notOutlet:
    /^(?:press\s+release|accessed|retrieved|archived.*|from\s+the\s+original.*|p{1,2}|vol|no|issue|ed|eds|edn|trans|isbn.*|issn.*|doi.*|pmid.*|bibcode.*|online|web|pdf|link|available\s+at.*|in|and|et\s+al|the|via|[\d\s–—-]+|[ivxlc]+|\d+(?:st|nd|rd|th)\s+ed(?:ition)?)$/i,
  /** An ISBN named in an entry ("ISBN 978-0-86473-548-5"). */
  isbn: /\bISBN(?:-1[03])?:?\s*[\dX][\dX -]{8,}/i,
  /** Link texts that label an identifier, not the cited work (Wikipedia's "doi", "ISBN" …). */
  identifierLabel: /^(?:doi|isbn|issn|bibcode|pmid|pmc|oclc|s2cid|jstor|arxiv|hdl|lccn|zbl|mr|osti|ssrn|eissn|citeseerx)$/i,
  /** Link texts of an archived copy, used only when nothing else is linked. */
  archiveLink: /^(?:archived?|archive copy|archived copy|wayback(?: machine)?)$/i,
  /** Schemes that must never be opened (after stripping the control characters browsers ignore). */
  unsafeScheme: /^(?:javascript|data|vbscript|file|blob|filesystem|about|chrome|chrome-extension|moz-extension|view-source):/i,
  /** Any scheme at the start of a URL. */
  scheme: SCHEME,
  /** A host name: dot-separated labels and an alphabetic top-level domain (or an IP). */
  validHost: /^(?:(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{2,59})|\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/i,
  /** Query parameters that only track the click (not part of the page's address). */
  trackingParam:
    /^(?:utm_[a-z_]+|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|twclid|ttclid|li_fat_id|mc_cid|mc_eid|igshid|igsh|_hsenc|_hsmi|__hssc|__hstc|__hsfp|hsctatracking|mkt_tok|vero_id|vero_conv|oly_anon_id|oly_enc_id|rb_clickid|s_kwcid|ns_mchannel|ns_source|ns_campaign|ns_linkname|wt\.mc_id|wt_mc_id|cmpid|ocid|sr_share|at_medium|at_campaign|spm|scid|ref_src|ref_url|_ga|_gl)$/i,
  /** Path segments that are ids or hashes rather than words (mixed letters and digits). */
  idLikeToken: /^(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{5,}$|^[0-9a-f]{8,}$|^\d+$/i,
  /** Abbreviations after which a period does not end a sentence. */
  nonFinalAbbreviation: new RegExp(
    `(?:^|[\\s(“"])(?:${TITLE_ALTERNATION}|Mx|Mt|Ft|Cmdr|Pres|Supt|Insp|No|Nos|Vol|Vols|Fig|Figs|pp|vs|v|cf|al|approx|ca|c|Co|Bros|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|e\\.g|i\\.e|Inc\\.,|U\\.S|U\\.K)\\.\\s*$`,
  ),
  /** A single initial ("J.") or a dotted initialism ("A.V.") at the end of a segment: a name continues. */
  trailingInitial: /(?:^|[\s.])\p{Lu}\.\s*$/u,
  /** A sentence segment that starts lower-case (after quotes/brackets) continues the previous one. */
  lowerStart: /^[\s"'“‘(\[]*\p{Ll}/u,
  /** Words that make a name an organisation rather than a person. */
  organisationWord:
    /\b(?:news|times|post|journal|press|agency|department|dept|office|ministry|authority|brigade|university|college|institute|institution|council|association|foundation|society|water|service|services|bureau|commission|center|centre|group|company|corporation|inc|ltd|llc|plc|trust|bank|fund|network|review|magazine|daily|weekly|herald|tribune|guardian|observer|gazette|chronicle|telegraph|report|organization|organisation|administration|board|committee|government|library|museum|project|lab|laboratory|coalition|alliance|federation|union|party|police|fire|health|watch|data|open|research|studies|policy|standards|safety|international|national|federal|state|city|county|consortium|partners|media|radio|television|tv|channel|broadcasting|publishing|publications|books|wire|monitor|insider|today|world|global|campaign|initiative|programme|program|forum|academy|school|hospital|clinic|church|army|navy|force|command|embassy|parliament|congress|senate|court|house|ministry)\b/i,
  /** An author list separator: "; ", " and ", " & ", ", and ". */
  authorSeparator: /\s*;\s*|\s*,?\s+(?:and|&)\s+/,
} as const;

/** Verbs and nouns that turn a mention of a name into an attribution ("X reported", "X's study"). */
export const ATTRIBUTION = {
  /** Name followed (within a few words) by one of these: the name is the speaker. */
  verbAfter:
    /^(?:'s|’s)?(?:\s+\w+){0,3}?\s+(?:said|says|say|reported|reports|report|found|finds|find|wrote|writes|write|told|tells|tell|warned|warns|warn|noted|notes|note|estimated|estimates|showed|shows|show|published|publishes|announced|announces|asked|asks|ask|advised|advises|advise|recommends|recommended|explained|explains|points?\s+out|pointed\s+out|claimed|claims|argued|argues|concluded|concludes|confirmed|confirms|revealed|reveals|stated|states|suggested|suggests|described|describes|calls|called|labell?ed|labell?ing|urged|urges|insisted|insists|observed|observes|documented|documents|analy[sz]ed|analy[sz]es|counted|counts|measured|calculated|ranked|rates|rated|predicted|predicts|forecast|projects|projected|according)\b/i,
  /** Name followed by a possessive and a kind of publication: "the Guardian's explainer". */
  possessiveWork:
    /^(?:'s|’s)\s+(?:(?:own|latest|new|recent|annual|\w+-\w+|[A-Z]\w*)\s+){0,4}(?:explainer|report|reporting|study|survey|analysis|investigation|article|column|piece|story|data|figures|statistics|poll|review|guidance|guide|advice|campaign|statement|release|alert|map|forecast|tracker|database|findings|research|paper|estimate|estimates|account|coverage|interview|documentary|podcast|newsletter|editorial|op-ed|website|site|page|blog|update|warning|list|index|ranking|dataset|audit|inquiry|review)\b/i,
  /** Words right before the name: "according to (a report by) X", "told X", "published in X". */
  cueBefore:
    /(?:according\s+to(?:\s+(?:a|an|the)?\s*(?:new\s+|recent\s+|latest\s+|\d{4}\s+)?(?:report|study|survey|analysis|article|poll|data|figures|statement|estimate)s?\s+(?:by|from|of))?|reported\s+by|published\s+(?:in|by)|writing\s+in|wrote\s+in|quoted\s+(?:in|by)|cited\s+(?:in|by)|(?:report|study|survey|analysis|article|column|investigation|poll|paper|review|statement|piece|story|interview|explainer|data|figures|guidance|campaign)s?\s+(?:by|from|in|of)|told|tells|telling|per|via|source:?)\s+$/i,
  /** Name followed by a kind of publication without possessive: "a Pew survey found". */
  nounAfter:
    /^\s+(?:\w+\s+)?(?:survey|study|report|analysis|poll|data|figures|investigation|review|research|paper|explainer|article|column|estimate|estimates|count|tally|ranking)\b/i,
  /** "et al." after an author's surname. */
  etAl: /^\s+et\s+al\.?/i,
} as const;

/** Very common English words that carry no topic (for similarity, summaries and slugs). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a about above after again against all also am an and any are aren't as at be because been before being below " +
    "between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each " +
    "even ever few for from further get gets got had hadn't has hasn't have haven't having he her here hers herself " +
    "him himself his how however i if in into is isn't it it's its itself just least less let's like made make many " +
    "may me might more most much must my myself new no nor not now of off on once one only or other ought our ours " +
    "ourselves out over own per quite rather really said same say says several she should shouldn't since so some " +
    "still such than that that's the their theirs them themselves then there there's these they they're this those " +
    "though through thus to too under until up upon us very via was wasn't way we well were weren't what what's when " +
    "where which while who whom whose why will with within without won't would wouldn't yet you your yours yourself " +
    "yourselves ain't hey right two three four five first last year years last week month day days time times " +
    "according told report reported reports found also www com org html htm php aspx index amp"
  ).split(" "),
);
