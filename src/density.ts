/**
 * Which claims the page shows, from the reader's density setting. A long article with a
 * highlight on every sourced sentence can be more noise than help; the reader may ask for
 * only the claims with a problem, or for one highlight per source. Pure, so the choice is
 * tested apart from the drawing.
 *
 * - `auto` (the default): adapts to the page. Where most claims cite something (an
 *   encyclopedia article, a paper), a highlight on every cited claim turns the page yellow
 *   and says nothing the page's own markers do not; there the exceptions are shown: claims
 *   with a problem of their own (a source they need and lack, such as a statement passed
 *   on from someone no reference backs) and claims whose source has a problem. Where few
 *   claims cite anything (most news), every sourced claim is shown, as `all`.
 * - `all`: every claim with a source.
 * - `warnings`: only claims with a problem: a warning or error on the claim itself or on one
 *   of the sources it cites (informational notes such as tracking parameters do not count).
 * - `minimal`: one highlight per source: the first claim, in page order, that cites it.
 *
 * Claims without a source are added on top when the reader asks for them (`unsourced`),
 * whatever the density: that toggle is its own request. With `all`, so are claims backed only
 * through a sourced key point that restates them (`via`).
 */
import type { Density, DrawOptions, DrawResult, HighlightView } from "./messages";
import type { PageClaim, PageReport } from "./page-report";
import type { Check } from "./report";

/** `auto` shows the exceptions when at least this share of the page's claims cite a source. */
export const MOSTLY_SOURCED = 0.5;

const isProblem = (c: Check) => c.severity !== "info";

type Refs = ReadonlyMap<string, PageReport["references"][number]>;

/** A report's references by id. */
export const refsOf = (report: PageReport): Refs => new Map(report.references.map((r) => [r.id, r]));
/** Whether a claim cites a reference of `refs` (a source of its own, not one through a key point). */
export const citesKnown = (c: PageClaim, refs: Refs) => c.sources.some((s) => refs.has(s.ref));

/** Share of the page's claims (headings aside) that cite a known reference; 0 for a page without claims. */
export function sourcedShare(report: PageReport): number {
  const refs = refsOf(report);
  const claims = report.claims.filter((c) => c.kind !== "heading");
  return claims.length ? claims.filter((c) => citesKnown(c, refs)).length / claims.length : 0;
}

/** The view a density draws on `report`, and whether `auto` chose it from the page. */
export function highlightView(report: PageReport, density: Density = "all"): { view: HighlightView; adapted: boolean } {
  if (density !== "auto") return { view: density, adapted: false };
  return { view: sourcedShare(report) >= MOSTLY_SOURCED ? "exceptions" : "all", adapted: true };
}

/** For a drawing's result: the view `auto` chose on this page (nothing when the reader picked one). */
export function adaptedView(report: PageReport, options: Pick<DrawOptions, "density">): Pick<DrawResult, "view" | "adapted"> {
  const { view, adapted } = highlightView(report, options.density);
  return adapted ? { view, adapted } : {};
}

/** The claims to draw for `options`, in report order. */
export function selectClaims(report: PageReport, options: Pick<DrawOptions, "unsourced" | "density">): PageClaim[] {
  const refs = refsOf(report);
  const { view } = highlightView(report, options.density);
  const keep = viewFilter(view, refs);
  // The exceptions include claims that lack a source they need (a problem of their own).
  const unsourced = (c: PageClaim) => c.kind !== "heading" && (options.unsourced || (view === "exceptions" && c.checks.some(isProblem)));
  // A claim backed only through a key point that restates it ("via") shows with every claim.
  const viaKnown = (c: PageClaim) => view === "all" && (c.via ?? []).some((v) => refs.has(v.ref));
  return report.claims.filter((c) => (citesKnown(c, refs) ? keep(c) : viaKnown(c) || unsourced(c)));
}

/** A predicate over sourced claims, visited in report order (`minimal` remembers what it saw). */
function viewFilter(view: HighlightView, refs: Refs): (c: PageClaim) => boolean {
  switch (view) {
    case "all":
      return () => true;
    case "warnings":
    case "exceptions":
      return (c) => c.checks.some(isProblem) || c.sources.some((s) => refs.get(s.ref)?.checks.some(isProblem) ?? false);
    case "minimal": {
      const seen = new Set<string>();
      return (c) => {
        const fresh = c.sources.filter((s) => refs.has(s.ref) && !seen.has(s.ref));
        for (const s of fresh) seen.add(s.ref);
        return fresh.length > 0;
      };
    }
  }
}
