// The hover card after "Check sources", on the seed page in jsdom: a highlighted claim's card
// quotes whether each source says it (verdict and passage) and what the link gave; a hostile
// passage stays text; a broken link offers its saved copies (a safe link only); `update` redraws the page's drawing with the checked report.
import { beforeEach, describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index";
import { createSession, type Session } from "../../src/content/session";
import { isPageReport } from "../../src/messages";
import { pageReportOf } from "../../src/page-report";
import type { LiveCheck, Report, ReportClaim } from "../../src/report";
import { collapse, seedWindow } from "./seed-window";

const URL_ = "https://world-desk.example/world/north-korea-troops-russia";
const HOSTILE_PASSAGE = `Officials said about 6,000 troops <img src=x onerror="globalThis.__pwned = 1"> were sent <script>globalThis.__pwned = 2</script>.`;

let win: Window & typeof globalThis;
let session: Session;
let report: Report;
let claim: ReportClaim;
let shadow: () => ShadowRoot | undefined;

beforeEach(() => {
  const seed = seedWindow(URL_, () => claim.text);
  win = seed.win;
  shadow = seed.shadow;
  report = analyze(seed.snapshot);
  const found = report.claims.find((c) => c.sources.length > 0);
  if (!found) throw new Error("the seed page has no sourced claim");
  // A second source for it (the seed's claims cite one each), so the card lists two verdicts.
  const other = report.references.find((r) => !found.sources.some((s) => s.ref === r.id) && r.url);
  if (!other) throw new Error("the seed page has a single reference");
  found.sources.push({ ref: other.id, score: 0.8, evidence: ["marker"] });
  claim = found;
  session = createSession(win);
  session.useElements(seed.elements);
});

/** The report as "Check sources" returns it: the claim's first source says it (with a hostile passage), the second only partly; the first link is dead. */
function checked(r: Report): Report {
  const copy = structuredClone(r);
  const c = copy.claims.find((x) => x.id === claim.id)!;
  c.sources[0] = { ...c.sources[0]!, support: "found", passage: HOSTILE_PASSAGE };
  c.sources[1] = { ...c.sources[1]!, support: "partial", passage: "Only the number 6,000 appears here." };
  const dead = copy.references.find((x) => x.id === c.sources[0]!.ref)!;
  const live: LiveCheck = { status: "not-found", finalUrl: null, httpStatus: 404, title: null, date: null, site: null, checkedAt: "2026-11-27T12:00:00.000Z", archiveUrl: `https://web.archive.org/web/*/${dead.url}` };
  dead.live = live;
  return copy;
}

const clickClaim = () => win.document.dispatchEvent(new win.MouseEvent("click", { clientX: 10, clientY: 10, bubbles: true }));
const cardText = () => collapse(shadow()?.textContent ?? "");

describe("the hover card of a checked claim", () => {
  it("quotes each source's verdict and passage and the link's status", async () => {
    const r = checked(report);
    await session.draw(r);
    clickClaim();
    expect(win.document.querySelector<HTMLElement>("sourcelight-card")?.hidden).toBe(false);
    const text = cardText();
    expect(text).toContain("The source says this");
    expect(text).toContain("Not found (404)");
    // Each verdict sits under its own source: the dead link's source says it, the other one partly.
    const [first, second] = [...(shadow()?.querySelectorAll("li") ?? [])].map((li) => collapse(li.textContent ?? ""));
    expect(first).toMatch(/Not found \(404\).*The source says this/);
    expect(first).not.toContain("part of this");
    expect(second).toContain("The source says part of this");
    expect(second).toContain("Only the number 6,000 appears here.");
    expect(second).not.toContain("Not found");
  });

  it("reads the same from the page report the background sends as from the whole report", async () => {
    const r = checked(report);
    const cited = r.references.find((x) => x.id === claim.sources[0]!.ref)!;
    cited.title = null; // the card shows the entry's start instead
    await session.draw(r);
    clickClaim();
    const whole = cardText();
    const page = pageReportOf(r);
    expect(isPageReport(page)).toBe(true);
    expect(JSON.stringify(page).length).toBeLessThan(JSON.stringify(r).length * 0.8);
    await session.draw(page);
    clickClaim();
    expect(cardText()).toBe(whole);
    expect(whole).toContain(cited.raw.slice(0, 40));
  });

  it("shows a hostile passage as text, never as HTML", async () => {
    await session.draw(checked(report));
    clickClaim();
    const quote = shadow()?.querySelector("blockquote");
    expect(quote?.textContent).toBe(HOSTILE_PASSAGE);
    expect(shadow()?.querySelector("img, script")).toBeNull();
    expect((win as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it("says nothing of verdicts before a check, and ignores values this version does not know", async () => {
    await session.draw(report);
    clickClaim();
    expect(cardText()).not.toMatch(/The source|Link works|Not found/);
    expect(shadow()?.querySelector("blockquote")).toBeNull();
    const odd = structuredClone(report);
    const c = odd.claims.find((x) => x.id === claim.id)!;
    Object.assign(c.sources[0]!, { support: "<b>maybe</b>", passage: "should not show" });
    Object.assign(odd.references.find((x) => x.id === c.sources[0]!.ref)!, { live: { status: "teapot" } });
    await session.draw(odd);
    clickClaim();
    expect(cardText()).not.toContain("should not show");
    expect(cardText()).not.toContain("maybe");
    expect(cardText()).not.toContain("undefined");
  });

  it("lists the claim's parts ✓ / ✗ under their source, each with the sentence that shows it, also from the page report", async () => {
    const r = checked(report);
    const c = r.claims.find((x) => x.id === claim.id)!;
    c.sources[1]!.parts = [
      { text: "6,000", found: true, passage: "Only the number 6,000 appears here." },
      { text: "North Korean troops", found: false, passage: null },
      { text: "Moscow", found: true, passage: "Moscow confirmed the move." },
      ...Array.from({ length: 5 }, (_, i) => ({ text: `part ${i}`, found: i % 2 === 0, passage: null })),
    ];
    for (const drawn of [r, pageReportOf(r)]) {
      await session.draw(drawn);
      clickClaim();
      const [first, second] = [...(shadow()?.querySelectorAll(".card > ul > li") ?? [])];
      expect(first?.querySelector(".parts")).toBeNull(); // its verdict came without parts
      const list = second?.querySelector(".parts");
      expect(list?.getAttribute("aria-label")).toBe("Part by part");
      const lines = [...(list?.querySelectorAll("li") ?? [])].map((li) => li.textContent);
      // The verdict's passage already quotes the first part's sentence: it is not repeated under it.
      expect(lines.slice(0, 3)).toEqual(["✓backed: 6,000", "✗not backed: North Korean troops", "✓backed: MoscowMoscow confirmed the move."]);
      expect(lines).toHaveLength(5);
      expect(list?.querySelector(".part-missing .mark")?.getAttribute("aria-hidden")).toBe("true");
      expect(collapse(second?.textContent ?? "")).toContain("and 3 more in the popup");
    }
  });

  it("clips a very long passage", async () => {
    const r = checked(report);
    r.claims.find((x) => x.id === claim.id)!.sources[0]!.passage = "word ".repeat(500);
    await session.draw(r);
    clickClaim();
    const quote = shadow()?.querySelector("blockquote")?.textContent ?? "";
    expect(quote.length).toBeLessThanOrEqual(400);
    expect(quote.endsWith("…")).toBe(true);
  });
});

describe("saved copies of a broken link", () => {
  const links = () => [...(shadow()?.querySelectorAll<HTMLAnchorElement>("a") ?? [])];

  it("links the dead source's saved copies, opened apart from the page, and nothing else", async () => {
    const r = checked(report);
    await session.draw(r);
    clickClaim();
    const [first, second] = [...(shadow()?.querySelectorAll("li") ?? [])];
    const a = first?.querySelector<HTMLAnchorElement>("a.archive");
    const dead = r.references.find((x) => x.live)!;
    expect(a?.textContent).toBe("Saved copies");
    expect(a?.getAttribute("href")).toBe(`https://web.archive.org/web/*/${dead.url}`);
    expect(a?.target).toBe("_blank");
    expect(a?.rel).toBe("noopener noreferrer");
    expect(collapse(first?.textContent ?? "")).toContain("Not found (404) · Saved copies");
    expect(second?.querySelector("a")).toBeNull(); // its link was not found broken
    expect(links()).toHaveLength(1);
  });

  it("shows no link for an archive URL that is not plain http(s)", async () => {
    for (const bad of ["javascript:alert(1)", "data:text/html,<b>x</b>", "//web.archive.org/web/*/x", "https://user:pw@web.archive.org/x"]) {
      const r = checked(report);
      r.references.find((x) => x.live)!.live!.archiveUrl = bad;
      await session.draw(r);
      clickClaim();
      expect(cardText()).toContain("Not found (404)");
      expect(links(), bad).toEqual([]);
      expect(cardText()).not.toContain("Saved copies");
    }
  });
});

describe("update: the page's drawing gets the checked report", () => {
  it("redraws with the drawing's options, and the card then shows the verdicts", async () => {
    const options = { style: "underline" as const, unsourced: true };
    const first = await session.draw(report, options);
    expect(first.unsourced).toBeGreaterThan(0);
    clickClaim();
    expect(cardText()).not.toContain("The source says this");
    const updated = await session.update(checked(report));
    expect(updated).toEqual(first); // the same claims, unsourced ones too: the drawing's options were kept
    clickClaim();
    expect(cardText()).toContain("The source says this");
    expect(win.document.querySelectorAll("sourcelight-card")).toHaveLength(1);
  });

  it("draws nothing when nothing is drawn or the report is another page's", async () => {
    expect(await session.update(checked(report))).toBeNull();
    expect(win.document.querySelector("sourcelight-mark")).toBeNull();
    await session.draw(report);
    expect(await session.update({ ...checked(report), url: "https://elsewhere.example/a" })).toBeNull();
    session.clear();
    expect(await session.update(checked(report))).toBeNull();
    expect(win.document.querySelector("sourcelight-mark")).toBeNull();
  });
});
