/**
 * "No article" beyond the fixtures: what keeps a page an article (permalink headings, a
 * publisher's date), which forms count, and feeds however they reach the extractor.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index";
import { NOT_ARTICLE } from "../../src/extract/verdict";
import { FIXTURES, page } from "./helpers";

const TOPICS = ["harbour dredging", "the tram extension", "school meals", "the library roof", "river water quality", "the night bus", "park benches"];

/** Seven cards: a heading (linked to `href(i)` when given) and a one-sentence summary each. */
function cards(href: ((i: number) => string) | null, head = "", url = "https://citydesk.example/local/"): Document {
  const items = TOPICS.map((t, i) => {
    const title = `What the council decided about ${t}`;
    const h = href ? `<a href="${href(i)}">${title}</a>` : title;
    return `<div class="card"><h3 id="s${i}">${h}</h3><p>A short summary of the decision on ${t}, in one sentence of about a hundred characters.</p></div>`;
  });
  return page(`<!DOCTYPE html><html lang="en"><head><title>Local news – City Desk</title>${head}</head><body><main><h1>Local news</h1>${items.join("")}</main></body></html>`, url);
}

describe("lists of stories", () => {
  it("headings linking to other pages, a line under each: a list of stories", () => {
    const s = extract(cards((i) => `/local/2025/05/0${i + 1}/story-${i}/`), "https://citydesk.example/local/");
    expect(s.found).toBe(false);
    expect(s.reason).toBe(NOT_ARTICLE.stories);
  });

  it("the same list at a search address is search results", () => {
    const url = "https://citydesk.example/?s=council";
    const s = extract(cards((i) => `/local/story-${i}/`, "", url), url);
    expect(s.reason).toBe(NOT_ARTICLE.search);
  });

  it("at a search address, result snippets under bare title links are search results; an article there is still one", () => {
    const results = TOPICS.map((t, i) => `<li><a href="https://site${i}.example/${i}">Council decision on ${t}</a><p>A snippet of about a hundred and forty characters from the page about ${t}, cut off in the middle of a sentence like this …</p></li>`);
    const url = "https://citydesk.example/find?q=council";
    const doc = page(`<!DOCTYPE html><html lang="en"><head><title>council – City Desk search</title></head><body><main><h1>Results for “council”</h1><ol>${results.join("")}</ol></main></body></html>`, url);
    expect(extract(doc, url).reason).toBe(NOT_ARTICLE.search);
    const long = "The council met for four hours on Tuesday and spent most of that time on the budget, which it passed by one vote after a long argument about the cost of repairs. ";
    const story = page(`<!DOCTYPE html><html lang="en"><head><title>Budget passed by one vote</title></head><body><article><h1>Budget passed by one vote</h1><p>${long.repeat(3)}</p><p>${long.repeat(2)}</p></article></body></html>`, url);
    expect(extract(story, url).found).toBe(true);
  });

  it("headings that link to their own section of the page are permalinks, not stories", () => {
    const url = "https://citydesk.example/local/";
    const s = extract(cards((i) => `#s${i}`, "", url), url);
    expect(s.reason).not.toBe(NOT_ARTICLE.stories);
  });

  it("a page its publisher dates in its metadata stays an article", () => {
    const head = '<meta property="article:published_time" content="2025-05-02T08:00:00Z">';
    const s = extract(cards((i) => `/local/story-${i}/`, head), "https://citydesk.example/local/");
    expect(s.found).toBe(true);
    expect(s.published).toBe("2025-05-02");
  });

  it("a date only in visible text does not make a list an article (story cards show dates too)", () => {
    const doc = cards((i) => `/local/story-${i}/`);
    doc.querySelector("h1")?.insertAdjacentHTML("afterend", '<time datetime="2025-05-02">2 May 2025</time>');
    expect(extract(doc, "https://citydesk.example/local/").reason).toBe(NOT_ARTICLE.stories);
  });
});

