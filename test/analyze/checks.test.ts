import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index";
import type { Report } from "../../src/report";
import { memoUrlChecks } from "../../src/analyze/url-checks";
import { para, ref, snapshot } from "./helpers";

const link = (href: string, text = href) => ({ href, text });
const codesOf = (r: Report, id: string) => r.references.find((x) => x.id === id)!.checks.map((c) => c.code);

/** One article citing each of `refs` from its own sentence (so none is uncited unless meant). */
function report(refs: ReturnType<typeof ref>[], extra: Parameters<typeof snapshot>[0] = {}) {
  const blocks = refs.map((r, i) => para(`Sentence number ${i} about the harbour.[${r.id}]`));
  return analyze(snapshot({ blocks, references: refs, ...extra }));
}

describe("reference checks", () => {
  it("url-missing only for entries without a link", () => {
    const r = report([ref("r1", `"A book about ferries" - Tide Press - 2010`), ref("r2", `"Ferries" - Tide Post - 2010`, { links: [link("https://tidepost.example/ferries-story-today")] })]);
    expect(codesOf(r, "r1")).toContain("url-missing");
    expect(codesOf(r, "r2")).not.toContain("url-missing");
  });

  it("url-malformed for a missing scheme, spaces or a bad host; not for DOI links", () => {
    const r = report([
      ref("r1", `"Tide tables for winter" - Tide Post - 2024 (tidepost.example/tide-tables-winter)`),
      ref("r2", `"Tides" - Tide Post`, { links: [link("https://tide post.example/a b")] }),
      ref("r3", `"Tides" - Tide Post`, { links: [link("https://tidepost/tides")] }),
      ref("r4", `"Tidal flows in estuaries" - Sea Journal`, { links: [link("https://doi.org/10.3847%2F1538-3881%2Fab3c5f")] }),
    ]);
    expect(codesOf(r, "r1")).toContain("url-malformed");
    expect(r.references[0]!.checks.find((c) => c.code === "url-malformed")!.message).toMatch(/no scheme/);
    expect(codesOf(r, "r2")).toContain("url-malformed");
    expect(codesOf(r, "r3")).toContain("url-malformed");
    expect(codesOf(r, "r4")).not.toContain("url-malformed");
  });

  it("url-unsafe for javascript:, data: and vbscript:, even with hidden whitespace", () => {
    const r = report([
      ref("r1", `"Tides" - X`, { links: [link("java\tscript:alert(1)")] }),
      ref("r2", `"Tides" - X`, { links: [link("data:text/html,hi")] }),
      ref("r3", `"Tides" - X`, { links: [link("https://safe.example/tides-today-report")] }),
    ]);
    expect(codesOf(r, "r1")).toContain("url-unsafe");
    expect(codesOf(r, "r2")).toContain("url-unsafe");
    expect(codesOf(r, "r3")).not.toContain("url-unsafe");
  });

  it("url-date-mismatch compares at the URL date's precision", () => {
    const r = report([
      ref("r1", `"Storm hits the coast" - Tide Post - December 29, 2024`, { links: [link("https://tidepost.example/20240513-storm-hits-coast/")] }),
      ref("r2", `"Storm hits the coast" - Tide Post - February 3, 2025`, { links: [link("https://tidepost.example/2025/02/storm-hits-coast/")] }),
      ref("r3", `"Storm hits the coast" - Tide Post - October 3, 2024`, { links: [link("https://tidepost.example/news/2024-10-03/storm-hits-coast")] }),
      ref("r4", `"Storm hits the coast" - Tide Post - 9 February 2025`, { links: [link("https://tidepost.example/life/2025/feb/09/storm-hits-coast")] }),
    ]);
    expect(codesOf(r, "r1")).toContain("url-date-mismatch");
    expect(r.references[0]!.checks.find((c) => c.code === "url-date-mismatch")!.message).toBe(
      "The URL says 2024-05-13 but the citation says 29 Dec 2024. Check which date is right; the link may point at a different article.",
    );
    for (const id of ["r2", "r3", "r4"]) expect(codesOf(r, id)).not.toContain("url-date-mismatch");
  });

  it("title-url-mismatch when slug and title share almost nothing; ids, hashes and short slugs are ignored", () => {
    const r = report([
      ref("r1", `"Ferry fares rise again in spring"`, { links: [link("https://post.example/2024/mayor-opens-new-library-branch/")] }),
      ref("r2", `"Ferry fares rise again in spring"`, { links: [link("https://post.example/news/ferry-fares-rise-spring-aB3dE6f9G2hJ")] }),
      ref("r3", `"Ferry fares rise again in spring"`, { links: [link("https://post.example/story/8812345")] }),
      ref("r4", `"Ferry fares rise again in spring"`, { links: [link("https://post.example/fares")] }),
    ]);
    expect(codesOf(r, "r1")).toContain("title-url-mismatch");
    for (const id of ["r2", "r3", "r4"]) expect(codesOf(r, id)).not.toContain("title-url-mismatch");
  });

  it("date-after-article only when the source is dated after the article", () => {
    const r = report([ref("r1", `"Late news" - Tide Post - March 3, 2025`), ref("r2", `"Early news" - Tide Post - March 3, 2024`)], { published: "2025-02-18" });
    expect(codesOf(r, "r1")).toContain("date-after-article");
    expect(codesOf(r, "r2")).not.toContain("date-after-article");
  });

  it("tracking-parameters for utm_*, fbclid and the like, not for ordinary query parameters", () => {
    const r = report([
      ref("r1", `"Tides" - X`, { links: [link("https://x.example/tides-report-winter?utm_source=feed&fbclid=abc")] }),
      ref("r2", `"Tides" - X`, { links: [link("https://x.example/map?city=Duluth&site=DLH")] }),
    ]);
    expect(codesOf(r, "r1")).toContain("tracking-parameters");
    expect(r.references[0]!.checks.find((c) => c.code === "tracking-parameters")!.message).toContain("https://x.example/tides-report-winter");
    expect(codesOf(r, "r2")).not.toContain("tracking-parameters");
  });

  it("duplicate-reference when two entries point at the same work, not otherwise", () => {
    const r = report([
      ref("r1", `"Tides" - X`, { links: [link("https://www.x.example/tides-report/?utm_source=a")] }),
      ref("r2", `"Tides again" - X`, { links: [link("https://x.example/tides-report")] }),
      ref("r3", `"Winds" - X`, { links: [link("https://x.example/winds-report")] }),
    ]);
    expect(codesOf(r, "r1")).toContain("duplicate-reference");
    expect(codesOf(r, "r2")).toContain("duplicate-reference");
    expect(codesOf(r, "r3")).not.toContain("duplicate-reference");
  });

  it("reference-uncited for entries no claim relies on, never for the source line", () => {
    const s = snapshot({
      blocks: [para("Ferries run late.[r1]")],
      references: [ref("r1", `"Ferries" - X`), ref("r2", `"Buses" - Y`), { ...ref("r3", "source: https://origin.example/a?utm_source=Naver", { links: [link("https://origin.example/a?utm_source=Naver")] }), kind: "source-line" }],
      source: { text: "source: https://origin.example/a?utm_source=Naver", url: "https://origin.example/a?utm_source=Naver", ref: "r3" },
    });
    const r = analyze(s);
    expect(codesOf(r, "r1")).not.toContain("reference-uncited");
    expect(codesOf(r, "r2")).toContain("reference-uncited");
    expect(codesOf(r, "r3")).not.toContain("reference-uncited");
    expect(r.article.source!.checks.map((c) => c.code)).toContain("tracking-parameters");
    // The source line is checked once; its reference carries the same URL checks.
    expect(r.references.find((x) => x.id === "r3")!.checks).toEqual(r.article.source!.checks);
  });

  it("memoUrlChecks checks each URL once and hands out fresh arrays", () => {
    const checkUrl = memoUrlChecks();
    const url = "www.origin.example/a?utm_source=feed";
    const first = checkUrl(url);
    const second = checkUrl(url);
    expect(first.map((c) => c.code)).toEqual(["url-malformed", "tracking-parameters"]);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    expect(second[0]).toBe(first[0]);
    expect(checkUrl("https://origin.example/b")).toEqual([]);
  });
});

