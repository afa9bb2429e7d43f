/**
 * The first analysis in a fresh service worker runs cold: V8 compiles each function and each
 * regular expression on first use and runs them unoptimised for a while. Chrome stops an idle
 * worker after 30 seconds, so a reader's first "Annotate" on a page usually meets a cold one
 * (wikipedia-2's analysis took about a third longer so in Chromium; docs/performance.md).
 *
 * When the popup opens on a page not yet annotated, the reader is about to ask for it: the
 * background then analyzes a small practice page once, while the reader looks at the popup,
 * so the real analysis runs compiled code. The practice page is written here, exercises each
 * part of `analyze` (numbered references, an author-year citation, a quote with its speaker,
 * an anonymous source, URL and date checks, the summary), and nothing of it leaves the worker.
 */
import type { PageSnapshot, SnapshotBlock, SnapshotReference } from "../report";

const URL_OF_PAGE = "https://news.example/rivers/spring-outlook";

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

function reference(n: number, raw: string, href: string, italic: string[] = []): SnapshotReference {
  return { id: `r${n}`, label: String(n), kind: "list", raw, links: [{ href, text: href.replace(/^https?:\/\//, "") }], hints: { italic }, anchor: `ref-${n}` };
}

/** The practice page: a short river-flood article with three references. */
export function practiceSnapshot(): PageSnapshot {
  const blocks = [
    block("b0", "heading", "River towns brace for a wetter spring"),
    block("b1", "paragraph", "Flood forecasters expect the Lisle and Arden rivers to run 30 percent above their usual April levels, according to a report by the Northern Water Agency.[1] The agency expects the highest water in the second week of April."),
    block("b2", "paragraph", "“We have not seen snowpack like this since 2011,” said Dr. Hana Okafor, a hydrologist at the agency. She said towns along the lower Arden should check their levees before March 15."),
    block("b3", "paragraph", "A county official, who asked not to be named, called the repair budget “deeply inadequate.” Engineers say several older levees were never raised after the 2011 floods."),
    block("b4", "paragraph", "The state set aside $12 million for levee repairs in 2024, a figure the Riverside Tribune first reported.[2] Most of it has not yet been spent, according to the county's public works office."),
    block("b5", "list-item", "Residents can find sandbag points on the county's flood map."),
    block("b6", "paragraph", "Okafor and Lind (2019) found that early warnings cut flood losses by a fifth in towns that acted on them.[3] Insurers have since raised premiums in the valley by an average of 8 percent (Okafor & Lind, 2019)."),
  ];
  const references = [
    reference(1, "“Spring flood outlook for the northern basins” - Northern Water Agency - March 2, 2025 (nwa.example.org/reports/2025-02-14/spring-outlook)", "https://nwa.example.org/reports/2025-02-14/spring-outlook"),
    reference(2, "“County approves levee funds” - Riverside Tribune - January 9, 2024 (https://riverside-tribune.example/2024/01/09/county-approves-levee-funds?utm_source=feed)", "https://riverside-tribune.example/2024/01/09/county-approves-levee-funds?utm_source=feed"),
    reference(3, "Okafor, H., & Lind, P. (2019). Warning time and flood losses. Journal of Hydrology Practice, 12(3), 45–60. https://doi.org/10.5555/jhp.2019.045", "https://doi.org/10.5555/jhp.2019.045", ["Journal of Hydrology Practice"]),
  ];
  return {
    snapshotVersion: 1,
    url: URL_OF_PAGE,
    found: true,
    reason: null,
    title: "River towns brace for a wetter spring",
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

let warmed = false;

/**
 * Analyzes the practice page once per worker, after the current task (so the popup's answer
 * goes first). Returns whether this call scheduled it. Never throws: a failed practice run
 * only means the real one runs cold.
 */
export function warmUpOnce(analyze: (snapshot: PageSnapshot) => unknown, later: (run: () => void) => void = (run) => void setTimeout(run, 0)): boolean {
  if (warmed) return false;
  warmed = true;
  later(() => {
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
