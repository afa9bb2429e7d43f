/**
 * Site chrome: what sits inside or around an article without being part of it (share
 * bars, newsletter boxes, bylines, tag lists, "Read more" teasers, cookie banners,
 * captions, navboxes). The block walker asks `isChrome` for every element it enters;
 * a yes drops the whole subtree from blocks and references.
 */
import { CHROME_ROLES, CHROME_TAGS, REGEXPS } from "./patterns";
import { classTokens } from "./markers";
import { elementsByTag } from "./dom";
import { compactKey } from "./words";

function tokenIsChrome(token: string): boolean {
  if (REGEXPS.chromeToken.test(token)) return true;
  const words = token.split(/[-_]+/);
  return words.some((w) => REGEXPS.chromeWord.test(w));
}

/** Whether `el` (entered while walking an article) is site chrome. */
export function isChrome(el: Element): boolean {
  if (CHROME_TAGS.has(el.localName)) return true;
  const role = el.getAttribute("role");
  if (role && CHROME_ROLES.has(role)) return true;
  const id = el.id;
  const named = classTokens(el).some(tokenIsChrome) || (id !== "" && id.length < 60 && tokenIsChrome(id) && !isHeadingSlug(el, id));
  return named && !isArticleExpander(el);
}

/**
 * Whether `id` is the slug of the section's own heading (`<div id="sharing-with-a-team"><h2>
 * Sharing with a team</h2>`, as documentation generators write): a name for the text, not
 * a component's name, so "sharing" in it does not make a share bar.
 */
function isHeadingSlug(el: Element, id: string): boolean {
  const h = el.firstElementChild;
  return h !== null && /^h[1-6]$/.test(h.localName) && compactKey(h.textContent ?? "") === compactKey(id);
}

/** Prose (in paragraphs) that makes a "Read more" box the rest of the article, not a teaser. */
const EXPANDER_PROSE = 300;

/**
 * Whether `el` is a "Read more" / "Keep reading" expander that holds the rest of the article
 * (news sites fold the story's second half into one) rather than teasers for other stories:
 * it holds paragraphs of prose, and little of that text is links.
 */
function isArticleExpander(el: Element): boolean {
  if (!classTokens(el).concat(el.id).some((t) => REGEXPS.expanderToken.test(t))) return false;
  let prose = 0;
  let linked = 0;
  for (const p of elementsByTag(el, PARAGRAPH, 200)) {
    prose += (p.textContent ?? "").length;
    for (const a of elementsByTag(p, LINK, 50)) linked += (a.textContent ?? "").length;
  }
  return prose >= EXPANDER_PROSE && linked < prose * 0.3;
}

const PARAGRAPH = new Set(["p"]);
const LINK = new Set(["a"]);

/** Whether a text block reads like chrome whatever its markup ("READ MORE: …", "Advertisement"). */
export function isChromeLine(text: string): boolean {
  return text.length < 200 && REGEXPS.chromeLine.test(text);
}
