/**
 * What an inline link is to the article (issue 17): a source the article rests on — a
 * study, a document, another outlet's news, the outlet's own earlier reporting, a post, or
 * the primary thing it reports on — or not a source: site navigation, further reading, a
 * shop, a social profile, the home page of something merely named, a term's definition,
 * a photo credit. Decided from the link alone (where it points: same site or not, the
 * path's shape, the kind of host) and its sentence (the words it is on, the words around
 * it), by one ordered list of named rules, `LINK_DECISIONS`: the first rule that speaks
 * decides, and the verdict names it. Pure: the facts come from ./link-facts.ts and the
 * patterns from ./link-rules.ts.
 */
import type { SourceRole } from "../report";
import { registrableDomain } from "../check/domains";
import { LINK_RULES as R, NAME_JOINERS } from "./link-rules";
import { REGEXPS } from "./patterns";
import type { LinkFacts } from "./link-facts";

/** The roles of a link that is not a source. */
export type NotSourceRole = "navigation" | "related" | "commerce" | "social" | "entity" | "definition" | "media" | "other";

/** A link's verdict: a source with its role, or not a source with the reason's role; `why` is the deciding rule's id. */
export type LinkVerdict = { source: true; role: SourceRole; why: string } | { source: false; role: NotSourceRole; why: string };

/** The parts of a URL the rules read. */
interface UrlShape {
  host: string;
  site: string;
  path: string;
  segments: string[];
  /** The most words any one path segment holds ("why-uber-loves-obamacare" → 4). */
  slugWords: number;
  /** The segment with the most words, lowercase. */
  slug: string;
  /** A dated path, an article id or a long slug: one piece of writing, not a section. */
  article: boolean;
  /** A date or an id in the path. */
  dated: boolean;
  /** "/", "/en/", "/index.html": a site's front door. */
  home: boolean;
}

/** What every rule may read about one link. */
interface Seen {
  f: LinkFacts;
  u: UrlShape;
  text: string;
  sentence: string;
  own: boolean;
  /** The link words are a proper name ("Tax Policy Center"). */
  name: boolean;
  /** The link words name a thing in three words or fewer, with no verb ("cookies", "topic clusters"). */
  term: boolean;
  /** The role the host or path says, and the role the words say. */
  place: SourceRole | null;
  cue: SourceRole | null;
}

type Verdict = LinkVerdict | null;
const yes = (role: SourceRole): Omit<Extract<LinkVerdict, { source: true }>, "why"> => ({ source: true, role });
const no = (role: NotSourceRole): Omit<Extract<LinkVerdict, { source: false }>, "why"> => ({ source: false, role });
type Decision = ReturnType<typeof yes> | ReturnType<typeof no> | null;

const CODE_HOST = /^(?:github\.com|gitlab\.com|bitbucket\.org)$/;
const MAP_HOST = /(?:^|\.)(?:google|bing|apple|here|yandex)\.[a-z.]+$/;

/**
 * The decision list, in order. Each rule reads what was seen and returns a verdict or
 * null; its id is the verdict's `why`. General rules only: kinds of site, shapes of
 * address, words of a sentence — never a particular page.
 */
