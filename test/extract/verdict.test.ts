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

/** Six outlets a roundup quotes, and what each said. */
const OUTLETS = [
  ["Pixel Gazette", "pixelgazette.example", "The screen is the best I have seen on a handheld at any price, and the maker deserves credit for not cutting corners."],
  ["Northbyte", "northbyte.example", "Our battery tests landed close to five hours with the power-saving mode on, level with its rivals."],
  ["Arcade Ledger", "arcadeledger.example", "Eleven games at launch, four of them puzzle games, is not a line-up that sells new hardware to anyone."],
  ["Screen & Signal", "screenandsignal.example", "At this price it undercuts everything with a screen this good, and the store works without an account."],
  ["Handheld History", "handheldhistory.example", "The buttons click like the ones on the machines I grew up with, and the whole thing weighs less than a paperback."],
  ["The Controller", "thecontroller.example", "I got a little under three hours from a full charge, which is not a long train ride, and the charger is slow."],
] as const;

const HOST = "https://loopwire.example";
const INTRO = "<p>The first handheld from Orrin Labs goes on sale on Thursday, and the review embargo lifted this morning. The verdict so far: a fine screen and a fair price, and too few games. Here is what the critics say.</p>";

/** A page of sections, one per outlet: `section(outlet, i)` gives its markup; `opening` what comes before them. */
function sectionsPage(section: (o: (typeof OUTLETS)[number], i: number) => string, opening = `<h1>The First Reviews Of The Halcyon Handheld Are In</h1>${INTRO}`): Document {
  const body = OUTLETS.map((o, i) => section(o, i)).join("");
  return page(`<!DOCTYPE html><html lang="en"><head><title>Reviews – Loopwire</title></head><body><header><a href="/">Loopwire</a><nav><a href="/tech">Tech</a> <a href="/games">Games</a></nav></header><main><div class="story">${opening}${body}</div></main><footer><p>© Loopwire</p></footer></body></html>`, `${HOST}/story/halcyon-reviews`);
}
const verdictOf = (doc: Document) => extract(doc, `${HOST}/story/halcyon-reviews`);

describe("roundups: sections that quote or cite what they link to", () => {
  const linked = (o: (typeof OUTLETS)[number]) => `<h2><a href="https://${o[1]}/reviews/halcyon">${o[0]}: Halcyon review</a></h2>`;

  it("a headline, an intro, and headings linking to the reviews they quote in quotation marks: an article", () => {
    const s = verdictOf(sectionsPage((o) => `${linked(o)}<p>“${o[2]}”</p>`));
    expect(s.reason).toBeNull();
    expect(s.blocks.map((b) => b.text).join("\n")).toContain("a line-up that sells new hardware");
  });

  it("headings linking to this site's own review pages, each quoted in a blockquote: an article", () => {
    const s = verdictOf(sectionsPage((o, i) => `<h2><a href="/reviews/${i}">${o[0]} on the Halcyon</a></h2><blockquote><p>${o[2]}</p></blockquote>`));
    expect(s.found).toBe(true);
  });

  it("the same sections with no headline and no intro (an aggregator's front page): a list of stories", () => {
    const s = verdictOf(sectionsPage((o) => `${linked(o)}<p>“${o[2]}”</p>`, ""));
    expect(s.reason).toBe(NOT_ARTICLE.stories);
  });

  it("a headline and an intro over sections that summarise this site's pages, with no byline or date on any: an article", () => {
    const s = verdictOf(sectionsPage((o, i) => `<h2><a href="/story/${i}">What ${o[0]} found out this week</a></h2><p>${o[2]}</p>`));
    expect(s.found).toBe(true);
  });

  it("the same with a byline under each summary (a section front's teasers): a list of stories", () => {
    const s = verdictOf(sectionsPage((o, i) => `<h2><a href="/story/${i}">What ${o[0]} found out this week</a></h2><p>${o[2]}</p><p>By Mira Kowalczyk</p>`));
    expect(s.reason).toBe(NOT_ARTICLE.stories);
  });

  it("quoting sections whose cards each carry a date of their own are story cards: a list of stories", () => {
    const s = verdictOf(sectionsPage((o, i) => `<div class="card">${linked(o)}<time datetime="2025-03-0${i + 1}">${i + 1} March 2025</time><p>“${o[2]}”</p></div>`));
    expect(s.reason).toBe(NOT_ARTICLE.stories);
  });
});

