/** Sourced claims the page no longer shows (it changed, or hides them): listed rather than lost. */
import type { Report } from "../../report";
import { t } from "../../platform/i18n";

/** The list of claims with ids in `missing` (nothing when empty). */
export function NotPlacedList({ report, missing }: { report: Report; missing: string[] }) {
  if (missing.length === 0) return null;
  const byId = new Map(report.claims.map((c) => [c.id, c]));
  const claims = missing.map((id) => byId.get(id)).filter((c) => c !== undefined);
  return (
    <section aria-labelledby="not-placed-heading" class="not-placed">
      <h2 id="not-placed-heading">{t("notPlacedHeading")}</h2>
      <p class="note">{t("claimsNotPlaced", missing.length)}</p>
      <p class="muted small">{t("notPlacedHint")}</p>
      <ul class="claims">
        {claims.map((c) => (
          <li key={c.id} class="claim">
            {c.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
