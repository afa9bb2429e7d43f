/**
 * The pages of the "Check sources" tests, written for them: an article citing ten sources
 * by numbered notes, and the sources themselves, which the loopback server serves at the
 * addresses the article cites. `ORIGIN` and `OTHER` stand for the server's address under
 * two host names (127.0.0.1 and localhost), which are two different sites.
 */

export const ARTICLE_PATH = "/news/harbour-wall";

/** The article: each paragraph cites one source; the list states title, outlet and date. */
export function articleHtml(origin: string): string {
  const refs: [string, string, string, string][] = [
    ["Council approves sea wall budget", "Harbour Gazette", "March 12, 2024", `${origin}/gazette/council-approves-sea-wall-budget`],
    ["Engineers survey the old harbour wall", "Coastal Engineering Notes", "April 2, 2024", `${origin}/notes/engineers-survey-old-wall`],
    ["Mackerel season in review", "Fisheries Weekly", "October 1, 2023", `${origin}/fisheries/mackerel-season-review`],
    ["Lighthouse keepers' cottages restored", "Heritage Trust", "May 5, 2023", `${origin}/heritage/keepers-cottages-restored`],
    ["Ferry timetable for the winter", "Island Ferries", "November 3, 2023", `${origin}/ferries/winter-timetable`],
    ["Harbour master's annual statement", "Port Authority", "January 9, 2024", `${origin}/port/annual-statement`],
    ["Storm damage along the promenade", "Coast Daily", "February 20, 2024", `${origin}/moved/storm-damage-promenade`],
    ["Tide gauge readings for the bay", "Bay Observatory", "June 1, 2024", `${origin}/slow/tide-gauge-readings`],
    ["Full archive of harbour minutes", "Harbour Records", "July 7, 2024", `${origin}/huge/harbour-minutes-archive`],
    ["Members' report on the harbour levy", "Harbour Business Club", "August 8, 2024", `${origin}/members/harbour-levy-report`],
    ["Volunteer boat crews honoured", "Harbour Gazette", "September 9, 2024", `${origin}/old/volunteer-crews-honoured`],
  ];
  const claims = [
    "The town council approved a budget of 4.2 million euros for the new sea wall in March 2024.",
    'Engineers found that the old wall had lost "nearly a third of its height" since 1990.',
    "Fishing crews reported record catches of mackerel last summer.",
    "The keepers' cottages beside the lighthouse now house a small museum.",
    "Ferries kept running through the winter on a reduced timetable.",
    "The harbour master counted 1,240 visiting yachts over the year.",
    "Storms in February tore up long stretches of the promenade railings.",
    "Tide gauges in the bay recorded the highest water in forty years.",
    "The minutes of every harbour meeting since 1950 are kept in one archive.",
    "Local businesses argued that the harbour levy was set too high.",
    "Volunteer boat crews were honoured for forty rescues at sea.",
  ];
  const paras = claims.map((c, i) => `<p>${c}<sup><a href="#ref-${i + 1}">[${i + 1}]</a></sup> The work on the harbour front continues through the year, and residents follow it closely at every council meeting.</p>`).join("\n    ");
  const list = refs.map(([t, o, d, u], i) => `<li id="ref-${i + 1}">"${t}" - ${o} - ${d} (<a href="${u}">${u}</a>)</li>`).join("\n      ");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>The harbour town rebuilds its sea wall | Bay Courier</title>
<meta property="og:site_name" content="Bay Courier"><meta property="article:published_time" content="2024-10-01"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
    <h1>The harbour town rebuilds its sea wall</h1>
    ${paras}
    <h2>References</h2>
    <ol>
      ${list}
    </ol>
</article></body></html>`;
}

/** A source page: title, site, date and paragraphs of its own. */
export function sourceHtml(title: string, site: string, date: string, paras: string[], extraHead = ""): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title} | ${site}</title>
<meta property="og:site_name" content="${site}"><meta property="article:published_time" content="${date}">${extraHead}</head>
<body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>
${paras.map((p) => `<p>${p}</p>`).join("\n")}
</article></body></html>`;
}

const FILLER = [
  "Residents gathered in the community hall on a wet evening to hear the plans described in detail by the officers who drew them up.",
  "Questions ranged from the timetable of the works to the noise the piling would make during the summer months when visitors arrive.",
  "The officers promised a second meeting once the contractors had been chosen and the first stage of the work had a firm date.",
];

/** The sources by path. The article's claims are found in 1, partly in 2, not in 3. */
export const SOURCES: Record<string, string> = {
  "/gazette/council-approves-sea-wall-budget": sourceHtml("Council approves sea wall budget", "Harbour Gazette", "2024-03-12", [
    "In March 2024 the town council approved a budget of 4.2 million euros for a new sea wall along the harbour front, after two years of debate.",
    ...FILLER,
  ]),
  "/notes/engineers-survey-old-wall": sourceHtml("Engineers survey the old harbour wall", "Coastal Engineering Notes", "2024-04-20", [
    "A team of engineers spent a week on the old wall this spring, measuring how far the stones had settled into the harbour bed.",
    "The engineers found that the old wall had lost height since 1990, though their notes do not say how much.",
    ...FILLER,
  ]),
  "/fisheries/mackerel-season-review": sourceHtml("Mackerel season in review", "Fisheries Weekly", "2023-10-01", [
    "Quota rules changed twice during the year, and the new rules on net sizes came into force in the spring after a long consultation.",
    ...FILLER,
  ]),
  "/heritage/keepers-cottages-restored": sourceHtml("Tram line extension opens to passengers", "Heritage Trust", "2023-05-05", [
    "The new tram line carried its first passengers on Saturday, a year later than planned, with free rides for the whole weekend.",
    ...FILLER,
  ]),
  "/members/harbour-levy-report": sourceHtml("Sign in", "Harbour Business Club", "2024-08-08", [
    "Members only. Sign in to read this report.",
  ], "") .replace("</article>", '<form action="/login"><input name="user"><input type="password" name="pw"><button>Sign in</button></form></article>'),
  "/new/volunteer-crews-honoured": sourceHtml("Volunteer boat crews honoured", "Harbour Gazette", "2024-09-09", [
    "Volunteer boat crews were honoured at the town hall for forty rescues at sea over the past decade.",
    ...FILLER,
  ]),
};

/** What the storm page redirects to, on the other site (`OTHER`). */
export const ELSEWHERE_PATH = "/parked-domain";
export const ELSEWHERE_HTML = sourceHtml("This domain is for sale", "Domain Parking", "2024-01-01", ["This domain may be for sale. Contact the owner for details.", ...FILLER]);
