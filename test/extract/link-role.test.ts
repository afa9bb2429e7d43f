/** Issue 17: one test per role of the link-role decision list, on hand-written links and sentences. */
import { describe, expect, it } from "vitest";
import type { LinkFacts } from "../../src/extract/link-facts";
import { ownSitesOf } from "../../src/extract/link-facts";
import { classifyLink, isProperName, LINK_DECISIONS } from "../../src/extract/link-role";

const PAGE = ["northportcourier.example"];

/** Facts of a link on `text` inside `sentence` (the text must occur in it). */
function facts(href: string, sentence: string, text: string, extra: Partial<LinkFacts> = {}): LinkFacts {
  const at = sentence.indexOf(text);
  if (at < 0) throw new Error(`"${text}" is not in the sentence`);
  return { href, text, before: sentence.slice(0, at), after: sentence.slice(at + text.length), block: sentence, blockKind: "paragraph", ownSites: PAGE, rel: "", inCaption: false, inEmbed: false, ...extra };
}
const judge = (href: string, sentence: string, text: string, extra: Partial<LinkFacts> = {}) => classifyLink(facts(href, sentence, text, extra));

describe("sources, by role", () => {
  it("study: a paper on a journal's host", () => {
    expect(judge("https://www.nature.com/articles/s41586-024-07012-3", "The coral loss was faster than models predicted, a new study found.", "a new study")).toMatchObject({ source: true, role: "study" });
  });
  it("document: a court filing, a report PDF, a government page", () => {
    expect(judge("https://www.courtlistener.com/docket/6789/complaint/", "The lawsuit says the company ignored the warnings.", "The lawsuit")).toMatchObject({ source: true, role: "document" });
    expect(judge("https://www.harbourtrust.example/files/annual-report-2024.pdf", "Ferry use rose by a fifth, according to the trust's annual report.", "annual report")).toMatchObject({ source: true, role: "document" });
    expect(judge("https://www.energy.gov.au/data/electricity-generation", "Coal still made 46 percent of the country's power last year.", "46 percent")).toMatchObject({ source: true, role: "document" });
  });
  it("news: another outlet's story the claim comes from", () => {
    expect(judge("https://www.reuters.com/world/asia-pacific/port-strike-ends-2025-03-02/", "The strike ended after two days, Reuters reported.", "Reuters reported")).toMatchObject({ source: true, role: "news" });
    expect(judge("https://www.harbourdaily.example/2025/04/08/ferry-boss-says-new-boats-ordered/", "The operator told the Harbour Daily that two boats are on order.", "the Harbour Daily")).toMatchObject({ source: true, role: "news" });
  });
  it("own-coverage: the outlet's earlier story behind a sentence", () => {
    expect(judge("https://www.northportcourier.example/news/2025/01/22/ferry-cancellations-leave-islanders-stranded/", "As we reported in January, some islanders were stranded for three days.", "reported in January")).toMatchObject({ source: true, role: "own-coverage", why: "own-cue" });
    expect(judge("https://www.northportcourier.example/news/2024/08/03/island-ferry-timetable-cuts/", "Islanders had complained for years about cuts to the timetable and the age of the fleet.", "complained for years about cuts to the timetable")).toMatchObject({ source: true, role: "own-coverage" });
  });
  it("post: a post on a social network or a blog, quoted", () => {
    expect(judge("https://x.com/martaokafor/status/1925012345678901234", "The councillor wrote on X that the delay costs another summer.", "wrote on X")).toMatchObject({ source: true, role: "post" });
    expect(judge("https://www.youtube.com/watch?v=abc123", "The mayor explained the plan in a video.", "in a video")).toMatchObject({ source: true, role: "post" });
    expect(judge("https://twitter.com/x/status/1", "Quoted in an embedded post.", "post", { inEmbed: true })).toMatchObject({ source: true, role: "post" });
    expect(judge("https://medium.com/@jdoe/why-the-ferry-fares-went-up-d146a92473a1", "As Jane Doe argued in a long post, fares rose twice.", "argued in a long post")).toMatchObject({ source: true, role: "post" });
    expect(judge("https://medium.com/@jdoe", "Jane Doe writes about ferries.", "Jane Doe")).toMatchObject({ source: false, role: "social" });
  });
  it("primary: the repository the article reports on", () => {
    expect(judge("https://github.com/harbourlabs/tidewatch", "The lab released the code on Tuesday.", "released the code")).toMatchObject({ source: true, role: "primary" });
  });
});

