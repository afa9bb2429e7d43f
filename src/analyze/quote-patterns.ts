/**
 * The word lists and patterns of "Who says so" (quotes.ts, speakers.ts) in one named block,
 * like patterns.ts for the rest of the analyzer: which marks open and close a quotation, which
 * verbs attribute a statement, and which nouns make a speaker anonymous, a document or an
 * organisation. Each list encodes a general habit of news writing, never a particular page.
 */

/** A word test that remembers its answers: the lists are long alternations, asked of the same words again and again. */
export interface WordTest {
  test(word: string): boolean;
}

/** `re` as a WordTest with a bounded memory (cleared when full, so a huge page cannot grow it without end). */
function remembered(re: RegExp): WordTest {
  const seen = new Map<string, boolean>();
  return {
    test(word) {
      let hit = seen.get(word);
      if (hit === undefined) {
        hit = re.test(word);
        if (seen.size >= 4096) seen.clear();
        seen.set(word, hit);
      }
      return hit;
    },
  };
}

/** Opening quotation marks and the marks that may close each (straight marks close themselves). */
export const QUOTE_PAIRS: ReadonlyMap<string, string> = new Map([
  ["“", "”\""], // English curly (closed by a straight mark where typing mixed them)
  ['"', '"”'],
  ["''", "''"], // two apostrophes, as some archives print double quotes
  ["„", "“”"], // German („…“), Polish and Romanian („…”)
  ["«", "»"], // French, Spanish, Russian …
  ["»", "«"], // Danish and German book style
  ["「", "」"], // Japanese, Chinese
  ["『", "』"],
  ["‹", "›"],
  ["‘", "’"], // single curly, only where a paragraph has no double marks
]);

/** Verbs of saying (every form that ends a cue: "said", "has said", "tells"). */
const SAY =
  "say|says|said|saying|tell|tells|told|telling|add|adds|added|adding|note|notes|noted|noting|write|writes|wrote|writing|" +
  "announce|announces|announced|announcing|stated|explain|explains|explained|explaining|argue|argues|argued|arguing|" +
  "claim|claims|claimed|claiming|insist|insists|insisted|insisting|warn|warns|warned|warning|declare|declares|declared|" +
  "report|reports|reported|respond|responds|responded|reply|replies|replied|acknowledge|acknowledges|acknowledged|" +
  "concede|concedes|conceded|confirm|confirms|confirmed|deny|denies|denied|tweeted|posted|" +
  "recall|recalls|recalled|continue|continues|continued|predict|predicts|predicted|suggest|suggests|suggested|" +
  "ask|asks|asked|stress|stresses|stressed|admit|admits|admitted|testify|testifies|testified|" +
  "conclude|concludes|concluded|allege|alleges|alleged|opine|opines|opined";

/** Verbs that pin a quoted label on something ("labeling the rise as “deeply unfair”"). */
const LABEL = "call|calls|called|calling|label|labels|labeled|labelled|labeling|labelling|describe|describes|described|describing|term|terms|termed|dub|dubs|dubbed";

/** What a study, poll or filing "says": finds, shows. Only with a document as the subject. */
const FIND = "find|finds|found|show|shows|showed|shown|estimate|estimates|estimated|conclude|concludes|concluded";

