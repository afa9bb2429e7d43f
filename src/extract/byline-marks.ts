/**
 * The marks of a visible byline (`rel="author"`, `itemprop="author"`, `class="byline"`), asked
 * of every element by the page's one walk (`scanPage`), so that reading the byline later needs
 * no walk of its own. Pure.
 */

/** rel / itemprop / class tokens that mark a byline, best first. */
export const BYLINE_MARKS = ["author", "author-name", "byline-name", "byline", "post-author", "article-byline"];

/** Every mark holds one of these: a cheap test before the attributes are split into tokens. */
const MAYBE = /author|byline/;

/**
 * The rank in BYLINE_MARKS of the best mark among an element's rel, itemprop and class tokens
 * (token lists: "author external", "author creator"), or -1 when it has none.
 */
export function bylineRank(rel: string | null, itemprop: string | null, cls: string | null): number {
  if (!MAYBE.test(`${rel ?? ""} ${itemprop ?? ""} ${cls ?? ""}`)) return -1;
  const names = [rel, itemprop, cls].flatMap((v) => (v ? v.split(/\s+/).filter(Boolean) : []));
  return BYLINE_MARKS.findIndex((m) => names.includes(m));
}
