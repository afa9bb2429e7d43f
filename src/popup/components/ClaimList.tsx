/**
 * The article's claims with a filter: all, unsourced, with warnings, or those of one source.
 * Each claim scrolls the page to itself; its chips name its sources. A long list shows
 * `CLAIMS_PAGE` claims at a time behind a "Show more" button (a page with hundreds of
 * claims would otherwise render them all at once); changing the filter starts again.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import type { Report } from "../../report";
import { t } from "../../platform/i18n";
import { filterClaims, filterCounts, type ClaimFilter } from "../claim-filter";
import { CheckList } from "./CheckList";
import { CheckPart } from "./CheckPart";
import { CoversPart } from "./CoversPart";
import { SourceChips } from "./SourceChips";
import { citedReferences } from "./SourceList";

export interface ClaimListProps {
  report: Report;
  filter: ClaimFilter;
  onFilter: (filter: ClaimFilter) => void;
  onFocusClaim: (claimId: string) => void;
}

/** How many claims the list shows at first, and how many more each "Show more" adds. */
export const CLAIMS_PAGE = 50;

/** Claims section. */
export function ClaimList({ report, filter, onFilter, onFocusClaim }: ClaimListProps) {
  const refs = new Map(report.references.map((r) => [r.id, r]));
  const counts = filterCounts(report);
  const cited = citedReferences(report).filter((r) => r.citedBy.length > 0);
  const matching = filterClaims(report, filter);
  const [limit, showMore, list] = usePaging(filter.kind === "source" ? `source:${filter.ref}` : filter.kind);
  const shown = matching.slice(0, limit);
  const sourceRef = filter.kind === "source" ? filter.ref : (cited[0]?.id ?? "");
  const radio = (kind: ClaimFilter["kind"], label: string, next: ClaimFilter) => (
    <label class="filter">
      <input type="radio" name="claim-filter" value={kind} checked={filter.kind === kind} onChange={() => onFilter(next)} />
      {label}
    </label>
  );
  return (
    <section aria-labelledby="claims-heading" id="claims">
      <h2 id="claims-heading">{t("claimsHeading")}</h2>
      <fieldset class="filters">
        <legend class="small muted">{t("filterLegend")}</legend>
        {radio("all", t("filterAll", counts.all), { kind: "all" })}
        {radio("unsourced", t("filterUnsourced", counts.unsourced), { kind: "unsourced" })}
        {radio("warnings", t("filterWarnings", counts.warnings), { kind: "warnings" })}
        {cited.length > 0 && radio("source", t("filterSource"), { kind: "source", ref: sourceRef })}
        {filter.kind === "source" && (
          <label class="filter-source">
            <span class="small muted">{t("filterSourcePick")}</span>
            <select value={filter.ref} onChange={(e) => onFilter({ kind: "source", ref: (e.currentTarget as HTMLSelectElement).value })}>
              {cited.map((r) => (
                <option key={r.id} value={r.id}>
                  {[r.label, r.title ?? r.outlet ?? r.raw.slice(0, 60)].filter(Boolean).join(" ")}
                </option>
              ))}
            </select>
          </label>
        )}
      </fieldset>
      {shown.length === 0 && <p class="muted small">{t("claimsNone")}</p>}
      <ul class="claims" aria-live="polite" ref={list}>
        {shown.map((c) => (
          <li key={c.id} class="claim" data-claim={c.id}>
            <button type="button" class="linklike" title={t("showInPage")} onClick={() => onFocusClaim(c.id)}>
              {c.text}
            </button>
            <SourceChips sources={c.sources} refs={refs} emptyLabel="claimNoSource" tipPrefix={`tip-${c.id}`} />
            {c.via?.length ? <CoversPart name="ViaNote" props={{ report, claim: c }} /> : null}
            {c.sources.some((s) => s.support !== undefined) && <CheckPart name="SupportNotes" props={{ sources: c.sources, refs }} quiet />}
            <CheckList checks={c.checks} />
          </li>
        ))}
      </ul>
      {matching.length > shown.length && (
        <button type="button" class="more" onClick={showMore}>
          {t("claimsShowMore", Math.min(CLAIMS_PAGE, matching.length - shown.length), shown.length, matching.length)}
        </button>
      )}
    </section>
  );
}

/**
 * How many claims to show for the filter named `key` (back to one page when it changes), the
 * "Show more" action, and the list's ref: after showing more, focus moves to the first new
 * claim, so a keyboard reader goes on reading where the list grew.
 */
function usePaging(key: string): [number, () => void, { current: HTMLUListElement | null }] {
  const [paging, setPaging] = useState({ key, limit: CLAIMS_PAGE });
  const focusAt = useRef<number | null>(null);
  const list = useRef<HTMLUListElement | null>(null);
  const limit = paging.key === key ? paging.limit : CLAIMS_PAGE;
  useEffect(() => {
    if (focusAt.current === null) return;
    list.current?.querySelectorAll<HTMLButtonElement>(":scope > li > button")[focusAt.current]?.focus();
    focusAt.current = null;
  }, [limit]);
  const showMore = () => {
    focusAt.current = limit;
    setPaging({ key, limit: limit + CLAIMS_PAGE });
  };
  return [limit, showMore, list];
}