export const QUOTE_WORDS = {
  /** A verb of saying, whole word, any case. */
  say: remembered(new RegExp(`^(?:${SAY})$`, "i")),
  /** A verb that pins a quoted label on something. */
  label: remembered(new RegExp(`^(?:${LABEL})$`, "i")),
  /** A verb a document's findings take. */
  find: remembered(new RegExp(`^(?:${FIND})$`, "i")),
  /** A cue that names where the words were published, so they could be linked ("said in a statement", "wrote in a tweet"). */
  published: /\b(?:statement|tweet|tweets|post|posts|posted|tweeted|wrote|letter|report|filing|release|op-ed|blog|column|memo|email|e-mail|video|facebook|twitter|instagram|website|press|paper|study|court|complaint|transcript)\b/i,
  /** Labels that a colon follows which are no speaker ("Correction:", "Editor's note:"). */
  notSpeakerLabel:
    /^(?:correction|corrections|update|updated|clarification|note|editor's|editor’s|disclosure|photo|photos|video|watch|read|related|source|sources|caption|credit|listen|see|more|also|advertisement|sponsored|warning|contact|analysis|opinion|review|exclusive|live|explainer|breaking|interview|podcast|editorial|obituary|profile|factbox|timeline|quiz|recipe|letters|commentary|essay|episode|chapter|part|transcript)$/i,
  /** Verbs that carry a bare reported clause ("said the plan was dead"); the others need "that", a colon or a quotation. */
  bareClause: /^(?:say|says|said|saying|tell|tells|told|telling)$/i,
  /** Verb forms ending in -ing: the speaker is the clause's subject ("…, saying that …"). */
  gerund: /^(?:saying|adding|noting|arguing|claiming|insisting|warning|explaining|telling|writing|declaring|stressing|suggesting)$/i,
  /** Words that may stand between a speaker and the verb ("has also said", "later told", "all suggested", "just this month announced"). */
  auxiliary:
    remembered(/^(?:has|have|had|also|later|earlier|then|again|once|often|repeatedly|previously|recently|separately|subsequently|initially|reportedly|publicly|privately|quickly|simply|flatly|bluntly|would|will|did|does|do|not|never|just|further|first|last|still|already|frequently|famously|told|all|both|each|this|week|month|year|morning|afternoon|evening|weekend)$/i),
  /** Time words that may follow the verb before the statement ("said Friday that"). */
  when: /^(?:today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|recently|earlier|later|last|this|on|in|at|during|after|before|week|month|year|morning|afternoon|evening|night)$/i,
  /** Words after the verb that name the channel or audience ("in a statement", "on Twitter", "told reporters"). */
  channel: remembered(/^(?:in|on|at|via|during|to|through|before|after|from|a|an|the|his|her|their|its|an|recent|earlier|separate|written|televised|phone|telephone|brief|statement|interview|tweet|post|email|e-mail|letter|speech|rally|conference|news|press|release|briefing|hearing|call|debate|meeting|event|forum|session|appearance|program|programme|show|broadcast|town|hall|visit|trip|ceremony|summit|dinner|lunch|breakfast|fundraiser|campaign|stop|video|op-ed|column|blog|memo|filing|report|radio|television|tv|podcast|message|remarks|reporters|journalists|supporters|audience|crowd|twitter|facebook|instagram|x|reuters|sunday|monday|tuesday|wednesday|thursday|friday|saturday|today|yesterday|morning|afternoon|evening|night|week|last|this|friday's)$/i),
} as const;

/** Nouns that make the speaker an unnamed source. */
const ANON_HEADS =
  "officials?|sources?|persons?|people|aides?|advisers?|advisors?|staffers?|insiders?|diplomats?|investigators?|" +
  "analysts?|experts?|critics?|observers?|witnesses?|residents?|someone|somebody|members?|employees?|workers?|" +
  "executives?|lawmakers?|legislators?|strategists?|operatives?|allies|ally|confidants?|associates?|" +
  "individuals?|insider|spokesperson|spokesman|spokeswoman|representatives?|officers?|agents?|scientists?|researchers?|economists?|historians?|" +
  "supporters?|opponents?|voters?|republicans|democrats|conservatives|liberals|activists?|observers|skeptics|proponents|veterans?|" +
  "percent|respondents|majority|plurality";

/** Phrases that mark a source kept unnamed ("familiar with the matter", "who asked not to be named"). */
export const ANONYMITY =
  /\b(?:familiar\s+with|briefed\s+on|close\s+to|knowledgeable\s+about|with\s+knowledge\s+of|who\s+(?:spoke|asked|requested|declined|was\s+not\s+authori[sz]ed|were\s+not\s+authori[sz]ed)|on\s+(?:the\s+)?condition\s+of\s+anonymity|not\s+authori[sz]ed\s+to|anonymous(?:ly)?|unnamed|speaking\s+anonymously)\b/i;

/** Nouns that make the speaker a document ("the report", "a 2019 study", "the complaint"). */
const DOC_HEADS =
  "report|reports|study|studies|survey|poll|polls|statement|filing|complaint|lawsuit|suit|memo|memorandum|letter|" +
  "document|documents|analysis|review|audit|data|database|records|release|transcript|email|e-mail|tweet|post|ruling|" +
  "order|indictment|affidavit|paper|research|findings|finding|book|article|op-ed|editorial|ad|advertisement|video|" +
  "website|estimate|estimates|figures|census|assessment|investigation|inquiry|motion|brief|petition|resolution|bill|" +
  "guidance|notice|announcement|communique|communiqué|decree|opinion|verdict|testimony|textbook|index|tally|count|" +
  "register|registry|archive|archives|log|ledger|dataset|spreadsheet|chart|statistics|numbers|minutes|budget|forecast|projections?|model|" +
  "film|documentary|clip|footage|slide|slides|presentation|commercial|advert";

/** Lower-case nouns that make the speaker an organisation ("the campaign", "police"). */
const ORG_HEADS =
  "campaign|administration|government|police|company|firm|department|agency|ministry|military|army|navy|" +
  "committee|commission|council|court|board|office|party|group|organization|organisation|union|coalition|" +
  "university|institute|embassy|authorities|authority|regulators?|prosecutors|bank|network|newspaper|paper|" +
  "team|club|league|foundation|charity|hospital|school|district|city|county|state|regime|junta|cabinet|" +
  "parliament|congress|senate|house|legislature|white house|kremlin|pentagon|tribunal|prosecution|defen[cs]e|" +
  "agencies|companies|governments|firms|networks|outlets|airline|operator|utility|manufacturer|retailer";

/** Nouns that describe what a person is: roles, offices, trades. */
const ROLE_HEADS =
  "spokes(?:man|woman|person)|secretary|minister|president|vice president|senator|sen|rep|representative|official|" +
  "nominee|candidate|adviser|advisor|aide|chairman|chairwoman|chair|director|leader|governor|mayor|commissioner|" +
  "chief|analyst|expert|professor|economist|strategist|pollster|lawyer|attorney|judge|justice|ambassador|general|" +
  "commander|officer|researcher|scientist|executive|founder|co-founder|manager|head|member|lawmaker|congressman|" +
  "congresswoman|speaker|whip|host|anchor|reporter|correspondent|editor|writer|author|historian|activist|organizer|" +
  "organiser|owner|partner|fellow|consultant|surrogate|operative|staffer|economist|physician|doctor|nurse|teacher|" +
  "student|resident|father|mother|son|daughter|wife|husband|brother|sister|friend|chancellor|premier|king|queen|" +
  "prince|princess|pope|bishop|rabbi|imam|pastor|priest|sheriff|prosecutor|investigator|diplomat|envoy|negotiator|" +
  "coach|player|ceo|cfo|coo|cto|president-elect|deputy|assistant|associate|administrator|inspector|auditor|" +
  "treasurer|clerk|monitor|observer|trooper|captain|colonel|lieutenant|sergeant|major|admiral|mp|mep|councillor|" +
  "councilman|councilwoman|delegate|legislator|campaigner|economist|supporter|critic|voter|worker|employee|" +
  "engineer|architect|planner|designer|builder|farmer|fisherman|driver|pilot|surgeon|pharmacist|principal|headteacher|" +
  "dean|provost|rector|curator|librarian|accountant|banker|trader|broker|investor|entrepreneur|developer|landlord|" +
  "tenant|shopkeeper|chef|artist|musician|singer|actor|actress|producer|filmmaker|photographer|journalist|columnist|" +
  "commentator|pundit|lobbyist|advocate|volunteer|coordinator|superintendent|warden|ranger|keeper|guard|soldier|" +
  "veteran|survivor|victim|witness|neighbour|neighbor|parent|grandmother|grandfather|pupil|graduate|mechanic|" +
  "technician|operator|contractor|manager|chairperson|secretary-general|spokesperson|mogul|businessman|businesswoman|lady";

const whole = (list: string) => remembered(new RegExp(`^(?:${list})$`, "i"));

/**
 * Small words (prepositions, conjunctions, forms of "be") that title case capitalises and a
 * name never holds ("Railing Against Trump", "Stealth Over Health"). "The" and "A" are not
 * among them: they open names of papers and bodies.
 */
export const TITLE_CASE_SMALL = "to|by|of|for|with|from|in|on|at|and|or|as|is|are|was|were|against|over|under|into|after|before|about|amid";

export const SPEAKER_WORDS = {
  /** A small word of TITLE_CASE_SMALL. */
  smallWord: remembered(new RegExp(`^(?:${TITLE_CASE_SMALL})$`, "i")),
  anonHead: whole(ANON_HEADS),
  docHead: whole(DOC_HEADS),
  orgHead: whole(ORG_HEADS),
  roleHead: whole(ROLE_HEADS),
  /** The articles, the determiners a clause without "that" opens with ("a figure the Tribune reported"). */
  article: /^(?:the|a|an)$/i,
  /** Words that start a noun phrase. */
  determiner:
    remembered(/^(?:the|a|an|another|one|two|three|four|five|six|several|some|many|most|few|other|others|both|all|two|his|her|their|its|our|my|your|this|that|these|those|no|each|every|several|multiple|numerous|more|dozens|hundreds)$/i),
  /** Pronouns that may stand as a speaker (resolved, never output). */
  pronoun: remembered(/^(?:he|she|they|it|i|we)$/i),
  /** Honorifics that say nothing of an office ("Mr.", "Dr."): the word after one is a name. */
  honorific: /^(?:mr|mrs|ms|miss|mx|dr)\.?$/i,
  /** Lower-case particles inside a person's name ("Guillermo del Toro", "Ludwig van Beethoven"). */
  nameParticle: /^(?:de|da|di|du|del|della|dos|das|van|von|der|den|ter|la|le|bin|al|ibn)$/,
  /** Honorifics and titles before a name; the value tells the gender when it does. */
  title:
    remembered(/^(?:mr|mrs|ms|miss|mx|dr|prof|professor|sen|senator|rep|representative|gov|governor|gen|general|lt|col|capt|sgt|maj|adm|rev|pres|president|judge|justice|mayor|secretary|minister|ambassador|chancellor|premier|sir|dame|lord|lady|gov|atty|supt|insp|cmdr|cpt|del|delegate|amb|hon|officer|sheriff|chief|speaker|leader|councillor|councilman|councilwoman|commissioner|prime|vice|former|then-president)\.?$/i),
  male: remembered(/^(?:mr|sir|lord|king|prince|he|him|his|spokesman|chairman|congressman|councilman|father|son|husband|brother|businessman)\.?$/i),
  female: remembered(/^(?:mrs|ms|miss|dame|lady|queen|princess|she|her|spokeswoman|chairwoman|congresswoman|councilwoman|mother|daughter|wife|sister|businesswoman)\.?$/i),
  /** Capitalised words that open a sentence but are no name ("But Trump said"). */
  notName:
    remembered(/^(?:but|and|so|yet|or|then|still|however|meanwhile|also|now|later|earlier|instead|indeed|moreover|again|asked|when|while|after|before|as|in|on|at|for|if|though|although|because|since|during|until|with|without|by|from|of|to|the|a|an|this|that|these|those|it|its|there|here|what|who|why|how|where|which|no|not|yes|mr|mrs|ms|dr|according|last|next|first|speaking|writing|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|tonight|yesterday|some|many|more|most|all|every|each|one|two|several|other|another|only|nearly|almost|roughly|just|even|fully|barely|do|does|did|is|are|was|were|be|has|have|had|i|we|you|he|she|they|our|his|her|their|my|your|us|let|please|thank|thanks|oh|well|look|said|says|say)$/i),
  /** Lower-case words that end a noun phrase going backwards from the verb (clause words and common verbs). */
  clauseWord:
    remembered(/^(?:that|which|who|whom|whose|when|where|while|because|if|but|and|or|as|than|since|after|before|although|though|so|what|how|why|whether|to|is|are|was|were|be|been|being|not|it|this|also|there|here|then|even|just|only|will|would|could|should|can|may|might|must|shall|do|does|did|have|has|had|said|says|say|told|tells|think|thinks|thought|believe|believes|believed|know|knows|knew|feel|feels|felt|want|wants|wanted|hope|hopes|hoped|expect|expects|expected|agree|agrees|agreed|make|makes|made|get|gets|got|see|sees|saw|seem|seems|seemed|become|becomes|became|can't|won't|don't|doesn't|didn't|isn't|wasn't|aren't|weren't|couldn't|wouldn't|shouldn't|hasn't|haven't|hadn't|can’t|won’t|don’t|doesn’t|didn’t|isn’t|wasn’t|aren’t|weren’t|couldn’t|wouldn’t|shouldn’t|hasn’t|haven’t|hadn’t|until|unless|once|about|into|onto|upon|over|under|against|between|among|through|during|without|within|like|unlike|despite|amid|toward|towards|per|via|yet|nor|either|neither|however|too|very|really|quite|already|still|now|today|yesterday|tonight|last|next|ago|again|well|back|out|up|down|off|away)$/i),
  /** Capitalised words that describe a person before the name and are no part of it ("Republican Donald Trump", "Rival Hillary Clinton"). */
  descriptor:
    remembered(/^(?:republican|republicans|democrat|democrats|democratic|gop|libertarian|independent|conservative|liberal|labour|tory|socialist|green|rival|fellow|longtime|embattled|billionaire|incumbent|outgoing|american|british|french|german|russian|chinese|mexican|italian|israeli|iranian|ukrainian|canadian|australian|japanese|korean|indian|turkish|syrian|iraqi|afghan|palestinian|saudi|european|african|spanish|polish|dutch|swedish|irish|scottish|belgian|egyptian|pakistani|brazilian|venezuelan|cuban|greek|swiss|austrian|danish|norwegian|finnish)$/i),
  /** Verb forms in -ed/-ing that do belong in a role ("retired general", "acting director"). */
  roleParticiple: remembered(/^(?:retired|acting|outgoing|incoming|ranking|leading|founding|managing|presiding|visiting|governing|elected|appointed|designated|distinguished|renowned|celebrated|noted|licensed|certified|registered|qualified|trained|skilled|self-described|so-called|longstanding|sitting|serving|supervising|consulting|contributing)$/i),
  /** Prepositions that may join the parts of a speaker's noun phrase ("a spokesman for the campaign"). */
  joiner: remembered(/^(?:of|for|with|at|in|from|on|by|close|familiar|briefed|knowledgeable|to|the|a|an|and|&)$/i),
} as const;
