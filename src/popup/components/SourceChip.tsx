/** A small chip naming one source of a point; activating it moves focus to that source. */
import type { ReportReference } from "../../report";
import { t } from "../../platform/i18n";

/** Short text on the chip: the reference's label, else its outlet, else its id. */
export function chipText(ref: ReportReference): string {
  return ref.label ?? ref.outlet ?? ref.id;
}

/** One chip; its title and accessible name tell which source it is. */
export function SourceChip({ reference }: { reference: ReportReference }) {
  const name = reference.title ?? reference.outlet ?? reference.raw.slice(0, 80);
  const label = t("chipLabel", chipText(reference), name);
  return (
    <a class="chip" href={`#source-${reference.id}`} title={label} aria-label={label}>
      {chipText(reference)}
      {reference.outlet && reference.label && <span class="chip-outlet"> {reference.outlet}</span>}
    </a>
  );
}