export const LINK_DECISIONS: readonly { id: string; rule: (s: Seen) => Decision }[] = [
  // Not sources wherever they point: furniture, credits, shops, profiles, definitions.
  { id: "no-words", rule: (s) => (s.text ? null : no("other")) },
  { id: "rel", rule: relSays },
  { id: "share-button", rule: (s) => (REGEXPS.shareUrl.test(s.f.href) ? no("social") : null) },
  { id: "embedded-post", rule: (s) => (s.f.inEmbed ? yes("post") : null) },
  { id: "credit", rule: (s) => (isCredit(s) ? no("media") : null) },
  { id: "shop", rule: (s) => (R.commerceHost.test(s.u.host) || R.commerceUrl.test(s.f.href) || R.commerceLinkText.test(s.text) ? no("commerce") : null) },
  { id: "released", rule: (s) => (!s.own && (R.releaseBefore.test(s.f.before) || R.releaseAfter.test(s.f.after)) && !R.definitionHost.test(s.u.host) && !R.socialHost.test(s.u.host.replace(/^(?:github|gitlab)\./, "")) ? yes(s.place === "study" || s.place === "document" ? s.place : "primary") : null) },
  { id: "code-host", rule: codeHost },
  { id: "social", rule: social },
  { id: "reference-work", rule: referenceWork },
  { id: "section", rule: (s) => (R.navHost.test(s.u.host) || (!s.u.article && (R.navPath.test(s.u.path) || (s.own && !R.documentWords.test(s.text)))) ? no("navigation") : null) },
  { id: "call-to-act", rule: (s) => (R.callToAction.test(s.text) || R.followLine.test(s.sentence) ? no("other") : null) },
  { id: "copy-line", rule: (s) => (R.copyLine.test(s.sentence) ? no("other") : null) },
  { id: "further-reading", rule: (s) => (R.furtherReading.test(s.f.block) || R.furtherReading.test(s.sentence) || (isWholeBlock(s) && s.f.blockKind !== "heading" && !R.documentWords.test(s.text)) ? no("related") : null) },
  // The outlet's own site: its earlier reporting backs the sentence, unless it is reading.
  { id: "own-document", rule: (s) => (s.own && (R.documentPath.test(s.u.path) || R.documentWords.test(s.text)) ? yes("document") : null) },
  { id: "own-cue", rule: (s) => (s.own && R.ownCue.test(s.sentence) ? yes("own-coverage") : null) },
  { id: "own-guide", rule: (s) => (s.own && (R.guideSlug.test(s.u.slug) || R.reviewSlug.test(s.u.slug) || R.readingWords.test(s.text) || (R.blogPath.test(s.u.path) && !R.datedPath.test(s.u.path))) ? no("related") : null) },
  { id: "own-term", rule: (s) => (s.own && s.term && !attributed(s) ? no("related") : null) },
  { id: "own-story", rule: (s) => (s.own ? yes("own-coverage") : null) },
  // Another site.
  { id: "front-door", rule: frontDoor },
  { id: "source-site", rule: (s) => (s.place === "study" || s.place === "document" || (s.place === "news" && s.u.article) ? yes(s.place) : null) },
  { id: "bare-name", rule: (s) => (s.name && !attributed(s) && !roleByWords(s.text, "") ? no("entity") : null) },
  { id: "term-page", rule: (s) => (s.term && !s.u.dated && !attributed(s) && !roleByWords(s.text, "") && !R.primaryCue.test(s.sentence) ? no("definition") : null) },
  { id: "blog-post", rule: (s) => (s.place === "post" ? yes("post") : null) },
  { id: "writing", rule: (s) => (s.u.article ? yes(s.cue ?? (s.u.dated ? "news" : "document")) : null) },
  { id: "attributed", rule: (s) => ((s.cue && !s.term) || (s.name && attributed(s)) ? yes(s.cue ?? "news") : null) },
  { id: "term", rule: (s) => (s.term ? no("definition") : null) },
  { id: "described", rule: (s) => yes(s.place === "news" ? "document" : (s.place ?? s.cue ?? "document")) },
];

/** What the link's `rel` says: a paid or user link is commerce; a tag, an author or a neighbour page is navigation. */
function relSays(s: Seen): Decision {
  if (/\b(?:sponsored|ugc)\b/.test(s.f.rel)) return no("commerce");
  if (/\b(?:tag|author|category|nav|prev|next|bookmark)\b/.test(s.f.rel)) return no("navigation");
  return null;
}

/** Encyclopedias, dictionaries, maps, tools fed an address, app stores: pages that describe a thing. */
function referenceWork(s: Seen): Decision {
  if (R.definitionHost.test(s.u.host) || R.definitionPath.test(s.u.path) || (R.mapPath.test(s.u.path) && MAP_HOST.test(s.u.host))) return no("definition");
  if (R.toolUrl.test(s.u.path)) return no("definition");
  if (R.storeHost.test(s.u.host)) return R.primaryCue.test(s.sentence) ? yes("primary") : no("definition");
  return null;
}

/** A site's front door, or a page that is not a piece of writing named by the link's words: the thing named, not a source. */
function frontDoor(s: Seen): Decision {
  if (s.u.home) return s.name && s.place === "news" && attributed(s) ? yes("news") : no("entity");
  if (s.name && !s.u.article && (s.place !== "study" && s.place !== "document" || namedFor(s.text, s.u.segments))) return no("entity");
  return null;
}

