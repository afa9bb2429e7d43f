// The page's stated last update (PageSnapshot.modified) and whether it is a wiki
// (src/extract/modified.ts), read through extract() as the content script does.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index";
import { article } from "./helpers";

const URL = "https://example.org/post";
const published = '<meta property="article:published_time" content="2024-03-01T07:30:00Z">';

describe("modified", () => {
  it("reads JSON-LD dateModified", () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Test page","datePublished":"2001-10-29T01:59:14Z","dateModified":"2019-09-26T11:35:37Z"}</script>';
    const s = extract(article("", ld), URL);
    expect([s.published, s.modified]).toEqual(["2001-10-29", "2019-09-26"]);
  });

  it("reads article:modified_time and og:updated_time", () => {
    expect(extract(article("", `${published}<meta property="article:modified_time" content="2024-03-06T16:05:00+00:00">`), URL).modified).toBe("2024-03-06");
    expect(extract(article("", `${published}<meta property="og:updated_time" content="2024-03-07">`), URL).modified).toBe("2024-03-07");
  });

  it("reads a visible 'last edited on' footer line and an 'Updated' <time>", () => {
    const footer = extract(article("<footer><ul><li id=\"footer-info-lastmod\">This page was last edited on 2 April 2024, at 13:18.</li></ul></footer>", published), URL);
    expect(footer.modified).toBe("2024-04-02");
    const time = extract(article('<p class="dateline">Published <time datetime="2024-03-01">March 1</time>, updated <time datetime="2024-03-09T10:00">March 9</time></p>', published), URL);
    expect(time.modified).toBe("2024-03-09");
  });

  it("has none when the page states no update, and ignores an 'update' before publication", () => {
    expect(extract(article("<p>Published <time datetime=\"2024-03-01\">March 1</time></p>", published), URL).modified).toBeNull();
    expect(extract(article("", `${published}<meta property="article:modified_time" content="2020-01-01">`), URL).modified).toBeNull();
  });
});

describe("wiki", () => {
  it("knows a wiki by its generator, its edit link or its history link", () => {
    expect(extract(article("", '<meta name="generator" content="MediaWiki 1.42.0">'), URL).wiki).toBe(true);
    expect(extract(article("", '<link rel="edit" title="Edit this page" href="/w/index.php?title=X&amp;action=edit">'), URL).wiki).toBe(true);
    expect(extract(article('<nav><a href="/w/index.php?title=Port&amp;action=history">View history</a></nav>'), URL).wiki).toBe(true);
  });

  it("does not call a blog with an edit-URI or a news story a wiki", () => {
    expect(extract(article("", '<meta name="generator" content="WordPress 6.5"><link rel="EditURI" type="application/rsd+xml" href="/xmlrpc.php?rsd">'), URL).wiki).toBeUndefined();
    expect(extract(article("<p>The history of the harbour is long.</p>", published), URL).wiki).toBeUndefined();
  });
});