describe("claim and article checks", () => {
  it("unsourced-attribution for a quote or statement pinned on a named party with no reference", () => {
    const r = analyze(
      snapshot({
        blocks: [
          para('The city government raised an eyebrow, labeling the fare rise as "deeply unfair." Ferries ran late on Monday.'),
          para("According to the Harbour Authority, traffic doubled. The harbour was busy, said Tom Reyes, a fisherman."),
        ],
      }),
    );
    const byText = (t: string) => r.claims.find((c) => c.text.includes(t))!.checks.map((c) => c.code);
    expect(byText("deeply unfair")).toContain("unsourced-attribution");
    expect(byText("According to the Harbour Authority")).toContain("unsourced-attribution");
    expect(byText("Ferries ran late")).toEqual([]);
    expect(byText("said Tom Reyes")).toEqual([]);
  });

  it("no unsourced-attribution when a reference backs the attributed claim (the unnamed officials are still named as such)", () => {
    const r = analyze(snapshot({ blocks: [para('Officials said the pier was "unsafe for now."[r1]')], references: [ref("r1", `"Pier closed" - X`)] }));
    expect(r.claims[0]!.checks.map((c) => c.code)).toEqual(["anonymous-source"]);
  });

  it("duplicate-text names the repeated heading; no-references when nothing is cited", () => {
    const r = analyze(snapshot({ blocks: [para("Ferries return to the bay", "heading"), para("Ferries return to the bay", "heading"), para("The first boat left at dawn today.")] }));
    const dup = r.checks.find((c) => c.code === "duplicate-text")!;
    expect(dup.message).toContain('"Ferries return to the bay" appears twice');
    expect(r.checks.map((c) => c.code)).toContain("no-references");
    const clean = analyze(snapshot({ blocks: [para("Ferries return.[r1]")], references: [ref("r1", `"Ferries" - X`)] }));
    expect(clean.checks).toEqual([]);
  });

  it("returns an empty report with the reason when no article was found", () => {
    const r = analyze(snapshot({ found: false, reason: "This page is a search form." }));
    expect(r).toMatchObject({ article: { found: false, reason: "This page is a search form." }, claims: [], references: [], checks: [] });
  });
});

describe("entries citing entries", () => {
  it("keeps `cites` that name known entries, and a bibliography entry a cited note points at is not uncited", () => {
    const r = analyze(
      snapshot({
        blocks: [para("The light was moved twice.[r1]")],
        references: [
          { ...ref("r1", "King 2003, p. 41."), cites: ["r2", "r9", "r1"] },
          ref("r2", "King, Michael (2003). A History of the Harbour. Auckland: Tide Press."),
          ref("r3", "Varga, Eszter (2016). Kerbs and Their Enemies. Pest: Kerb Press."),
        ],
      }),
    );
    expect(r.references.map((x) => x.cites)).toEqual([["r2"], undefined, undefined]);
    expect(codesOf(r, "r2")).not.toContain("reference-uncited");
    expect(codesOf(r, "r3")).toContain("reference-uncited");
  });
});
