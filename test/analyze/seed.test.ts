/** The seed article (the user's own text, shared/seed), as a hand-built snapshot, end to end. */
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index";
import type { SnapshotReference } from "../../src/report";
import { para, snapshot } from "./helpers";

const TITLE = "North Expresses Concern among Southern Regions Due to Deployment of 6,000 Troops to Russia";
const SOURCE = "https://www.joongang.co.kr/economy/article/20250215-oa37000305.html?utm_source=Naver";
const entry = (id: string, raw: string, href?: string): SnapshotReference => ({
  id,
  label: id === "r0" ? null : id.slice(1),
  kind: id === "r0" ? "source-line" : "list",
  raw,
  links: href ? [{ href, text: href }] : [],
  hints: { italic: [] },
});

const seed = snapshot({
  url: "https://world-desk.example/world/north-korea-troops-russia",
  title: TITLE,
  blocks: [
    para(TITLE, "heading"),
    para(TITLE, "heading"),
    para("Firing Up the Reds: Kim Jong-un's New Bestie - Putin", "heading"),
    para(`It's February 2025, and the bond between these two eccentric dictators seems to be stronger than ever. The U.S. government can't help but raise an eyebrow, labeling Russia's use of North Korean workers and soldiers for operations against Ukraine as "deeply concerning." But, hey, who are we to judge, right?`),
    para("It's not all about the military, though. These two have also been punching up their civilian ties. There's been a surge in university exchanges, cultural performances, and tourist groups visiting North Korea. Over 10 Russian tourist groups rolled into North Korea in 2024, with more expected in the future."),
  ],
  keyPoints: [
    para("In the ongoing political landscape, the growing strategic partnership between North Korea and Russia, with its mutual defense clause, raises questions about war-and-conflicts in the region, as North Korea's military cooperation with Russia is diversifying and expanding, according to a report by 38 North.", "list-item"),
    para("In the realm of general news, South Korea's government opines that North Korea's deployment of troops to support Russia's forces in Ukraine is more than just a strategic economic move; it is also serving broader political interests that could potentially pose a threat to South Korea.", "list-item"),
    para("The opinion column published in The Diplomat further suggests that the strengthening bond between Kim Jong-un and Vladimir Putin, characterized by increased military cooperation and mutual defense pacts, could significantly impact regional politics and instigate further war-and-conflicts.", "list-item"),
  ],
  references: [
    entry("r0", `source: ${SOURCE}`, SOURCE),
    entry("r1", `[1] "North Korea diversifies military-iference capabilities in partnership with Russia" - 38 North - December 29, 2024 (38north.org/20240513-kim-russia-expanded-military-cooperation/)`),
    entry("r2", `[2] "North Korea-Russia Relationship Enters a New Phase" - NK News - January 15, 2025 (https://www.nknews.org/2025/01/north-korea-russia-relationship-enters-a-new-phase/)`, "https://www.nknews.org/2025/01/north-korea-russia-relationship-enters-a-new-phase/"),
    entry("r3", `[3] "Kim Jong-un, Putin's New Bestie … and a Threat to South Korea" - The Diplomat - February 3, 2025 (https://thediplomat.com/2025/02/kim-jong-uns-new-bestie-putin-and-a-threat-to-south-korea/)`, "https://thediplomat.com/2025/02/kim-jong-uns-new-bestie-putin-and-a-threat-to-south-korea/"),
  ],
  source: { text: `source: ${SOURCE}`, url: SOURCE, ref: "r0" },
});

describe("seed article", () => {
  const r = analyze(seed);
  const refById = (id: string) => r.references.find((x) => x.id === id)!;
  const codes = (id: string) => refById(id).checks.map((c) => c.code);

  it("parses the three entries, keeping the scheme-less URL as written", () => {
    expect(refById("r1")).toMatchObject({ outlet: "38 North", date: "2024-12-29", url: "38north.org/20240513-kim-russia-expanded-military-cooperation/" });
    expect(refById("r2")).toMatchObject({ outlet: "NK News", date: "2025-01-15" });
    expect(refById("r3")).toMatchObject({ outlet: "The Diplomat", date: "2025-02-03", title: "Kim Jong-un, Putin's New Bestie … and a Threat to South Korea" });
  });

  it("flags [1] and only [1]", () => {
    expect(codes("r1")).toEqual(expect.arrayContaining(["url-malformed", "url-date-mismatch", "title-url-mismatch"]));
    for (const id of ["r2", "r3"]) for (const c of ["url-malformed", "url-date-mismatch", "title-url-mismatch", "url-unsafe"]) expect(codes(id)).not.toContain(c);
    expect(r.article.source!.checks.map((c) => c.code)).toContain("tracking-parameters");
  });

  it("links key points by attribution and leaves the tourist sentence unlinked", () => {
    expect(r.summary.map((p) => p.origin)).toEqual(["article", "article", "article"]);
    const point = (t: string) => r.claims.find((c) => c.text.includes(t))!;
    expect(point("according to a report by 38 North").sources[0]).toMatchObject({ ref: "r1" });
    expect(point("published in The Diplomat").sources[0]).toMatchObject({ ref: "r3" });
    expect(point("Over 10 Russian tourist groups").sources).toEqual([]);
    expect(point("deeply concerning").checks.map((c) => c.code)).toContain("unsourced-attribution");
    expect(r.checks.map((c) => c.code)).toContain("duplicate-text");
  });
});
