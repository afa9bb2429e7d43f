/**
 * The article's claims with a filter: all, unsourced, with warnings, or those of one source.
 * Each claim scrolls the page to itself; its chips name its sources.
 */
import type { Report } from "../../report";
import { t } from "../../platform/i18n";
import { filterClaims, filterCounts, type ClaimFilter } from "../claim-filter";
import { CheckList } from "./CheckList";
import { SourceChips } from "./SourceChips";
import { SupportNotes } from "./SupportNotes";
import { citedReferences } from "./SourceList";

export interface ClaimListProps {
  report: Report;
  filter: ClaimFilter;
  onFilter: (filter: ClaimFilter) => void;
  onFocusClaim: (claimId: string) => void;
}

/** Claims section. */
export function ClaimList({ report, filter, onFilter, onFocusClaim }: ClaimListProps) {
  const refs = new Map(report.references.map((r) => [r.id, r]));
  const counts = filterCounts(report);
  const cited = citedReferences(report).filter((r) => r.citedBy.length > 0);
  const shown = filterClaims(report, filter);
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
      <ul class="claims" aria-live="polite">
        {shown.map((c) => (
          <li key={c.id} class="claim" data-claim={c.id}>
            <button type="button" class="linklike" title={t("showInPage")} onClick={() => onFocusClaim(c.id)}>
              {c.text}
            </button>
            <SourceChips sources={c.sources} refs={refs} emptyLabel="claimNoSource" tipPrefix={`tip-${c.id}`} />
            <SupportNotes sources={c.sources} refs={refs} />
            <CheckList checks={c.checks} />
          </li>
        ))}
      </ul>
    </section>
  );
}