describe("not sources, by role", () => {
  it("navigation: a topic page or a section of the site", () => {
    expect(judge("https://www.northportcourier.example/topic/transport/", "More on transport.", "transport")).toMatchObject({ source: false, role: "navigation" });
    expect(judge("https://www.northportcourier.example/sport/", "See the sport section.", "sport section")).toMatchObject({ source: false, role: "navigation" });
  });
  it("related: a 'Read more' line, a headline alone on its line, a guide on the site", () => {
    expect(judge("https://www.northportcourier.example/news/2025/03/02/the-history-of-the-ferries/", "Read more: The long history of the Northport ferries", "The long history of the Northport ferries")).toMatchObject({ source: false, role: "related" });
    expect(judge("https://www.northportcourier.example/news/2025/03/30/new-ferry-terminal-opens/", "New ferry terminal opens on Gull Island", "New ferry terminal opens on Gull Island")).toMatchObject({ source: false, role: "related" });
    expect(judge("https://www.northportcourier.example/how-to-pay-off-your-debt-using-the-stack-method-576070292", "Then pay off the rest with the stacking method of budgeting.", "stacking method")).toMatchObject({ source: false, role: "related" });
  });
  it("commerce: a shop, an affiliate redirect, a price, rel=sponsored", () => {
    expect(judge("https://www.amazon.com/dp/B0TESTDRL1?tag=site-20", "The kit costs $89.99 at Amazon this week.", "$89.99 at Amazon")).toMatchObject({ source: false, role: "commerce" });
    expect(judge("https://go.redirectingat.com/?id=1&url=https%3A%2F%2Fshop.example%2Fp", "It is on sale at Home Depot.", "Home Depot")).toMatchObject({ source: false, role: "commerce" });
    expect(judge("https://tools.example/hx20", "Get the drill.", "Get the drill", { rel: "sponsored nofollow" })).toMatchObject({ source: false, role: "commerce" });
  });
  it("not commerce: a sum of money in a news sentence", () => {
    expect(judge("https://www.cnet.example/news/facebook-closes-19-billion-deal-for-whatsapp/", "He was behind the $19 billion acquisition of WhatsApp.", "$19 billion acquisition")).toMatchObject({ source: true });
  });
  it("social: a profile, a handle, a hashtag, a share button", () => {
    expect(judge("https://x.com/martaokafor", "Councillor Marta Okafor chairs the committee.", "Marta Okafor")).toMatchObject({ source: false, role: "social" });
    expect(judge("https://twitter.com/hashtag/ferries?src=hash", "Islanders posted under #ferries all week.", "#ferries")).toMatchObject({ source: false, role: "social" });
    expect(judge("https://www.linkedin.com/in/priya-nandakumar", "Follow her on LinkedIn.", "LinkedIn")).toMatchObject({ source: false, role: "social" });
    expect(judge("https://www.facebook.com/sharer/sharer.php?u=x", "Share on Facebook", "Share on Facebook")).toMatchObject({ source: false, role: "social" });
  });
  it("entity: the home page of something merely named", () => {
    expect(judge("https://www.harbourferries.example/", "A spokesperson for Harbour Ferries said the boats are old.", "Harbour Ferries")).toMatchObject({ source: false, role: "entity" });
    expect(judge("https://web.stanford.example/group/poverty-center/", "A report by Stanford University's Center on Poverty and Inequality says so.", "Stanford University's Center on Poverty and Inequality")).toMatchObject({ source: false, role: "entity" });
  });
  it("definition: an encyclopedia, a dictionary, coordinates, a term's page", () => {
    expect(judge("https://en.wikipedia.org/wiki/Skerry", "The light stands on a skerry.", "skerry")).toMatchObject({ source: false, role: "definition" });
    expect(judge("https://en.wiktionary.org/wiki/catoptric", "It used a catoptric lamp.", "catoptric")).toMatchObject({ source: false, role: "definition" });
    expect(judge("https://geohack.toolforge.org/geohack.php?params=57_N_5_W", "It stands at 57°N 5°W.", "57°N 5°W")).toMatchObject({ source: false, role: "definition" });
    expect(judge("https://www.healthsite.example/allergies/guide/food-allergy", "Experts say children develop food allergies early.", "food allergies")).toMatchObject({ source: false, role: "definition" });
  });
  it("media: a photo credit", () => {
    expect(judge("https://www.flickr.com/photos/someone/123456789", "Photos by J. Rivera, Sam Oduya.", "J. Rivera")).toMatchObject({ source: false, role: "media" });
    expect(judge("https://www.gettyimages.example/detail/123", "A ferry at dawn.", "ferry", { inCaption: true })).toMatchObject({ source: false, role: "media" });
  });
  it("other: a sign-up, a line saying where the article also ran", () => {
    expect(judge("https://www.northportcourier.example/newsletters/morning-briefing-signup", "Sign up for the morning briefing.", "Sign up for the morning briefing")).toMatchObject({ source: false });
    expect(judge("https://www.wired.example/story/hidden-women-of-chaos-theory/", "This article was reprinted on Wired.", "Wired")).toMatchObject({ source: false, role: "other" });
  });
});

