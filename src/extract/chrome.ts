/**
 * Site chrome: what sits inside or around an article without being part of it (share
 * bars, newsletter boxes, bylines, tag lists, "Read more" teasers, cookie banners,
 * captions, navboxes). The block walker asks `isChrome` for every element it enters;
 * a yes drops the whole subtree from blocks and references.
 */
import { CHROME_ROLES, CHROME_TAGS, REGEXPS } from "./patterns";
import { classTokens } from "./markers";

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
  if (classTokens(el).some(tokenIsChrome)) return true;
  const id = el.id;
  return id !== "" && id.length < 60 && tokenIsChrome(id);
}

/** Whether a text block reads like chrome whatever its markup ("READ MORE: …", "Advertisement"). */
export function isChromeLine(text: string): boolean {
  return text.length < 200 && REGEXPS.chromeLine.test(text);
}
