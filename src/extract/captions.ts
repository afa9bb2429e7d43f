/**
 * Captions: a figure's or table's caption is body text (it often says something the
 * article backs), without the photo credit inside it, unless it repeats the text (a pull
 * quote set as a caption, one caption shown twice).
 */
import { classTokens } from "./markers";
import { REGEXPS } from "./patterns";
import type { FoundBlock } from "./walk";
import { compactKey } from "./words";

/** A figure's caption, a table's caption or an element classed as one. */
export function isCaption(el: Element): boolean {
  return el.localName === "figcaption" || el.localName === "caption" || classTokens(el).some((t) => REGEXPS.captionClass.test(t));
}

/** A photo credit inside a caption (`<span class="image-copyright">`, `<small class="credit">`). */
export const isCredit = (el: Element): boolean => classTokens(el).some((t) => REGEXPS.creditClass.test(t));

/**
 * The blocks without the captions that repeat the article's text (a pull quote set as a
 * caption, a gallery's caption shown twice): a caption is dropped when its words occur,
 * in order, in another block or an earlier caption.
 */
export function withoutRepeatedCaptions(blocks: FoundBlock[]): FoundBlock[] {
  if (!blocks.some((b) => b.caption)) return blocks;
  let text = blocks.filter((b) => !b.caption).map((b) => compactKey(b.reading.text)).join("\n");
  return blocks.filter((b) => {
    if (!b.caption) return true;
    const key = compactKey(b.reading.text);
    if (key.length >= CAPTION_REPEAT_MIN && text.includes(key)) return false;
    text += `\n${key}`;
    return true;
  });
}

/** Captions shorter than this (letters and digits) are kept even when they repeat ("Figure 2"). */
const CAPTION_REPEAT_MIN = 20;