describe("evidence that transfers between sites (issue 17, second round)", () => {
  const without = (f: LinkFacts, id: string) => classifyLink(f, new Set([id]));
  it("released: the object of a release verb is the thing the article reports on", () => {
    const f = facts("https://firmware.harbourlabs.example/downloads/tidewatch", "On Monday the lab finally released the tidewatch firmware for older buoys.", "tidewatch firmware");
    expect(classifyLink(f)).toMatchObject({ source: true, role: "primary", why: "released" });
    expect(without(f, "released").role).not.toBe("primary");
    // The subject of "were announced" too; a released report keeps its own role.
    expect(judge("https://www.buoyco.example/products/gen5", "Their fifth-generation buoys were just announced.", "fifth-generation buoys")).toMatchObject({ source: true, role: "primary" });
    expect(judge("https://www.transport.govt.nz/plans/ferry-plan", "The ministry recently released a ferry plan for the islands.", "ferry plan")).toMatchObject({ source: true, role: "document" });
    // "by" is no release of the link: the agency is the releaser, not the thing released.
    expect(judge("https://www.harbourtrust.example/", "A report released on Monday by the Harbour Trust says so.", "the Harbour Trust").why).not.toBe("released");
  });
  it("bare-name: a name linked to an article-shaped page is the thing named, unless the sentence attributes to it", () => {
    const f = facts("https://www.islandnotes.example/2024/05/02/dana-whitfield-joins-the-board/", "Dana Whitfield, who chairs the board, disagreed.", "Dana Whitfield");
    expect(classifyLink(f)).toMatchObject({ source: false, role: "entity", why: "bare-name" });
    expect(without(f, "bare-name").source).toBe(true);
    expect(judge("https://www.islandnotes.example/2024/05/02/why-the-fares-rose/", "As Dana Whitfield wrote, the fares rose twice.", "Dana Whitfield")).toMatchObject({ source: true });
  });
  it("reads a link glued to the next word as two words (\"As [Jo Reyes]reports\")", () => {
    const f = { ...facts("https://www.coastline.example/story/4411/how-the-ferry-talks-broke-down", "As Jo Reyes reports, the talks broke down.", "Jo Reyes"), after: "reports, the talks broke down." };
    expect(classifyLink(f)).toMatchObject({ source: true });
  });
  it("a phrase opened by a preposition is part of a claim, not a term (own story, not further reading)", () => {
    const f = facts("https://www.northportcourier.example/2025/02/11/council-bans-private-boats-at-the-quay/", "The council has been strict with private boats since then.", "with private boats");
    expect(classifyLink(f)).toMatchObject({ source: true, role: "own-coverage" });
    expect(judge("https://www.northportcourier.example/2025/02/11/council-bans-private-boats-at-the-quay/", "The council has been strict about private boats since then.", "private boats")).toMatchObject({ source: false, role: "related" });
  });
  it("section: a taxonomy or search path on another site, and the outlet's own sections", () => {
    expect(judge("https://blog.harbourlabs.example/search/label/Buoys", "I wrote about it on the lab's blog before.", "the lab's blog")).toMatchObject({ source: false, role: "navigation", why: "section" });
    expect(judge("https://www.northportcourier.example/weather/", "Check the forecast before you sail.", "forecast")).toMatchObject({ source: false, role: "navigation", why: "section" });
  });
  it("reference-work: an app store listing describes a tool, unless the sentence says it was released", () => {
    expect(judge("https://addons.mozilla.org/en-US/firefox/addon/tide-blocker/", "Install a blocker for trackers in your browser.", "a blocker for trackers")).toMatchObject({ source: false, role: "definition", why: "reference-work" });
    expect(judge("https://apps.apple.com/app/tidewatch/id123456789", "The new version of the app is available now.", "The new version of the app")).toMatchObject({ source: true, role: "primary" });
  });
  it("front-door: a name linked to a page that is no piece of writing", () => {
    expect(judge("https://aws.example.com/queue-service/", "The service uses Simple Queue Service to queue its tasks.", "Simple Queue Service")).toMatchObject({ source: false, role: "entity", why: "front-door" });
  });
  it("code-host: a file linked on words that name a document is a document, a file linked on a term is not", () => {
    const f = facts("https://github.com/harbourlabs/tidewatch/blob/main/CHANGELOG.md", "The full list of fixes is in the changelog.", "changelog");
    expect(classifyLink(f)).toMatchObject({ source: true, role: "document", why: "code-host" });
    expect(judge("https://github.com/harbourlabs/tidewatch/blob/main/src/buoy.c", "The parser lives in buoy.c.", "buoy.c")).toMatchObject({ source: false, role: "definition" });
  });
  it("front-door: a name linked to a page named for it is that person's page, even on a government host", () => {
    expect(judge("https://www.eastbrook.gov.uk/councillors/priya-anand", "Councillor Priya Anand said the council would check.", "Priya Anand")).toMatchObject({ source: false, role: "entity", why: "front-door" });
    expect(judge("https://www.eastbrook.gov.uk/planning/decisions/harbour-quay", "The council's Harbour Quay decision notice lists the pumps.", "Harbour Quay decision notice")).toMatchObject({ source: true, role: "document" });
  });
  it("a one-word host (a local or captured page) is the page's own site", () => {
    expect(ownSitesOf("http://fakehost/test/")).toEqual(["fakehost"]);
    expect(judge("http://fakehost/test/user-guide.html", "See the user guide first.", "user guide", { ownSites: ownSitesOf("http://fakehost/test/") })).toMatchObject({ source: false, role: "navigation" });
  });
});

