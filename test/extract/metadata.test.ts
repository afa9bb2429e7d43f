/** Metadata and its origins: JSON-LD, OpenGraph, citation_*, Dublin Core, <time>, URL, <title>. */
import { describe, expect, it } from "vitest";
import { toIsoDate, dateFromUrl } from "../../src/extract/dates";
import { extract } from "../../src/extract/index";
import { stripSiteSuffix } from "../../src/extract/metadata";
import { article, page } from "./helpers";

describe("dates", () => {
  it("keeps the calendar day as written", () => {
    expect(toIsoDate("2025-05-29T23:40:00-05:00")).toBe("2025-05-29");
    expect(toIsoDate("2019/08/11")).toBe("2019-08-11");
    expect(toIsoDate("September 8, 2024")).toBe("2024-09-08");
    expect(toIsoDate("8 Sept. 2024")).toBe("2024-09-08");
    expect(toIsoDate("March 2021")).toBe("2021-03");
    expect(toIsoDate("soon")).toBeNull();
  });
  it("rejects impossible calendar days and keeps leap days", () => {
    expect(toIsoDate("2024-02-30")).toBeNull();
    expect(toIsoDate("2023-02-29T10:00:00Z")).toBeNull();
    expect(toIsoDate("31 April 2021")).toBeNull();
    expect(toIsoDate("2024-02-29")).toBe("2024-02-29");
    expect(toIsoDate("February 29, 2000")).toBe("2000-02-29");
    expect(toIsoDate("1900-02-29")).toBeNull();
    expect(dateFromUrl("https://a.example/2023/02/29/slug")).toBeNull();
  });
  it("an impossible date on the page gives way to the next source", () => {
    const doc = article('<p>Posted <time datetime="2024-02-30">30 Feb 2024</time>.</p>', '<meta property="article:published_time" content="2024-02-31">');
    const s = extract(doc, "https://a.example/2024/03/01/story");
    expect(s.published).toBe("2024-03-01");
    expect(s.metaOrigin.published).toBe("url");
  });
  it("reads dates from URLs", () => {
    expect(dateFromUrl("https://a.example/news/2025/02/20/slug/")).toBe("2025-02-20");
    expect(dateFromUrl("https://a.example/economy/article/20250215-oa37")).toBe("2025-02-15");
    expect(dateFromUrl("https://a.example/about/")).toBeNull();
  });
});

describe("metadata", () => {
  it("strips a site suffix from the title", () => {
    expect(stripSiteSuffix("Dry wells in the north | Field Desk", "Field Desk", null)).toBe("Dry wells in the north");
    expect(stripSiteSuffix("Kestrel Ridge - Wikipedia", null, "Kestrel Ridge")).toBe("Kestrel Ridge");
    expect(stripSiteSuffix("Rock - paper - scissors", null, null)).toBe("Rock - paper - scissors");
  });
  it("prefers citation_* over the <title> and keeps origins", () => {
    const s = extract(
      article("", '<meta name="citation_title" content="Soil carbon under hedgerows"><meta name="citation_author" content="Ahn, J."><meta name="citation_author" content="Brook, L."><meta name="citation_publication_date" content="2023/04/02"><meta name="DC.publisher" content="Field Press">'),
      "https://journal.example/articles/77",
    );
    expect(s.title).toBe("Soil carbon under hedgerows");
    expect(s.byline).toBe("Ahn, J.; Brook, L.");
    expect(s.published).toBe("2023-04-02");
    expect(s.siteName).toBe("Field Press");
    expect(s.metaOrigin).toMatchObject({ title: "citation", byline: "citation", published: "citation", siteName: "dublin-core", lang: "html-lang" });
  });
  it("falls back to <time datetime> and then to the URL", () => {
    const withTime = extract(article('<p>Posted <time datetime="2022-10-05T09:00">5 Oct</time>.</p>'), "https://b.example/p");
    expect([withTime.published, withTime.metaOrigin.published]).toEqual(["2022-10-05", "time"]);
    const fromUrl = extract(article(""), "https://b.example/2021/07/14/slug");
    expect([fromUrl.published, fromUrl.metaOrigin.published]).toEqual(["2021-07-14", "url"]);
  });
});