/** The address ends in the link's name ("Priya Anand" → "/councillors/priya-anand"): a page about that person or thing. */
function namedFor(text: string, segments: string[]): boolean {
  const last = (segments[segments.length - 1] ?? "").toLowerCase().replace(EXTENSION, "");
  const words = text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/['’]s\b/g, "").split(/[^\p{L}\d]+/u).filter(Boolean);
  return words.length > 0 && [words.join("-"), words.join("_"), words.join("")].includes(last);
}

/** Decides what one inline link is to the article (see the module comment). `off`: rule ids to skip (for measuring each rule). */
export function classifyLink(f: LinkFacts, off?: ReadonlySet<string>): LinkVerdict {
  const u = shapeOf(unwrapRedirect(f.href));
  if (!u) return { source: false, role: "other", why: "not-http" };
  const text = f.text.replace(/\s+/g, " ").trim();
  // A link's edges are word boundaries even where the page glued it to the next word ("As [Jo Reyes]reports").
  const glued = (a: string, b: string): string => (/[\p{L}\d]$/u.test(a) && /^[\p{L}\d]/u.test(b) ? " " : "");
  const sentence = `${f.before}${glued(f.before, text)}${text}${glued(text, f.after)}${f.after}`.replace(/\s+/g, " ").trim();
  const name = isProperName(text, f.before.trim() === "");
  const seen: Seen = {
    f, u, text, sentence, name,
    own: f.ownSites.includes(u.site),
    term: isTerm(text),
    place: roleByPlace(u),
    cue: roleByWords(text, sentence),
  };
  for (const { id, rule } of LINK_DECISIONS) {
    if (off?.has(id)) continue;
    const d = rule(seen);
    if (d) return { ...d, why: id } as LinkVerdict;
  }
  return { source: true, role: "document", why: "described" };
}

/** A photo or video credit: an agency's host, "Photo by …" before it, or a caption that names no source. */
function isCredit(s: Seen): boolean {
  if (R.mediaHost.test(s.u.host) || R.creditLine.test(s.f.before) || R.creditLine.test(s.f.block.slice(0, 40))) return true;
  return s.f.inCaption && !R.documentCue.test(s.sentence) && !R.studyCue.test(s.sentence);
}

/** Code hosts: an issue, a change or a file is a document; a profile, a project's home or its wiki is not a source. */
function codeHost(s: Seen): Decision {
  if (!CODE_HOST.test(s.u.host)) return null;
  const { path, segments } = s.u;
  if (segments.length <= 1) return no("social");
  if (/\/(?:issues|pull|pulls|merge_requests|commit|commits|releases|compare|discussions)\/./.test(path)) return yes("document");
  // A file linked on a term is that thing's code, unless the words name a document ("the changelog").
  if (/\/(?:blob|tree|src)\/./.test(path)) return s.term && !R.primaryCue.test(s.sentence) && !R.documentCue.test(s.text) ? no("definition") : yes("document");
  if (/\/wiki(?:\/|$)/.test(path)) return no("definition");
  if (segments.length === 2) return R.primaryCue.test(s.sentence) ? yes("primary") : no("entity");
  return no("other");
}

/** Social networks: a post, a video or a thread is a source; a profile, a group or a hashtag is not. */
function social(s: Seen): Decision {
  if (!R.socialHost.test(s.u.host)) return null;
  const [first = "", second = ""] = s.u.segments;
  if (R.handleText.test(s.text) || /^(?:hashtag|explore|tags?|search|topics?)$/i.test(first)) return no("social");
  const profile = /^(?:user|u|in|channel|c|people|pages|groups?|profile(?:\.php)?|group\.php|company|school)$/i.test(first) || /^@/.test(first);
  // "/in/name", "/channel/id" and "/@name" are accounts; "/@name/a-post-slug" is a post.
  if (profile && s.u.segments.length <= (first.startsWith("@") ? 1 : 2)) return no("social");
  if (R.socialPostPath.test(s.u.path) || /^(?:youtu\.be|t\.co)$/.test(s.u.host)) return yes("post");
  // A single segment of many words is a page (a question, an article), not an account.
  if (s.u.segments.length === 1 && s.u.slugWords >= 4) return yes("post");
  if (s.u.segments.length <= 1 || profile || /^@/.test(second)) return no("social");
  return null;
}

/** The link words are the whole of their line (a headline in a list of stories). */
function isWholeBlock(s: Seen): boolean {
  return s.text.length >= s.f.block.replace(/\s+/g, " ").trim().length * 0.8;
}

/** The sentence attributes what it says to someone ("As X explains", "according to", "said" just before the link). */
function attributed(s: Seen): boolean {
  return R.attribution.test(s.sentence) || R.attributionBefore.test(s.f.before) || R.newsCue.test(s.sentence);
}

const EXTENSION = /\.(?:s?html?|php|aspx?|jsp|cms|cfm)$/i;

function shapeOf(href: string): UrlShape | null {
  let u: URL;
  try {
    u = new URL(href);
  } catch {
    return null;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return null;
  const host = u.hostname.toLowerCase().replace(/^www\d?\./, "");
  const segments = u.pathname.split("/").filter(Boolean).map(decodePath);
  let slug = "";
  let slugWords = 0;
  for (const seg of segments) {
    const n = seg.replace(EXTENSION, "").split(/[-_+.\s]+/).filter((w) => /\p{L}{2}/u.test(w)).length;
    if (n > slugWords) {
      slugWords = n;
      slug = seg.toLowerCase();
    }
  }
  // A query makes even "/" a particular view ("/?city=Duluth"), not the front door.
  const home = !u.search && (segments.length === 0 || (segments.length === 1 && /^(?:[a-z]{2}(?:[-_][a-z]{2})?|index\.\w+|home|default\.\w+|main)$/i.test(segments[0] ?? "")));
  const dated = R.datedPath.test(u.pathname) || R.idPath.test(u.pathname);
  return { host, site: registrableDomain(host), path: decodePath(u.pathname) + u.search, segments, slugWords, slug, dated, home, article: !home && (dated || slugWords >= 3) };
}

function decodePath(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The destination of a redirect link ("/click?url=https://…"), else the link itself. */
function unwrapRedirect(href: string): string {
  try {
    const u = new URL(href);
    if (!R.redirectPath.test(u.pathname)) return href;
    for (const key of ["url", "u", "dest", "destination", "target", "to", "link", "redirect"]) {
      const inner = u.searchParams.get(key);
      if (inner && /^https?:\/\//i.test(inner)) return inner;
    }
  } catch {
    /* not a URL: judged as it is */
  }
  return href;
}

/** Link words that are a proper name ("Tax Policy Center", "Stanford University's Center on Poverty"). */
export function isProperName(text: string, atSentenceStart: boolean): boolean {
  const words = text.replace(/['’]s\b/g, "").replace(/[“”"'‘’()[\],.:;!?]/g, " ").split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return false;
  let capitals = 0;
  for (const [i, w] of words.entries()) {
    if (/^\p{Lu}/u.test(w) || /^[a-z]+[A-Z]/.test(w)) capitals++;
    else if (/^\d/.test(w)) return false;
    else if (i === 0 || !NAME_JOINERS.has(w.toLowerCase())) return false;
  }
  // A sentence's first word is capitalised anyway: one word there says nothing.
  return capitals > 0 && !(atSentenceStart && words.length === 1);
}

/** Short link words naming a thing rather than saying something ("cookies", "topic clusters"). */
function isTerm(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 3 && !/\d/.test(text) && !R.verbish.test(text) && !R.possessive.test(text) && !R.prepositionFirst.test(text);
}

/** The source role that a host or a path says on its own, else null. */
function roleByPlace(u: UrlShape): SourceRole | null {
  if (R.studyHost.test(u.host) || R.studyPath.test(u.path)) return "study";
  if (R.documentHost.test(u.host) || R.documentPath.test(u.path)) return "document";
  if (R.newsHost.test(u.host) || R.newsWordHost.test(u.host)) return "news";
  if (R.blogHost.test(u.host) || R.blogPath.test(u.path)) return "post";
  return null;
}

/** The source role that the words say: the link's own words first, then its sentence. */
function roleByWords(text: string, sentence: string): SourceRole | null {
  for (const words of [text, sentence]) {
    if (!words) continue;
    if (R.studyCue.test(words)) return "study";
    if (R.newsCue.test(words)) return "news";
    if (R.documentCue.test(words)) return "document";
    if (R.postCue.test(words)) return "post";
    if (R.primaryCue.test(words)) return "primary";
  }
  return null;
}