describe("the decision list", () => {
  it("names the rule that decided, and each rule id once", () => {
    const ids = LINK_DECISIONS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain(judge("https://en.wikipedia.org/wiki/Skerry", "a skerry", "skerry").why);
  });
  it("can skip a rule by id, for measuring what each rule does", () => {
    const f = facts("https://en.wikipedia.org/wiki/Skerry", "The light stands on a skerry.", "skerry");
    expect(classifyLink(f).why).toBe("reference-work");
    expect(classifyLink(f, new Set(["reference-work"])).why).not.toBe("reference-work");
  });
  it("judges a hostile or broken link without throwing", () => {
    expect(judge("javascript:alert(1)", "Click me.", "Click me")).toMatchObject({ source: false, why: "not-http" });
    expect(judge("https://", "Broken.", "Broken")).toMatchObject({ source: false });
  });
});

describe("proper names", () => {
  it("reads capitalised words with joiners as a name, and a single first word as none", () => {
    expect(isProperName("Tax Policy Center", false)).toBe(true);
    expect(isProperName("Stanford University's Center on Poverty and Inequality", false)).toBe(true);
    expect(isProperName("Researchers", true)).toBe(false);
    expect(isProperName("59% PHP and 27% JavaScript", false)).toBe(false);
    expect(isProperName("the report", false)).toBe(false);
  });
});