describe("titles and bylines as pages write them", () => {
  const meta = (head: string) => extract(article("", head), "https://news.example/2024/05/story");
  it("prefers the <title> (without the site's name) to a first <h1> that is the site's logo", () => {
    const d = article("", "");
    d.title = "Tide tables revised after survey | Harbour Weekly";
    d.querySelector("h1")!.textContent = "Harbour Weekly";
    const s = extract(d, "https://news.example/2024/05/story");
    expect(s.title).toBe("Tide tables revised after survey");
    expect(s.metaOrigin.title).toBe("title-tag");
  });
  it("strips a site prefix, a bracketed site and an underscore site; keeps a lowercase subtitle", () => {
    expect(stripSiteSuffix("Harbour Weekly | Tide tables revised", "Harbour Weekly", null)).toBe("Tide tables revised");
    expect(stripSiteSuffix("Weekly edition for March 26 [LWN.net]", "LWN.net", null)).toBe("Weekly edition for March 26");
    expect(stripSiteSuffix("宇航员在太空中喝酒会怎么样_光明网", "光明网", null)).toBe("宇航员在太空中喝酒会怎么样");
    expect(stripSiteSuffix("How we designed our task queue - an async task framework", null, null)).toBe("How we designed our task queue - an async task framework");
  });
  it("reads JSON-LD wrapped in CDATA, and takes its name when the headline does not match the page", () => {
    const cdata = `<script type="application/ld+json"><![CDATA[{"@type":"NewsArticle","headline":"Tide tables revised after survey","author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chen"}]}]]></script>`;
    expect(meta(cdata).title).toBe("Tide tables revised after survey");
    expect(meta(cdata).byline).toBe("Ann Lee, Bo Chen");
    const wiki = article("", `<script type="application/ld+json">{"@type":"Article","name":"List of lighthouses","headline":"Wikimedia list article"}</script>`);
    wiki.title = "List of lighthouses - Wikipedia";
    expect(extract(wiki, "https://en.example/wiki/List").title).toBe("List of lighthouses");
  });
  it("reads space-separated meta properties and Dublin Core in its spellings", () => {
    const s = meta(`<meta property="dc:title og:title" content="Preferred title"><meta name="DC.Creator" content="Ann Lee">`);
    expect(s.title).toBe("Preferred title");
    expect(s.byline).toBe("Ann Lee");
  });
  it("cleans a byline's leading \"By\" and trailing separators", () => {
    expect(meta(`<meta name="author" content="By Ann Lee —">`).byline).toBe("Ann Lee");
    expect(meta(`<meta name="author" content="Par Sébastien Martin">`).byline).toBe("Sébastien Martin");
  });
  it("a JSON-LD name that is the publisher's is no title, even when it matches the <title>'s site part", () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","name":"Harbour Weekly","headline":"Tide tables revised after the spring survey","publisher":{"@type":"Organization","name":"Harbour Weekly"}}</script>`;
    const d = article("", ld);
    d.title = "Tide tables revised after survey - Harbour Weekly";
    expect(extract(d, "https://news.example/2024/05/story").title).toBe("Tide tables revised after the spring survey");
  });
  it("a title part that is a web address names the site", () => {
    expect(stripSiteSuffix("Notes on the harbour survey | Part two | tides on harbourweekly.org", null, null)).toBe("Notes on the harbour survey | Part two");
    expect(stripSiteSuffix("Version 2.0 of the harbour survey - released today", null, null)).toBe("Version 2.0 of the harbour survey - released today");
  });
  it("a visible byline is the best mark inside the article's neighbourhood, never one in the site's header", () => {
    const filler = "<p>This paragraph of running prose is here so that the page reads as an article with enough text in it, and it says nothing else of interest to anyone.</p>";
    const doc = page(
      `<!DOCTYPE html><html lang="en"><head><title>Tide tables</title></head><body>` +
        `<header><span class="author">Harbour Weekly staff</span></header>` +
        `<main><article><h1>Tide tables</h1><p class="byline">Filed by the desk</p>${filler}${filler}<p>Written by <a rel="author" href="/ann">Ann Lee</a>.</p>${filler}</article></main></body></html>`,
      "https://news.example/2024/05/tides",
    );
    const s = extract(doc, "https://news.example/2024/05/tides");
    // rel="author" outranks the earlier class="byline"; the header's class="author" is outside the article
    expect(s.byline).toBe("Ann Lee");
    expect(s.metaOrigin.byline).toBe("byline");
  });

  it("a visible byline that is a schema.org Person gives its name, not its date and handle", () => {
    const byline = `<div itemprop="author" itemscope itemtype="https://schema.org/Person"><span>by</span> <a rel="author" href="/people/ann-lee"><span itemprop="name">Ann Lee</span></a> <time datetime="2024-05-02">May 2, 2024 9:00 AM</time> <a href="https://social.example/@annlee">@annlee</a></div>`;
    const s = extract(article(byline), "https://news.example/2024/05/story");
    expect(s.byline).toBe("Ann Lee");
    expect(s.metaOrigin.byline).toBe("byline");
  });
  it("an account handle yields to a person's name; a date is never a byline, nor part of one", () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Tide tables revised","creator":"AL2291"}</script>`;
    expect(meta(`${ld}<meta name="author" content="Ann Lee">`).byline).toBe("Ann Lee");
    expect(meta(ld).byline).toBe("AL2291"); // nothing better: the handle is all there is
    expect(meta(`<meta name="author" content="Wednesday, 26 February 2025">`).byline).toBeNull();
    expect(meta(`<meta name="author" content="Last updated: January 7, 2025">`).byline).toBeNull();
    expect(meta(`<meta name="author" content="Ann Lee, 26 February 2025">`).byline).toBe("Ann Lee");
    expect(meta(`<meta name="author" content="By Ann Lee  March 25, 2015 at 6:01 am">`).byline).toBe("Ann Lee");
    expect(meta(`<meta name="author" content="Ann Lee and Bo Chen">`).byline).toBe("Ann Lee and Bo Chen");
  });
  it("JSON-LD's dateCreated yields to a declared publication time; its datePublished does not", () => {
    const og = `<meta property="article:published_time" content="2024-05-01T20:30:00-07:00">`;
    const created = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Tide tables","dateCreated":"2024-05-02T03:30:00Z"}</script>`;
    const published = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Tide tables","datePublished":"2024-05-02T03:30:00Z"}</script>`;
    const url = "https://news.example/story";
    expect(extract(article("", created + og, url), url)).toMatchObject({ published: "2024-05-01", metaOrigin: { published: "opengraph" } });
    expect(extract(article("", created, url), url)).toMatchObject({ published: "2024-05-02", metaOrigin: { published: "json-ld" } });
    expect(extract(article("", published + og, url), url)).toMatchObject({ published: "2024-05-02", metaOrigin: { published: "json-ld" } });
  });
});
