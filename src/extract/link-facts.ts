/**
 * What the page says about one inline link, as plain data for ./link-role.ts: its words,
 * its sentence (split at the link), the block it stands in, its `rel`, and whether it sits
 * in a caption, a credit or an embedded post. Reading the DOM stops here, so the rules
 * that decide a link's role are pure and tested without a page.
 */
import { registrableDomain } from "../check/domains";
import { classTokens } from "./markers";
import { REGEXPS } from "./patterns";
import { absoluteUrl, sentenceAround, siteHost } from "./links";
import type { SnapshotBlock } from "../report";

/** One link and its surroundings. */
export interface LinkFacts {
  /** Absolute http(s) URL. */
  href: string;
  /** The link's words as the reader sees them. */
  text: string;
  /** The words of its sentence before and after the link. */
  before: string;
  after: string;
  /** The whole block's text (a paragraph, a list item, a heading). */
  block: string;
  blockKind: SnapshotBlock["kind"];
  /** The page's own sites (registrable domains of its address and canonical address). */
  ownSites: string[];
  /** The link's `rel`, lowercase. */
  rel: string;
  /** Inside a figure, a caption or a credit. */
  inCaption: boolean;
  /** Inside an embedded social post (`blockquote.twitter-tweet`, `instagram-media`…). */
  inEmbed: boolean;
}

const EMBED_CLASS = /^(?:twitter-tweet|twitter-video|instagram-media|tiktok-embed|fb-post|fb-video|bluesky-embed|mastodon-embed|reddit-embed-bq|threads-post|embedded-post|social-embed)$/i;
const CAPTION_TAGS = new Set(["figure", "figcaption", "caption"]);

/** The registrable domains a page calls its own: its address, and its canonical one when that differs. */
export function ownSitesOf(...urls: (string | null | undefined)[]): string[] {
  const out = new Set<string>();
  for (const u of urls) {
    const host = u ? siteHost(u) : "";
    // A one-word host ("localhost", a test capture's "fakehost") is its own site.
    if (host) out.add(host.includes(".") ? registrableDomain(host) : host);
  }
  return [...out];
}

/** The sites of the page at `base` (its host `pageHost`), with the one its canonical address or og:url names. */
export function pageOwnSites(doc: Document, base: string, pageHost: string): string[] {
  const named = doc.head?.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? doc.head?.querySelector('meta[property="og:url"]')?.getAttribute("content") ?? null;
  return ownSitesOf(base, pageHost ? `https://${pageHost}/` : null, absoluteUrl(named, base));
}

/** The facts of the anchor `a` at `[start, end)` of `blockText`. */
export function linkFacts(a: Element, href: string, blockText: string, start: number, end: number, blockKind: SnapshotBlock["kind"], ownSites: string[]): LinkFacts {
  const sentence = sentenceAround(blockText, start, end);
  const text = blockText.slice(start, end).trim();
  const at = sentence.indexOf(text);
  const before = at >= 0 ? sentence.slice(0, at) : "";
  const after = at >= 0 ? sentence.slice(at + text.length) : sentence;
  let inCaption = false;
  let inEmbed = false;
  for (let el: Element | null = a, depth = 0; el && depth < 12; el = el.parentElement, depth++) {
    if (CAPTION_TAGS.has(el.localName)) inCaption = true;
    const tokens = classTokens(el);
    if (tokens.some((t) => REGEXPS.creditClass.test(t))) inCaption = true;
    if (tokens.some((t) => EMBED_CLASS.test(t))) inEmbed = true;
    if (el.localName === "article" || el.localName === "main" || el.localName === "body") break;
  }
  return { href, text, before, after, block: blockText, blockKind, ownSites, rel: (a.getAttribute("rel") ?? "").toLowerCase(), inCaption, inEmbed };
}