describe("landing and index pages", () => {
  it("headings with one sentence under each and no running prose: not an article", () => {
    const s = extract(cards(null), "https://citydesk.example/local/");
    expect(s.reason).toBe(NOT_ARTICLE.cards);
  });

  it("feature cards with a 'Learn more' link each and one longer section of notes are still a landing page", () => {
    const features = TOPICS.map(
      (t, i) =>
        `<h3>${t}</h3><p>See what changes for ${t} this year, and how the new rules affect the people who use it every day of the week.</p><p><a href="/guide/${i}">Learn more about ${t} in our guide</a></p>`,
    );
    const note = "Residents who already hold a permit keep it until it runs out; the new forms apply to renewals only, and the office writes first.";
    const doc = page(`<!DOCTYPE html><html lang="en"><head><title>Services – City Desk</title></head><body><main><h1>Our services</h1><h3>Before you start</h3><p>${note}</p><p>${note}</p><p>${note}</p>${features.join("")}</main></body></html>`);
    const s = extract(doc, "https://citydesk.example/services/");
    expect(s.reason).toBe(NOT_ARTICLE.cards);
  });

  it("one section of real prose is enough to be an article", () => {
    const doc = cards(null);
    const long = "The council met for four hours on Tuesday and spent most of that time on the budget, which it passed by one vote after a long argument about the cost of repairs. ";
    doc.querySelector("h1")?.insertAdjacentHTML("afterend", `<p>${long.repeat(3)}</p><p>${long.repeat(2)}</p>`);
    expect(extract(doc, "https://citydesk.example/local/").found).toBe(true);
  });
});

describe("forms", () => {
  const form = (fields: string, role = "") =>
    page(`<!DOCTYPE html><html lang="en"><head><title>Contact us</title></head><body><main><h1>Contact us</h1><p>Write to us and we will answer within a week.</p><form${role}>${fields}<button>Send</button></form></main></body></html>`);

  it("a short page with three fields to fill in is a form", () => {
    const s = extract(form('<input name="name"><input name="email" type="email"><textarea name="message"></textarea><input type="hidden" name="token">'), "https://example.org/contact");
    expect(s.reason).toBe(NOT_ARTICLE.form);
  });

  it("a page that is nothing but a form (no text to read at all) is a form", () => {
    const doc = page(`<!DOCTYPE html><html lang="en"><head><title>Sign in</title></head><body><form><label>Email <input name="email"></label><label>Password <input name="password" type="password"></label><label><input type="checkbox" name="remember"> Remember me</label><button>Sign in</button></form></body></html>`);
    expect(extract(doc, "https://example.org/login").reason).toBe(NOT_ARTICLE.form);
  });

  it("hidden inputs, buttons and search boxes are not fields", () => {
    const s = extract(form('<input type="hidden" name="a"><input type="submit"><input type="search" name="q">'), "https://example.org/contact");
    expect(s.reason).toBe(NOT_ARTICLE.short);
  });

  it("a search form is not a form to fill in", () => {
    const s = extract(form('<input name="q"><input name="from"><input name="to">', ' role="search"'), "https://example.org/contact");
    expect(s.reason).toBe(NOT_ARTICLE.short);
  });
});

describe("feeds", () => {
  const rss = readFileSync(join(FIXTURES, "extract-no-article-feed", "page.html"), "utf8");

  it("an RSS feed loaded as an XML document (the live tab) is a feed", () => {
    const doc = new JSDOM(rss, { url: "https://hedgerow-notes.example/feed.xml", contentType: "application/xml", virtualConsole: new VirtualConsole() }).window.document;
    const s = extract(doc, "https://hedgerow-notes.example/feed.xml");
    expect(s).toMatchObject({ found: false, reason: NOT_ARTICLE.feed });
  });

  it("an Atom feed parsed as HTML (the off-page path) is a feed", () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Notes</title><entry><title>One</title><summary>${"A long summary sentence about the entry. ".repeat(20)}</summary></entry></feed>`;
    expect(extract(page(atom, "https://example.org/atom.xml"), "https://example.org/atom.xml").reason).toBe(NOT_ARTICLE.feed);
  });
});
