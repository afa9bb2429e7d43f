/**
 * Which claims the page shows, from the reader's density setting. A long article with a
 * highlight on every sourced sentence can be more noise than help; the reader may ask for
 * only the claims with a problem, or for one highlight per source. Pure, so the choice is
 * tested apart from the drawing.
 *
 * - `all`: every claim with a source.
 * - `warnings`: only claims with a problem: a warning or error on the claim itself or on one
 *   of the sources it cites (informational notes such as tracking parameters do not count).
 * - `minimal`: one highlight per source: the first claim, in page order, that cites it.
 *
 * Claims without a source are added on top when the reader asks for them (`unsourced`),
 * whatever the density: that toggle is its own request. With `all`, so are claims backed only
 * through a sourced key point that restates them (`via`).
 */
import type { Density, DrawOptions } from "../messages";
import type { PageClaim, PageReport } from "../page-report";
import type { Check } from "../report";

const isProblem = (c: Check) => c.severity !== "info";

/** The claims to draw for `options`, in report order. */
export function selectClaims(report: PageReport, options: Pick<DrawOptions, "unsourced" | "density">): PageClaim[] {
  const refs = new Map(report.references.map((r) => [r.id, r]));
  const citesKnown = (c: PageClaim) => c.sources.some((s) => refs.has(s.ref));
  const keep = densityFilter(options.density ?? "all", refs);
  // A claim backed only through a key point that restates it ("via") shows with every claim.
  const viaKnown = (c: PageClaim) => (options.density ?? "all") === "all" && (c.via ?? []).some((v) => refs.has(v.ref));
  return report.claims.filter((c) => (citesKnown(c) ? keep(c) : viaKnown(c) || (options.unsourced && c.kind !== "heading")));
}

type Refs = ReadonlyMap<string, PageReport["references"][number]>;

/** A predicate over sourced claims, visited in report order (`minimal` remembers what it saw). */
function densityFilter(density: Density, refs: Refs): (c: PageClaim) => boolean {
  switch (density) {
    case "all":
      return () => true;
    case "warnings":
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
