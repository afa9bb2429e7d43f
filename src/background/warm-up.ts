/**
 * The first analysis in a fresh service worker runs cold: V8 compiles each function and each
 * regular expression on first use and runs them unoptimised for a while. Chrome stops an idle
 * worker after 30 seconds, so a reader's first "Annotate" on a page usually meets a cold one
 * (in Chromium, wikipedia-2's analysis takes a third longer or more there; docs/performance.md).
 *
 * When the popup opens on a page not yet annotated, the reader is about to ask for it: the
 * background then reads and analyzes a small practice page once, while the reader looks at the
 * popup, so the real reading and analysis run compiled code (in Chrome the reading also opens
 * the offscreen document, which the first reading of a browser session otherwise waits for).
 * The practice page is written here and exercises each part of `analyze` (numbered references,
 * an author-year citation, a quote with its speaker, an anonymous source, URL and date checks,
 * the summary); nothing of it leaves the browser.
 */
import type { PageSnapshot, SnapshotBlock, SnapshotReference } from "../report";

/** Where the practice page says it is (a reserved example domain: nothing is fetched). */
export const PRACTICE_URL = "https://news.example/rivers/spring-outlook";

/** A paragraph whose `[n]` signs become markers to reference `rn` (the signs are not in the text). */
function block(id: string, kind: SnapshotBlock["kind"], written: string): SnapshotBlock {
  const markers: SnapshotBlock["markers"] = [];
  let text = "";
  for (const part of written.split(/(\[\d+\])/)) {
    const n = /^\[(\d+)\]$/.exec(part)?.[1];
    if (n) markers.push({ at: text.length, label: n, ref: `r${n}` });
    else text += part;
  }
  return { id, kind, text, markers, links: [] };
}

/** A link's text as the entries show it: the address without its scheme. */
const linkText = (href: string) => href.replace(/^https?:\/\//, "");

function reference(n: number, raw: string, href: string, italic: string[] = []): SnapshotReference {
  return { id: `r${n}`, label: String(n), kind: "list", raw, links: [{ href, text: linkText(href) }], hints: { italic }, anchor: `ref-${n}` };
}

const TITLE = "River towns brace for a wetter spring";

/** The practice article's body: kind and text, `[n]` where it cites reference n. */
const BODY: [SnapshotBlock["kind"], string][] = [
  ["paragraph", "Flood forecasters expect the Lisle and Arden rivers to run 30 percent above their usual April levels, according to a report by the Northern Water Agency.[1] The agency expects the highest water in the second week of April."],
  ["paragraph", "“We have not seen snowpack like this since 2011,” said Dr. Hana Okafor, a hydrologist at the agency. She said towns along the lower Arden should check their levees before March 15."],
  ["paragraph", "A county official, who asked not to be named, called the repair budget “deeply inadequate.” Engineers say several older levees were never raised after the 2011 floods."],
  ["paragraph", "The state set aside $12 million for levee repairs in 2024, a figure the Riverside Tribune first reported.[2] Most of it has not yet been spent, according to the county's public works office."],
  ["list-item", "Residents can find sandbag points on the county's flood map."],
  ["paragraph", "Okafor and Lind (2019) found that early warnings cut flood losses by a fifth in towns that acted on them.[3] Insurers have since raised premiums in the valley by an average of 8 percent (Okafor & Lind, 2019)."],
];

/** Its references: the entry as written, its link, its italic title. */
const REFERENCES: [string, string, string[]][] = [
  ["“Spring flood outlook for the northern basins” - Northern Water Agency - March 2, 2025 (nwa.example.org/reports/2025-02-14/spring-outlook)", "https://nwa.example.org/reports/2025-02-14/spring-outlook", []],
  ["“County approves levee funds” - Riverside Tribune - January 9, 2024 (https://riverside-tribune.example/2024/01/09/county-approves-levee-funds?utm_source=feed)", "https://riverside-tribune.example/2024/01/09/county-approves-levee-funds?utm_source=feed", []],
  ["Okafor, H., & Lind, P. (2019). Warning time and flood losses. Journal of Hydrology Practice, 12(3), 45–60. https://doi.org/10.5555/jhp.2019.045", "https://doi.org/10.5555/jhp.2019.045", ["Journal of Hydrology Practice"]],
];

/** The practice page's snapshot, as extraction would give it: a short river-flood article with three references. */
export function practiceSnapshot(): PageSnapshot {
  const blocks = [block("b0", "heading", TITLE), ...BODY.map(([kind, text], i) => block(`b${i + 1}`, kind, text))];
  const references = REFERENCES.map(([raw, href, italic], i) => reference(i + 1, raw, href, italic));
  return {
    snapshotVersion: 1,
    url: PRACTICE_URL,
    found: true,
    reason: null,
    title: TITLE,
    byline: "Mara Ellis",
    published: "2025-03-01",
    siteName: "News Example",
    lang: "en",
    description: "Forecasters expect high water on the Lisle and Arden rivers in April.",
    metaOrigin: {},
    blocks,
    keyPoints: [],
    references,
    source: null,
    stats: { elements: 60, truncated: false },
  };
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The practice page as a site would serve it (site chrome, markers linking to a numbered list), to warm the reading of pages. */
export function practiceHtml(): string {
  const marked = (text: string) => esc(text).replace(/\[(\d+)\]/g, (_, n: string) => `<sup class="reference"><a href="#ref-${n}">[${n}]</a></sup>`);
  const body = BODY.map(([kind, text]) => (kind === "list-item" ? `<ul><li>${marked(text)}</li></ul>` : `<p>${marked(text)}</p>`)).join("\n");
  const refs = REFERENCES.map(([raw, href], i) => `<li id="ref-${i + 1}">${esc(raw.replace(/\([^()]*\)$/, ""))}(<a href="${esc(href)}">${esc(linkText(href))}</a>)</li>`).join("\n");
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(TITLE)} | News Example</title><meta name="author" content="Mara Ellis"><meta property="article:published_time" content="2025-03-01"></head><body><header><nav><a href="/">News Example</a> <a href="/weather">Weather</a> <a href="/rivers">Rivers</a></nav></header><main><article><h1>${esc(TITLE)}</h1><p class="byline">By Mara Ellis, March 1, 2025</p>\n${body}\n<h2>References</h2><ol class="references">${refs}</ol></article></main><footer><p>© News Example</p></footer></body></html>`;
}

let warmed = false;

/** What a warm-up runs: the analyzer, and where pages are read off the page (Chrome's offscreen document), their reading. */
export interface WarmUp {
  analyze: (snapshot: PageSnapshot) => unknown;
  read?: (html: string, url: string) => Promise<unknown>;
}

/**
 * Reads and analyzes the practice page once per worker, after the current task (so the
 * popup's answer goes first); the reading runs in its own document meanwhile, and creates it
 * when it is not open yet. Returns whether this call scheduled it. Never throws: a failed
 * practice run only means the real one runs cold.
 */
export function warmUpOnce({ analyze, read }: WarmUp, later: (run: () => void) => void = (run) => void setTimeout(run, 0)): boolean {
  if (warmed) return false;
  warmed = true;
  later(() => {
    void read?.(practiceHtml(), PRACTICE_URL).catch(() => undefined);
    try {
      analyze(practiceSnapshot());
    } catch {
      // the real analysis will run cold
    }
  });
  return true;
}

/** Forgets that the worker was warmed (tests). */
export function resetWarmUp(): void {
  warmed = false;
}