describe("lists of posts: excerpts however long, each with its own date, byline or link to the rest", () => {
  const excerpt = (o: (typeof OUTLETS)[number]) => `<p>${o[2]} ${o[2]} ${o[2]} […]</p>`;

  it("cards with a linked title, a date and a long excerpt: a list of posts", () => {
    const s = verdictOf(sectionsPage((o, i) => `<article class="post"><h2><a href="/2025/03/post-${i}/">${o[0]}</a></h2><p class="meta">Posted on 1${i} March 2025</p>${excerpt(o)}</article>`, ""));
    expect(s.reason).toBe(NOT_ARTICLE.posts);
  });

  it("cards with only a 'Continue reading' link back to the post: a list of posts", () => {
    const s = verdictOf(sectionsPage((o, i) => `<div class="entry"><h2><a href="/2025/03/post-${i}/">${o[0]}</a></h2>${excerpt(o)}<p><a href="/2025/03/post-${i}/">Continue reading →</a></p></div>`, ""));
    expect(s.reason).toBe(NOT_ARTICLE.posts);
  });

  it("side by side with no card around them, a 'By …' line under each title marks the posts", () => {
    const s = verdictOf(sectionsPage((o, i) => `<h2><a href="/2025/03/post-${i}/">${o[0]}</a></h2><p>By Ruth Amberley</p>${excerpt(o)}`, ""));
    expect(s.reason).toBe(NOT_ARTICLE.posts);
  });

  it("an archive of a hundred posts is judged on all of them", () => {
    const posts = Array.from({ length: 100 }, (_, i) => `<article><h2><a href="/2025/p-${i}/">Post number ${i}</a></h2><time datetime="2025-03-01">1 March 2025</time><p>${OUTLETS[i % 6]![2]} ${OUTLETS[(i + 1) % 6]![2]} ${OUTLETS[(i + 2) % 6]![2]}</p></article>`);
    const s = verdictOf(sectionsPage(() => "", posts.join("")));
    expect(s.reason).toBe(NOT_ARTICLE.posts);
  });

  it("an article with three dated teasers after it is still an article (the teasers hold little of its text)", () => {
    const long = "<p>The council met for four hours on Tuesday and spent most of that time on the budget, which it passed by one vote after a long argument about the cost of repairs to the harbour wall and the library roof.</p>";
    const teasers = OUTLETS.slice(0, 3).map((o, i) => `<div class="teaser"><h3><a href="/2025/03/post-${i}/">${o[0]}</a></h3><time datetime="2025-03-01">1 March 2025</time><p>${o[2]}</p></div>`);
    const s = verdictOf(sectionsPage(() => "", `<h1>Budget passed by one vote</h1>${long.repeat(8)}${teasers.join("")}`));
    expect(s.found).toBe(true);
  });

  it("dated sections whose headings link to other sites (a what's-on column, an events list) stay an article", () => {
    const s = verdictOf(sectionsPage((o, i) => `<div class="event"><h2><a href="https://${o[1]}/events/${i}">${o[0]} open evening</a></h2><p>Saturday ${i + 1} March 2025</p>${excerpt(o)}</div>`));
    expect(s.found).toBe(true);
  });

  it("a story of its own before dated teasers for the site's other stories stays an article, though the teasers hold more text", () => {
    const story = "<p>The harbour wall was surveyed in May for the first time in a decade, and the divers found cracks along most of its length, some of them wide enough to put a hand in, the board said on Tuesday in a short statement.</p>";
    const s = verdictOf(sectionsPage((o, i) => `<div class="teaser"><h3><a href="/2025/03/story-${i}/">${o[0]}</a></h3><time datetime="2025-03-01">1 March 2025</time>${excerpt(o)}</div>`, `<h1>Cracks found along the harbour wall</h1>${story}${story}`));
    expect(s.found).toBe(true);
  });

  it("sections whose headings link nowhere are an article's own sections, dated or not", () => {
    const s = verdictOf(sectionsPage((o, i) => `<div class="update"><h2>${o[0]}</h2><time datetime="2025-03-0${i + 1}">${i + 1} March 2025</time>${excerpt(o)}</div>`));
    expect(s.found).toBe(true);
  });
});
