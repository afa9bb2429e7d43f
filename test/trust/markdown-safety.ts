/**
 * What makes Markdown unsafe to paste: raw HTML and links built from page text. Used by the
 * hostile-page tests and the analyze fuzz to check `formatMarkdown` output.
 */

/**
 * Every `<` that a Markdown renderer could read as HTML: not backslash-escaped, not inside a
 * code span, and not opening an http(s) autolink (the only links the export makes).
 */
export function rawHtmlInMarkdown(md: string): string[] {
  const found: string[] = [];
  let i = 0;
  while (i < md.length) {
    const ch = md[i];
    if (ch === "\\") {
      i += 2; // a backslash escape: the next character is literal
    } else if (ch === "`") {
      // A code span renders literally: from a run of n backticks to the next run of exactly n.
      let n = 0;
      while (md[i + n] === "`") n++;
      const fence = "`".repeat(n);
      let end = md.indexOf(fence, i + n);
      while (end >= 0 && md[end + n] === "`") end = md.indexOf(fence, end + n + 1);
      i = end >= 0 ? end + n : i + n;
    } else if (ch === "<") {
      if (!/^<https?:\/\/[^\s<>]+>/i.test(md.slice(i))) found.push(md.slice(Math.max(0, i - 20), i + 30));
      i++;
    } else {
      i++;
    }
  }
  return found;
}
