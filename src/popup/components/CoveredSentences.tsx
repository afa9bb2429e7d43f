/**
 * What a summary point covers: the body sentences that say the same thing (`covers`), each
 * scrolling the page to itself, and for a sourced point the line each covered sentence is backed
 * through ("Backed through key point 1 → [1] 38 North"). Also that line alone, for a claim in
 * the claims list. Part of the covers chunk (../covers-ui.ts): an opening without covers loads none of it.
 */
import type { Report, ReportClaim, ReportReference } from "../../report";
import { t } from "../../platform/i18n";

export interface CoveredSentencesProps {
  report: Report;
  /** The point's index in `report.summary`. */
  index: number;
  onFocusClaim: (claimId: string) => void;
}

/** "[1] 38 North": a reference as one line names it. */
function refName(ref: ReportReference | undefined, id: string): string {
  if (!ref) return id;
  const name = ref.outlet ?? ref.title ?? ref.raw.slice(0, 60);
  return ref.label ? `[${ref.label}] ${name}` : name;
}

/** The point's covered sentences in a disclosure; nothing when it covers none. */
export function CoveredSentences({ report, index, onFocusClaim }: CoveredSentencesProps) {
  const ids = report.summary[index]?.covers ?? [];
  const claims = new Map(report.claims.map((c) => [c.id, c]));
  const covered = ids.map((id) => claims.get(id)).filter((c): c is ReportClaim => c !== undefined);
  if (!covered.length) return null;
  return (
    <details class="cited-by covers">
      <summary>{t("coversSummary", covered.length)}</summary>
      <ul>
        {covered.map((c) => (
          <li key={c.id}>
            <button type="button" class="linklike" title={t("showInPage")} onClick={() => onFocusClaim(c.id)}>
              {c.text}
            </button>
            <ViaNote report={report} claim={c} point={index} />
          </li>
        ))}
      </ul>
    </details>
  );
}

export interface ViaNoteProps {
  report: Report;
  claim: ReportClaim;
  /** Only the links through this point (all of them when absent). */
  point?: number;
}

/** "Backed through key point N → source" for each sourced point restating `claim`. */
export function ViaNote({ report, claim, point }: ViaNoteProps) {
  const via = (claim.via ?? []).filter((v) => point === undefined || v.point === point);
  if (!via.length) return null;
  const refs = new Map(report.references.map((r) => [r.id, r]));
  return (
    <>
      {via.map((v) => (
        <p key={`${v.point}-${v.ref}`} class="via small muted">
          {t("cardVia", v.point + 1, refName(refs.get(v.ref), v.ref))}
        </p>
      ))}
    </>
  );
}
