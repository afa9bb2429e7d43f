/**
 * Every heuristic that decides what an inline link is to the article (issue 17), in one
 * named block: which hosts are encyclopedias, social networks, shops, journals, news
 * outlets or photo agencies; which path shapes are articles, profiles or tools; and which
 * words around a link say that the article rests on it ("according to", "a new study",
 * "said in a statement"). ./link-role.ts reads them; nothing here touches the DOM.
 * The lists are of kinds of site, never of pages in a test set.
 */
import type { SourceRole } from "../report";

export const LINK_RULES = {
  // ── Hosts (matched against the host without "www.") ───────────────────────────────
  /** Encyclopedias, dictionaries, glossaries, maps and coordinate tools: a term's page. */
  definitionHost:
    /(?:^|\.)(?:wikipedia\.org|wiktionary\.org|wikimedia\.org|wikidata\.org|wikivoyage\.org|wikiquote\.org|wikisource\.org|wikibooks\.org|fandom\.com|wikia\.com|britannica\.com|merriam-webster\.com|dictionary\.com|thesaurus\.com|dictionary\.cambridge\.org|collinsdictionary\.com|oxfordlearnersdictionaries\.com|oed\.com|lexico\.com|urbandictionary\.com|investopedia\.com|wordreference\.com|larousse\.fr|duden\.de|dwds\.de|rae\.es|treccani\.it|imdb\.com|geohack\.toolforge\.org|openstreetmap\.org|mapcarta\.com|geonames\.org|timeanddate\.com|xe\.com)$|^(?:wiki|glossary|dictionary|maps)\.|^tools\.wmflabs\.org$/,
  /** App and extension stores: a tool's page, or the thing reported on when the sentence says it was released. */
  storeHost: /^(?:apps\.apple\.com|itunes\.apple\.com|play\.google\.com|chrome\.google\.com|chromewebstore\.google\.com|addons\.mozilla\.org|microsoftedge\.microsoft\.com|apps\.microsoft\.com|f-droid\.org|flathub\.org|snapcraft\.io|marketplace\.visualstudio\.com)$/,
  /** Map services whose paths are maps ("google.com/maps/…", "bing.com/maps"). */
  mapPath: /^\/maps(?:\/|$)|[?&](?:ll|geo|coords?|lat)=/i,
  /** Paths of an encyclopedia article or a glossary entry on any host. */
  definitionPath: /\/(?:wiki|glossary|dictionary|definitions?|define|encyclopedia|a-to-z-guides?|guides?|lexikon|glossaire)\/|\/what-is-[a-z]/i,
  /** Social networks: a profile, a hashtag or a share page is social; a post on them is a post. */
  socialHost:
    /^(?:m\.|mobile\.|old\.|np\.|[a-z]{2}\.)?(?:twitter\.com|x\.com|facebook\.com|fb\.com|instagram\.com|linkedin\.com|tiktok\.com|threads\.net|bsky\.app|mastodon\.social|pinterest\.[a-z.]+|snapchat\.com|vk\.com|weibo\.com|t\.me|telegram\.me|youtube\.com|youtu\.be|vimeo\.com|twitch\.tv|soundcloud\.com|reddit\.com|quora\.com|flickr\.com|github\.com|gitlab\.com|bitbucket\.org|medium\.com|substack\.com|tumblr\.com)$/,
  /** On a social host, the paths of one post, video, thread or answer (a source when quoted). */
  socialPostPath:
    /\/(?:status(?:es)?|statuses|posts?|p|reel|reels|tv|videos?|watch|shorts|photos?|permalink|story\.php|comments|discussion|notes|answers?|events)\/|\/watch\?|^\/@[^/]+\/\d{6,}|^\/@[^/]+\/[\w-]{8,}$|^\/p\/[^/]+|^\/[a-z0-9-]+\/\d{6,}|^\/[^/]+\/[^/]+-[0-9a-f]{8,12}$/i,
  /** Photo agencies, image hosts and embed players: a credit or an embed, not a source. */
  mediaHost:
    /(?:^|\.)(?:shutterstock\.com|gettyimages\.[a-z.]+|istockphoto\.com|alamy\.com|unsplash\.com|pexels\.com|pixabay\.com|stock\.adobe\.com|depositphotos\.com|dreamstime\.com|123rf\.com|agefotostock\.com|apimages\.com|reutersconnect\.com|eyevine\.com|magnumphotos\.com|imgur\.com|giphy\.com|tenor\.com|commons\.wikimedia\.org|embed\.[a-z.]+|player\.[a-z.]+)$/,
  /** Shops, marketplaces, app stores and affiliate redirectors. */
  commerceHost:
    /^(?:m\.|smile\.)?(?:amazon|ebay|walmart|target|bestbuy|newegg|etsy|aliexpress|alibaba|costco|homedepot|lowes|wayfair|zappos|macys|nordstrom|kohls|bhphotovideo|adorama|currys|argos|johnlewis|fnac|cdiscount|otto|mediamarkt|rakuten|groupon|stubhub|ticketmaster|booking|expedia|zalando|asos|ikea|sephora|ulta|chewy|overstock|bol|flipkart)\.[a-z.]+$|(?:^|\.)(?:amzn\.to|amzn\.com|skimresources\.com|redirectingat\.com|linksynergy\.com|shareasale\.com|awin1\.com|anrdoezrs\.net|jdoqocy\.com|tkqlhce\.com|dpbolvw\.net|kqzyfj\.com|avantlink\.com|pjtra\.com|pntra\.com|sjv\.io|prf\.hn|fave\.co|howl\.me|geni\.us|go2cloud\.org|narrativ\.com|shop-links\.co|bn5x\.net|7eer\.net|ojrq\.net|myshopify\.com)$|^(?:shop|store|buy|deals?|checkout)\./,
  /** Affiliate and shop query parameters and paths. */
  commerceUrl:
    /[?&](?:tag|affid|aff_id|affiliate(?:_id)?|aff|afftrack|clickref|subid|sub_id|irgwc|ranmid|ranEAID|awc|cjevent|asc_[a-z]+)=|\/(?:dp|gp\/product|buy|cart|checkout|coupons?|deals?|shop|store)(?:\/|$|\?)|[?&]u=https?%3A|[?&](?:url|murl|dest|destination)=https?%3A.*(?:amazon|walmart|bestbuy|target)/i,
  /** Scholarly hosts: papers, preprints, trial records, journal pages. */
  studyHost:
    /(?:^|\.)(?:doi\.org|dx\.doi\.org|arxiv\.org|biorxiv\.org|medrxiv\.org|ssrn\.com|papers\.ssrn\.com|pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov|europepmc\.org|nature\.com|science\.org|sciencemag\.org|sciencedirect\.com|cell\.com|springer\.com|springeropen\.com|wiley\.com|tandfonline\.com|sagepub\.com|thelancet\.com|nejm\.org|jamanetwork\.com|bmj\.com|plos\.org|pnas\.org|frontiersin\.org|mdpi\.com|academic\.oup\.com|jstor\.org|researchgate\.net|semanticscholar\.org|clinicaltrials\.gov|cochranelibrary\.com|elifesciences\.org|acm\.org|ieee\.org|ieeexplore\.ieee\.org|aps\.org|iop\.org|acs\.org|rsc\.org|annualreviews\.org|karger\.com|hindawi\.com|peerj\.com|osf\.io|zenodo\.org|hal\.science|openreview\.net|aclanthology\.org|journals\.[a-z.]+|scholar\.[a-z.]+)$/,
  /** Paths of a paper wherever it is hosted. */
  studyPath: /\/(?:doi|abs|pdf|fulltext|article-abstract|articles?\/(?:pii|s\d)|content\/\d+\/\d+|science\/article|paper|papers|publication|preprint)\/|\/10\.\d{4,9}\//i,
  /** Government, parliament, court, statistics and intergovernmental hosts: records and documents. */
  documentHost:
    /(?:^|\.)(?:gov|mil|gouv\.fr|gob\.[a-z]{2}|gov\.[a-z]{2}|govt\.nz|gc\.ca|canada\.ca|europa\.eu|admin\.ch|bund\.de|bundestag\.de|parliament\.uk|legislation\.gov\.uk|assemblee-nationale\.fr|senat\.fr|legifrance\.gouv\.fr|un\.org|who\.int|oecd\.org|imf\.org|worldbank\.org|wto\.org|iaea\.org|unhcr\.org|unicef\.org|icj-cij\.org|courtlistener\.com|supremecourt\.gov|uscourts\.gov|justia\.com|findlaw\.com|law\.cornell\.edu|casetext\.com|sec\.gov|census\.gov|bls\.gov|ons\.gov\.uk|insee\.fr|destatis\.de|eurostat\.ec\.europa\.eu|data\.[a-z.]+|stats\.[a-z.]+|statistics\.[a-z.]+|documentcloud\.org|scribd\.com|archives\.[a-z.]+|state\.[a-z]{2}\.us)$/,
  /** Paths of a document, record or data set on any host. */
  documentPath:
    /\.(?:pdf|csv|xlsx?|docx?|pptx?|json|xml|zip|txt)(?:$|[?#])|\/(?:reports?|publications?|research|data|datasets?|statistics|stats|press-?releases?|pressroom|newsroom|media-?releases?|statements?|filings?|documents?|docs|records?|minutes|transcripts?|testimony|legislation|bills?|acts?|laws?|rulings?|opinions?|decisions?|cases?|caselaw|briefs?|white-?papers?|factsheets?|fact-sheets?|surveys?|findings|analysis|archives)\/|\/(?:issues|pull|pulls|commit)\/\d|\/Archives\/edgar\//i,
  /** News outlets (besides any host with a news word in it, `newsWordHost`). */
  newsHost:
    /(?:^|\.)(?:reuters\.com|apnews\.com|ap\.org|afp\.com|bbc\.co\.uk|bbc\.com|nytimes\.com|washingtonpost\.com|wsj\.com|ft\.com|bloomberg\.com|economist\.com|cnn\.com|cnbc\.com|nbcnews\.com|abcnews\.go\.com|cbsnews\.com|foxnews\.com|npr\.org|pbs\.org|usatoday\.com|latimes\.com|chicagotribune\.com|bostonglobe\.com|sfchronicle\.com|seattletimes\.com|theguardian\.com|telegraph\.co\.uk|independent\.co\.uk|thetimes\.co\.uk|dailymail\.co\.uk|mirror\.co\.uk|sky\.com|channel4\.com|itv\.com|politico\.com|politico\.eu|axios\.com|theatlantic\.com|newyorker\.com|time\.com|newsweek\.com|forbes\.com|fortune\.com|businessinsider\.com|insider\.com|qz\.com|vox\.com|slate\.com|salon\.com|huffpost\.com|huffingtonpost\.com|buzzfeednews\.com|motherjones\.com|thenation\.com|newrepublic\.com|propublica\.org|theintercept\.com|thehill\.com|vice\.com|wired\.com|theverge\.com|techcrunch\.com|arstechnica\.com|engadget\.com|cnet\.com|zdnet\.com|mashable\.com|gizmodo\.com|fastcompany\.com|recode\.net|aljazeera\.com|dw\.com|france24\.com|euronews\.com|lemonde\.fr|lefigaro\.fr|liberation\.fr|leparisien\.fr|spiegel\.de|zeit\.de|faz\.net|sueddeutsche\.de|heise\.de|elpais\.com|elmundo\.es|corriere\.it|repubblica\.it|folha\.uol\.com\.br|globo\.com|scmp\.com|japantimes\.co\.jp|asahi\.com|nikkei\.com|straitstimes\.com|abc\.net\.au|smh\.com\.au|stuff\.co\.nz|nzherald\.co\.nz|rnz\.co\.nz|radionz\.co\.nz|cbc\.ca|theglobeandmail\.com|thestar\.com|irishtimes\.com|rte\.ie|yna\.co\.kr|koreatimes\.co\.kr|koreaherald\.com|yahoo\.com|nypost\.com|nydailynews\.com|variety\.com|hollywoodreporter\.com|deadline\.com|rollingstone\.com|billboard\.com)$/,
  /** Hosts named like a newspaper or newsroom. */
  newsWordHost: /(?:^|[.-])(?:news|times|post|herald|tribune|gazette|daily|journal|chronicle|courier|telegraph|observer|guardian|press|reporter|examiner|dispatch|inquirer|sentinel|ledger|standard|express|mirror|star)[a-z-]*\.[a-z.]+$/,
  /** Blog hosts and paths: a post on them, when cited, is a post. */
  blogHost: /(?:^|\.)(?:blogspot\.[a-z.]+|wordpress\.com|tumblr\.com|substack\.com|medium\.com|ghost\.io|typepad\.com|livejournal\.com|hashnode\.dev|dev\.to)$|^(?:we)?blogs?\./,
  blogPath: /\/(?:blogs?|weblog|posts?)\//i,

  // ── URL shapes ────────────────────────────────────────────────────────────────────
  /** A date in a path: /2016/07/25/, /2016/07/, /2016-07-25-, /20160725/, /2019/jan/03/. */
  datedPath: /\/(?:19|20)\d{2}\/(?:0?[1-9]|1[0-2]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:\/|$)|\/(?:19|20)\d{2}-[01]\d-[0-3]\d|\/(?:19|20)\d{2}[01]\d[0-3]\d(?:\/|$)/i,
  /** An article id in a path: a long number, a news id ("-rcna183138", "_4627068_"). */
  idPath: /(?:^|[/_-])(?:[a-z]{0,6})?\d{5,}(?:[/_.-]|$)|\/\d{3,}\/[a-z0-9-]+/i,
  /** Taxonomy and site-furniture paths: tags, topics, authors, sections, search, accounts. */
  navPath:
    /\/(?:tags?|topics?|category|categories|section|sections|author|authors|people|profiles?|users?|contributors?|staff|team|search|login|log-in|signin|sign-in|signup|sign-up|register|account|subscribe|subscriptions?|newsletters?|sitemap|feeds?|rss)(?:\/|$|\.)/i,
  /** Hosts that are a site's taxonomy ("topics.nytimes.com"). */
  navHost: /^(?:topics?|tags?|search|login|accounts?|my|subscribe|subscriptions?|newsletters?|help|support)\./,
  /** A link to a validator or another tool fed the address of a page. */
  toolUrl: /[?&](?:uri|url|u|q)=(?:https?:|www\.)/i,
  /** A redirect that carries its destination ("/click?url=https://…", "/out?u=…"): judged by the destination. */
  redirectPath: /^\/(?:click|redirect|redir|out|outbound|r|goto|go|link|away|exit|leave|external)(?:\.\w+)?\/?$/i,
  /** Lines that say where this article also appears ("This article was reprinted on Wired.com"). */
  copyLine: /\b(?:reprinted|republished|syndicated|cross-?posted|originally (?:published|appeared|posted)|first (?:published|appeared))\b/i,
  /** Slugs of how-to guides, explainers and listicles: further reading, not evidence. */
  guideSlug:
    /^(?:how-to|how-do|how-can|what-is|what-are|why-you|the-best|best-|top-\d|\d+-(?:ways|tips|things|best|reasons|ways)|tips?-|guide-|ultimate-guide|beginners?-guide|everything-you|heres-how|here-s-how)|-(?:guide|tips|explained|review|reviews|primer|quiz|faq)(?:-|$)/i,
  /** Slug words of a review or a product page, linked from a name: further reading. */
  reviewSlug: /(?:^|-)(?:review|reviews|hands-on|preview|unboxing)(?:-|$)/i,

  // ── Words around the link ─────────────────────────────────────────────────────────
  /** Lines that open a further-reading item ("Read more:", "Related:", "See also"). */
  furtherReading:
    /^\s*(?:read (?:more|also|next|this)|more|related(?: (?:stories|articles|content|coverage|reading))?|see also|also read|also see|learn more|more on this|recommended|watch|listen|previously|further reading|don'?t miss|must read|trending|popular|explore|lire (?:aussi|la suite|également)|à lire (?:aussi|également)|voir aussi|mehr zum thema|lesen sie auch|auch interessant|leia (?:também|mais)|lee (?:también|más)|vea también|ver también|leggi anche|vedi anche)\b\s*[:>»|–—-]?/i,
  /** A photo or video credit ("Photo by", "Image: …", "Credit:", "Portrait by"). */
  creditLine:
    /(?:^|[\s(|])(?:photos?|images?|pictures?|pics?|illustrations?|portrait|video|footage|graphics?|artwork|credit|credits|photographs?|fotos?|bild|foto:|crédit|crédits|photo credit|top image|lead image|header image|cover image|source image)\s*(?:by|:|via|courtesy|credit|—|-)(?:\s|$)|\bcourtesy of\b|\(shutterstock\)|\bvia (?:getty|shutterstock|unsplash|flickr|reuters|ap)\b/i,
  /** Words of a deal, a price or a shop near a link. */
  commerceWords:
    /\$\s?\d|€\s?\d|£\s?\d|\b\d+(?:[.,]\d\d)?\s?(?:\$|€|£|usd|eur|gbp)\b|\b(?:buy|buying|shop|shopping|order|pre-?order|price|prices|priced|deal|deals|discount|coupon|promo code|sale|on sale|save \d|in stock|add to cart|check price|see price|view deal|at amazon|at walmart|at best buy|at target|affiliate|commission)\b/i,
  /** Link words that name a shop action ("Buy now", "$19.99 at Amazon", "See it"). */
  commerceLinkText:
    /^(?:buy|shop|order|get (?:it|one|this)|see (?:it|price|deal)|check (?:price|availability)|view (?:deal|offer|product)|add to cart)\b|[$€£]\s?\d[\d,]*(?:\.\d\d)?(?!\d|[.,]\d|\s*(?:billion|million|trillion|thousand|bn|mn|m|k|b)\b)|\bat (?:amazon|walmart|best buy|target|ebay|etsy)\b/i,
  /** Link words that do something rather than name something ("personally brokered", "uses gRPC"). */
  verbish: /\b\p{L}{3,}(?:ed|ly)\b|\b(?:is|are|was|were|be|been|has|have|had|uses|use|says|said|say|made|makes|make|won|wins|lost|found|shows|showed|gave|took|got|went|came|told|calls|called|plans|wants|did|does|can|will|would)\b/iu,
  /** Link words that point at one particular thing ("its alert", "their report", "the agency's data"). */
  possessive: /^(?:its|their|his|her|our|my|your|the [\p{L}-]+['’]s)\s/iu,
  /** Link words opened by a preposition ("with only modest savings", "à son égard"): part of a claim, not a term. */
  prepositionFirst:
    /^(?:about|after|against|at|before|by|during|for|from|in|into|of|on|over|since|through|to|under|with|without|à|au|aux|avec|chez|dans|de|depuis|des|du|en|par|pour|sans|selon|sous|sur|auf|aus|bei|für|mit|nach|über|unter|von|zu|con|desde|en|para|por|sin|sobre|com|em|sem|da|dal|nel|per|tra)\s/i,
  /** The words just before a link that attribute what follows ("said", "according to"). */
  attributionBefore: /\b(?:said|says|say|told|wrote|writes|reported|reports|according to|published|announced|explained|noted|found|showed|estimated)\s+(?:\S+\s+){0,2}$/i,
  /** A link word that is a handle or a hashtag ("@jdoe", "#Hamilton"). */
  handleText: /^[.@#]\S+$/,
  /** An author box or a follow line ("Follow him on Twitter", "is on Twitter at"). */
  followLine:
    /\b(?:follow (?:him|her|them|me|us|the author)?\s*(?:on|at|@)|find (?:him|her|them|me|us) on|is on (?:twitter|x|instagram|facebook|linkedin|mastodon|bluesky|threads)|(?:connect|chat) with (?:him|her|them|me) on|email (?:him|her|them|me) at|reach (?:him|her|them|me) at)\b/i,
  /** Sign-ups, newsletters, comments and other calls to act. */
  callToAction:
    /^(?:sign up|subscribe|join|register|log ?in|sign in|download (?:the|our) app|get (?:the|our) newsletter|get .{1,40} in your inbox|leave a comment|comment|share|donate|support us|contact us|email us|tip us|send us)\b/i,

  /** Words that say a claim comes from another outlet's reporting. */
  newsCue:
    /\b(?:reported|reports|reporting|according to|told|first reported|previously reported|as reported by|broke the news|an? (?:interview|investigation|report|story|article|op-?ed|editorial|column|piece|analysis)|wrote|writes|said in an interview|via)\b/i,
  /** Words that say the linked thing is research. */
  studyCue:
    /\b(?:stud(?:y|ies|ied)|research(?:ers)?|paper|papers|findings|journal|published in|peer[- ]reviewed|preprint|trial|meta-analysis|survey|experiment|scientists|analysis|dataset|data set|estimat\w+|model(?:s|ing|ling)?)\b|\bétude\b|\bStudie\b|\bestudio\b/i,
  /** Words that say the linked thing is a record, a document or official data. */
  documentCue:
    /\b(?:report|reports|data|figures|statistics|filing|filings|documents?|records?|court|lawsuit|complaint|ruling|judge|verdict|bill|law|legislation|act|statement|press release|announcement|memo|letter|transcript|minutes|guidance|policy|regulations?|rules?|decision|order|indictment|testimony|hearing|budget|census|poll|results|list|index|audit|inquiry|investigation|agreement|contract|treaty|sanctions?|embargo|award|declaration|affidavit|petition|notice|warning|alert|advisory|specification|spec|standard|proposal|issue|pull request|bug|changelog|release notes|documentation|manual)\b|\brapport\b|\bBericht\b|\binforme\b/i,
  /** Words that say the linked thing is a post, a video or a social message. */
  postCue:
    /\b(?:tweet(?:s|ed)?|posted|posts?|wrote on|blog(?:ged)?|blog post|thread|video|footage|podcast|episode|on (?:twitter|x|facebook|instagram|tiktok|youtube|reddit|linkedin|mastodon|bluesky|threads|medium|substack)|says|said|explains|argues|notes|suggests|answers?)\b/i,
  /** Words that say the link is the thing the article reports on. */
  primaryCue:
    /\b(?:announced|announces|announcement|launched|launches|unveiled|unveils|released|releases|introduced|introduces|published|publishes|said in a statement|press release|(?:new|first|latest) (?:version|release|edition|update|feature|product|book|album|app|tool|site|website|report)|pushed out|shipped|available (?:now|on|at|from)|version \d|update|repository|source code|github|download)\b/i,
  /** A release verb whose object is the link ("has released [the code]", "pushed out the first version of [the site]"). */
  releaseBefore:
    /\b(?:released|releases|release|launched|launches|unveiled|unveils|introduced|introduces|announced|announces|published|publishes|debuted|debuts|shipped|ships|open-?sourced|pushed out|rolled out|rolls out|made available|put out|posted)\s+(?:(?:the|a|an|its|their|his|her|our|my|this|new|first|latest|final|updated|public|full|official|version|beta|edition|\d[\w.]*|of|\p{L}+-\p{L}+)\s+){0,6}$/iu,
  /** The link as the subject of a release ("[The new parts] were just announced"). */
  releaseAfter: /^\s*(?:(?:is|are|was|were|has been|have been|had been)\s+)(?:(?:just|now|finally|officially|recently|quietly)\s+)?(?:released|launched|unveiled|announced|introduced|published|shipped|out)\b/i,
  /** Words that say the outlet's own earlier story backs the sentence. */
  ownCue:
    /\b(?:as (?:we|\w+ magazine|this (?:site|paper|newspaper|outlet)) (?:reported|wrote|noted|revealed|explained|first reported)|we (?:previously |first |have |had )?(?:reported|wrote|revealed|covered)|previously reported|earlier reported|reported (?:earlier|last|in)|(?:has|had) reported|our (?:earlier |previous )?(?:reporting|story|coverage|investigation|report|analysis)|last (?:week|month|year)|earlier this (?:week|month|year))\b/i,
  /** Link words that name a document or a study outright ("Read the full transcript", "the report"). */
  documentWords: /\b(?:transcript|full text|report|study|paper|filing|pdf|dataset|data set|survey|memo|ruling|court documents?|minutes|statement|press release|white paper)\b/i,
  /** Link words of further reading ("a good primer", "an explainer", "more on this"). */
  readingWords: /\b(?:primer|explainer|guide|overview|background|more on|deep dive|round-?up|everything you need)\b/i,
  /** An attribution anywhere in the sentence ("As Trent Hamm explains", "according to"). */
  attribution: /\baccording to\b|\bas\s+(?:\S+\s+){1,6}(?:explains|explained|says|said|reports|reported|notes|noted|writes|wrote|puts it|points out|argues|argued|found|showed)\b/i,
  /** Link words that are no title at all ("here", "this", "link", "source", "1"). */
  bareLinkText:
    /^\s*[[(]?\s*(?:\d{1,4}|[ivxlc]{1,6}|[a-z])\s*[\])]?\s*$|^\s*(?:here|there|this|that|these|link|links|source|sources|report|study|paper|article|story|post|this (?:link|report|study|paper|article|story|post|page|one)|click here|read (?:more|it|this|here)|more|website|site|page|ici|hier|aquí|qui|lien|enlace|pdf|video|tweet|thread|(?:full )?(?:text|statement|transcript)|↗|→|»)\s*[.:!]?\s*$/i,
} as const;

/** Small words a proper name may hold ("Center on Poverty and Inequality", "Musée d'Orsay"). */
export const NAME_JOINERS = new Set(["of", "on", "the", "and", "for", "&", "de", "du", "des", "la", "le", "von", "van", "der", "di", "da", "y", "et", "at", "in"]);

/**
 * What a reference-list entry or a footnote says it is (./entry-role.ts): the cs1 citation
 * type MediaWiki writes on `<cite class="citation TYPE">`, scholarly identifiers, a journal's
 * volume, issue and pages, and hosts whose links are archive copies or catalogues.
 */
export const ENTRY_RULES = {
  /** cs1 types that name a role, in order. */
  citationType: [
    ["study", /\b(?:journal|arxiv|biorxiv|medrxiv|citeseerx|ssrn|conference|thesis|dissertation)\b/],
    ["news", /\b(?:news|newspaper|magazine|periodical|news ?agency|interview)\b/],
    ["document", /\b(?:report|techreport|press ?release|pressrelease|legislation|statute|court|gazette|hansard|patent|standard|speech|sign)\b/],
    ["post", /\b(?:tweet|av-media|video|podcast|episode|mailinglist|mailing list|newsgroup|blog)\b/],
  ] as const satisfies readonly (readonly [SourceRole, RegExp])[],
  /** cs1 types of works that are no study, document, news or post: they stay "References". */
  notASourceType: /\b(?:book|encyclopa?edia|dictionary|map|album|song|liner notes|film)\b/,
  /** A DOI, PMID, PMC, arXiv id or bibcode in the entry's text. */
  scholarlyId: /\bdoi:\s*10\.\d{4,9}\/|\bdoi\.org\/10\.\d{4,9}\/|\bPMID:?\s*\d{5,}|\bPMC\s?\d{5,}|\barXiv:\s*\d{4}\.\d{4,5}|\bBibcode:/i,
  /** A journal's volume, issue and pages ("571 (7763): 45–49", "vol. 12, no. 3, pp. 4–9"). */
  journalNumbers: /\b\d{1,4}\s*\(\d{1,4}\)\s*:\s*[e]?\d+(?:\s*[-–]\s*\d+)?\b|\bvol\.\s*\d+,\s*no\.\s*\d+,\s*pp?\.\s*\d+/i,
  /** Archive copies and book catalogues: never the cited work's own link. */
  archiveOrCatalogue: /(?:^|\.)(?:web\.archive\.org|archive\.org|archive\.today|archive\.ph|archive\.is|webcitation\.org|perma\.cc|worldcat\.org|books\.google\.[a-z.]+|openlibrary\.org|isbnsearch\.org)$/,
  /** Catalogue paths on any host (a wiki's "Special:BookSources/ISBN"). */
  catalogueUrl: /Special:BookSources|\/isbn\/|[?&]isbn=/i,
} as const;
