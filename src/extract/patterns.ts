/**
 * Every heuristic of the extractor that is keyed on words, class names or URLs lives
 * here, in one named block (like Readability's REGEXPS), so that a reader can see and
 * tune what "site chrome", "a references heading" or "a share button" means without
 * hunting through the walking code. Nothing here touches the DOM.
 */

export const REGEXPS = {
  /** Headings that open a section of reference entries (many languages). */
  referencesHeading:
    /^(?:\d+(?:\.\d+)*\.?\s+)?(?:references?|sources?|notes?|footnotes?|end ?notes?|bibliography|works cited|citations?|notes and references|references and notes|sources and notes|notes and sources|literature cited|cited works|références|notes et références|sources et références|quellen|einzelnachweise|nachweise|literatur|anmerkungen|fuentes|referencias|notas|bibliografía|note|riferimenti|fonti|referências|fontes|bronnen|noten|referenties|källor|przypisy|bibliografia)\s*:?$/i,
  /** Headings whose sections are neither body nor references ("Further reading" …). */
  ignoredHeading:
    /^(?:\d+(?:\.\d+)*\.?\s+)?(?:further reading|see also|external links|related(?: articles| posts| stories| reading)?|more reading|read (?:more|also|next)|you (?:might|may) also like|recommended(?: reading)?|more from .{1,40}|most (?:read|popular)|latest(?: news| posts)?|popular(?: posts)?|also read|share this(?: article)?|comments?|\d+ (?:comments?|responses?)|leave a (?:reply|comment)|tags?|topics|navigation|weiterführende literatur|siehe auch|weblinks|voir aussi|liens externes|véase también|enlaces externos|vedi anche|collegamenti esterni|ver também|ligações externas|zie ook|externe links)\s*:?$/i,
  /** Headings or short intro lines that announce the page's own key points. */
  keyPointsHeading:
    /^(?:key (?:points|takeaways|findings|facts)|takeaways?|main points|highlights|in brief|at a glance|tl;? ?dr|summary|the short version|what you need to know|in short|the gist)\b.{0,30}:?$/i,
  /** Class/id words (split at "-"/"_") that mark site chrome rather than article text. */
  chromeWord:
    /^(?:share|sharing|sharebar|social|newsletter|newsletters|subscribe|subscription|subscriptions|promo|promos|promotion|related|comment|comments|sidebar|widget|widgets|tags|tagcloud|topics|terms|byline|bylines|author|authors|meta|metadata|breadcrumb|breadcrumbs|paginav|pagination|pager|navbox|navigation|catlinks|sponsor|sponsored|advert|advertisement|ads|ad|cookie|cookies|cookiebanner|consent|gdpr|interstitial|footer|noprint|editsection|infobox|credits?|copyright|tools|toolbar|coordinates|disclaimer|popup|modal|masthead|dateline|timestamp|hatnote|metadata|outbrain|taboola)$/i,
  /** Whole class/id tokens (or parts of them) that are chrome even though no single word is. */
  chromeToken:
    /read-?more|read-?also|read-?next|more-?from|keep-?reading|most-?read|you-?might|also-?like|recommended|relatedposts|sharedaddy|jetpack-subscriptions|onetrust|cmplz|post-?card|site-?header|site-?footer|skip-?link|shortdescription|printfooter|mw-jump|reflist-?title|^gallery|gallerybox|gallerytext|photo-credit|mw-empty-elt/i,
  /** Class/id of a "Read more" box that may hold the folded rest of the article (then it is not chrome). */
  expanderToken: /^(?:read-?more|keep-?reading|continue-?reading|show-?more|more-?content|article-?more)(?:[-_](?:content|body|text|wrapper))?$/i,
  /** Classes that hide text from sighted readers (screen-reader-only text). */
  srOnly: /^(?:sr-only|screen-reader-text|off-?screen|visually-?hidden|visuallyhidden|a11y-hidden|mw-editsection|cite-accessibility-label)$/i,
  /** Inline styles that hide an element. */
  hiddenStyle: /display\s*:\s*none|visibility\s*:\s*hidden/i,
  /** Short lines that are site chrome whatever their markup ("READ MORE:", "Advertisement"). */
  chromeLine:
    /^(?:read (?:more|also|next)|related|see also|advertisement|sponsored|share (?:this|on)|sign up|subscribe|follow us|listen to this article|gift this article)\b/i,
  /** The article's own provenance line. */
  sourceLine:
    /^(?:sources?\s*:|originally (?:published|posted|appeared)\b|(?:this|the) (?:article|story|post|piece|essay|column|interview) (?:was )?(?:first |originally )?(?:appeared|published|posted|ran)\b|first (?:published|appeared)\b|republished (?:from|with|by|under)\b|reprinted (?:from|with|by)\b|syndicated (?:from|by)\b|cross-?posted (?:from|at)\b|quelle\s*:|fuente\s*:)/i,
  /** A URL written as plain text (with or without scheme). */
  urlInText: /\b(?:https?:\/\/[^\s<>"'()]+|(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/[^\s<>"'()]*)/i,
  /** Leading label of a reference entry written into its text: "[1]", "1.", "1)", "^". */
  entryLabel: /^\s*(?:\[(\d{1,4}|[a-z])\]|(\d{1,4})[.)](?=\s)|\^)\s*/i,
  /** Text of a citation marker: "1", "[12]", "(3)", "a", "iv", "*", "note 2", "[n 10]" (a named group). */
  markerLabel: /^\s*[[(]?\s*((?:[a-z]{1,5}\.?\s?)?\d{1,4}|[a-z]{1,2}|[ivxlc]{1,6}|[*†‡§¶]{1,3})\s*[\])]?\s*$/i,
  /** Ids and hrefs used by footnote generators (Hugo, pandoc, kramdown, Google Docs, Word, …). */
  noteHref: /^#(?:fn|ftn|_ftn|footnote|note|endnote|cite_note|easy-footnote|ref-|en)/i,
  noteRefId: /^(?:fnref|fn-ref|footnote-ref|ftnt_ref|_ftnref|cite_ref|easy-footnote-\d|ref-|noteref)/i,
  /** Marker classes on <sup>/<a>/<span> elements. */
  markerClass: /^(?:reference|footnote-ref|footnote-reference|footnote|fn|noteref|easy-footnote|footnoteref|footnote-anchor|fna-ref|footnote-link)$/i,
  /** Classes of an inline note that holds its own text (Tufte / org-mode sidenotes, hidden inline footnotes). */
  selfNoteClass: /^(?:sidenote|marginnote|margin-note|footnote-container|sidenote-container|inline-footnote|footnotecontent|footnote-content|fn-content)$/i,
  /** Of those, the classes of the element that holds the note's text (not its number). */
  noteBodyClass: /^(?:sidenote|marginnote|margin-note|footnote|footnotecontent|footnote-content|fn-content)$/i,
  /** The number or toggle of a sidenote (`<label class="margin-toggle sidenote-number">`, org-mode `footref`). */
  noteToggleClass: /^(?:footref|margin-toggle|sidenote-number|footnote-number|sidenote-toggle)$/i,
  /** `data-testid` of a chatbot's inline source chip ("webpage-citation-pill"). */
  citationPill: /citation-pill|source-pill|citation-chip/i,
  /** Ids of footnote definitions that end in their number ("fn1", "footnote-2", "ftnt3", "fn:4"). */
  numberedNoteId: /(?:^|[-_:.])(?:fn|footnote|note|endnote|ftnt?|ref|cite_note)[-_:.]?(\d{1,3})$/i,
  /** Fragments that never name a footnote. */
  nonNoteHref: /^(?:javascript:|#?$|#top$)/i,
  /** Backlink texts in reference entries ("^", "↩", "↑", "a b c", "[1]"). */
  backlinkText: /^\s*(?:[\^↩↑⤴⬆]+[\ufe0e\ufe0f]?|[a-z]{1,2}|\[?\d{1,4}\]?|back|return)\s*$/i,
  /** Classes of backlink elements in reference entries. */
  backlinkClass: /backref|backlink|cite-backlink|footnote-back|return/i,
  /** Share/intent endpoints and other links that never cite a work. */
  shareUrl:
    /(?:facebook\.com\/(?:sharer|share|dialog)|twitter\.com\/(?:intent|share)|x\.com\/intent|bsky\.app\/intent|linkedin\.com\/(?:share|sharing|shareArticle)|reddit\.com\/submit|pinterest\.[a-z.]+\/pin\/create|wa\.me\/|api\.whatsapp\.com|t\.me\/share|news\.ycombinator\.com\/submitlink|mastodon[^/]*\/share|getpocket\.com\/(?:save|edit)|flipboard\.com\/bookmarklet|\/intent\/(?:tweet|post))/i,
  /** Path shapes of taxonomy/navigation pages (tags, authors, categories). */
  navPath: /\/(?:tags?|topics?|category|categories|author|authors|people|profile|user|users|search|login|signin|signup|subscribe|newsletters?)(?:\/|$)/i,
  /** Addresses of search result pages ("/search?…", "?q=…", WordPress's "?s=…"). */
  searchUrl: /\/search(?:\/|\.|\?|$)|[?&](?:q|query|s|search|keywords?)=[^&#]/i,
  /** A paragraph that opens with a quotation mark (a roundup quoting the page it links to). */
  openingQuote: /^\s*["“„«»‹「]/,
  /** Class words (split at "-"/"_") of a story card's own date line. */
  cardDateWord: /^(?:date|dateline|timestamp|time|posted|pubdate|published|updated)$/i,
  /** Class words of a story card's own byline. */
  cardBylineWord: /^(?:byline|author|authors|vcard)$/i,
  /** A short line that starts with a date, maybe after a label or a weekday ("Posted on Tuesday, 3 June 2025", "2025-06-03"). */
  dateLine:
    /^(?:(?:posted|published|updated|on)\b:?\s*)*(?:[a-z]{3,9}\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\.?\s+[a-z]{3,9}\.?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2})\b/i,
  /** A short line that credits an author ("By Jane Doe", "Por …", "Par …", "Von …"). */
  bylineLine: /^(?:[Bb]y|BY|[Pp]or|[Pp]ar|[Vv]on|[Dd]i|[Dd]oor|[Aa]v|[Aa]f)\s+\p{Lu}/u,
  /** Classes on MediaWiki <cite> that are not the citation type. */
  citeNonType: /^(?:citation|cs1|cs2|z3988|mw-ref)$/i,
  /** Class/id of containers whose items are footnotes, and of reference-list containers. */
  footnoteContainer: /^(?:footnotes?|endnotes?|wp-block-footnotes|footnote-list|easy-footnotes-wrapper|fn-list)$/i,
  referenceContainer: /^(?:references|reflist|refbegin|reference-list|bibliography|works-cited|citations|sources-list)$/i,
  /** Class of a list that holds the page's key points. */
  keyPointsClass: /^(?:key-?points|key-?takeaways|takeaways|highlights|tldr|tl-dr|summary-points|article-summary)$/i,
  /** Classes of boxes left out as chrome whose rows and captions are claims when they cite a source (infobox, figure). */
  citedBox: /^(?:infobox(?:[-_].*)?|thumb|thumbinner|tright|tleft|wp-caption|gallery|gallerybox|figure)$/i,
  /** Classes of those rows and captions. */
  citedBoxPart: /^(?:thumbcaption|wp-caption-text|image-caption|media-caption|gallerytext|infobox-data|infobox-full-data)$/i,
  /** Class tokens of an image's or table's caption (kept in the body unless it repeats the text). */
  captionClass: /caption|gallerytext/i,
  /** Class tokens of a photo credit inside a caption. */
  creditClass: /credit|copyright/i,
  /** A paragraph that is a reference entry written as "[1] …". */
  bracketEntry: /^\[\d{1,3}\]\s/,
} as const;

/** Tags that start a new line of text: their boundaries become spaces in `readText`. */
export const BREAKING_TAGS = new Set([
  "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "dialog", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
  "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
]);

/** Tags whose presence inside an element makes that element a container, not a text block. */
export const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset", "figure", "footer",
  "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
  "table", "ul", "center",
]);

/** Tags never read as text (their content is not prose a reader sees). */
export const SKIPPED_TAGS = new Set([
  "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio",
  "select", "textarea", "input", "button", "annotation", "head", "link", "meta",
]);

/** Tags whose subtrees are site chrome when met inside the article. */
export const CHROME_TAGS = new Set(["nav", "aside", "footer", "form", "menu", "dialog"]);

/** ARIA roles that mark chrome. */
export const CHROME_ROLES = new Set([
  "navigation", "complementary", "contentinfo", "banner", "dialog", "alertdialog", "search", "menu", "menubar", "toolbar",
  "tablist", "doc-backlink",
]);

/** Caps that keep a 10 MB page from hanging the tab; `stats.truncated` says when one was hit. */
export const LIMITS = {
  /** Above this many elements Readability is skipped and a cheaper root finder is used. */
  readabilityElements: 60_000,
  /** At most this many body blocks are returned. */
  blocks: 4_000,
  /** At most this many reference entries are returned. */
  references: 3_000,
  /** Characters of one block's text; a longer block is cut (rare: a wall of text in one element). */
  blockChars: 20_000,
  /**
   * Above this nesting depth (elements from <html> down) Readability is skipped: its scoring
   * is quadratic in depth. Real pages stay under 60 (the deepest in the readability corpus is 38).
   */
  readabilityDepth: 160,
  /** Elements nested deeper than this below the article element are not read. */
  walkDepth: 200,
  /** Minimum body text (characters in paragraphs) for a page to count as an article. */
  minArticleChars: 250,
  /** The same minimum for a text whose markers lead to its own footnotes. */
  minCitedArticleChars: 80,
} as const;
