/**
 * Honest titles (issue 17). An inline link has no entry of its own, so its title is read
 * from what the page says: a quoted title in the link's words (the page names the work),
 * else the URL's slug — a guess, marked `titleFrom: "url"` —, else the link's words when
 * they say something, else the words of the citing sentence. A number ("1") or a bare link
 * word ("here", "this report") is never a title; when nothing better exists the title is
 * unknown (null). Also tells where any parsed entry's title came from, so that a check never
 * compares a title guessed from the URL with that same URL.
 */
import type { SnapshotReference, TitleOrigin } from "../report";
import { shorten } from "./text";
import { slugTitle, slugWords } from "./urls";

/** Link words that are no title at all: a number or letter, "here", "this", "link", "report", "source"… */
export const BARE_LINK_TEXT =
  /^\s*[[(]?\s*(?:\d{1,4}|[ivxlc]{1,6}|[a-z])\s*[\])]?\s*$|^\s*(?:(?:this|that|the|a|an|our|their|his|her|its|full|new)\s+)?(?:here|there|this|that|these|link|links|source|sources|report|study|paper|article|story|post|page|website|site|document|data|statement|video|tweet|thread|pdf|more|read more|click here|full text|transcript|ici|hier|aquí|qui|lien|enlace)\s*[.:!)]?\s*$|^\s*[↗→»›]+\s*$/i;

/** Link words that are themselves an address ("https://…", "example.com/path"). */
const URL_LIKE = /^(?:https?:|www\.)|^[\w.-]+\.[a-z]{2,}(?:\/|$)/i;

/** A title quoted in the link's words: “Deterministic Nonperiodic Flow”. */
const QUOTED = /^["“«„'‘](.{3,200}?)["”»“'’]$/;

/** Longest title taken from a citing sentence. */
const CONTEXT_TITLE_MAX = 90;

/** A title and where it came from. */
export interface TitleChoice {
  title: string | null;
  titleFrom?: TitleOrigin;
}

/** Whether link words can stand as a title (not a number, a bare link word or an address). */
export function isTitleWorthy(text: string): boolean {
  const t = text.trim();
  return t.length > 1 && /\p{L}{2}/u.test(t) && !BARE_LINK_TEXT.test(t) && !URL_LIKE.test(t);
}

/** The title of an inline link reference (see the module comment). */
export function linkTitle(ref: Pick<SnapshotReference, "raw" | "links" | "hints">, url: string | null): TitleChoice {
  const text = (ref.links[0]?.text ?? ref.raw).replace(/\s+/g, " ").trim();
  const quoted = QUOTED.exec(text)?.[1]?.trim();
  if (quoted && isTitleWorthy(quoted)) return { title: quoted, titleFrom: "entry" };
  if (url && slugWords(url).length >= 3) {
    const fromSlug = slugGuess(url);
    if (fromSlug) return { title: fromSlug, titleFrom: "url" };
  }
  if (isTitleWorthy(text)) return { title: text, titleFrom: "context" };
  const sentence = (ref.hints.context ?? "").replace(/\s+/g, " ").trim();
  if (sentence && sentence !== text && isTitleWorthy(sentence)) return { title: shorten(sentence, CONTEXT_TITLE_MAX), titleFrom: "context" };
  const fromSlug = url ? slugGuess(url) : null;
  if (fromSlug) return { title: fromSlug, titleFrom: "url" };
  return { title: null };
}

/** The slug's words as a title, without the file type a document's address ends in ("… notice pdf"). */
function slugGuess(url: string): string | null {
  const title = slugTitle(url);
  const ext = /\.([a-z0-9]{2,5})(?:[?#]|$)/i.exec(url)?.[1]?.toLowerCase();
  return title && ext ? title.replace(new RegExp(`\\s+${ext}$`, "i"), "") || title : title;
}

/** Where a parsed reference's title came from: as the parser says (a link's choice, a list entry's slug guess), else the entry. */
export function titleOrigin(title: string | null, chosen?: TitleOrigin): TitleOrigin | undefined {
  if (!title) return undefined;
  return chosen ?? "entry";
}
