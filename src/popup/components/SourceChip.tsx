/**
 * A small chip naming one source of a point or claim. Hover or keyboard focus shows the
 * reference (title, outlet, date, domain) in a tooltip; activating it moves focus to that source.
 */
import type { ReportReference } from "../../report";
import { t } from "../../platform/i18n";
import { displayDomain } from "../safe-url";

/** Short text on the chip: the reference's label, else its outlet, else its id. */
export function chipText(ref: ReportReference): string {
  return ref.label ?? ref.outlet ?? ref.id;
}

export interface SourceChipProps {
  reference: ReportReference;
  /** Unique id of the tooltip in the popup (a chip may appear in several lists). */
  tipId: string;
}

/** One chip with its tooltip. */
export function SourceChip({ reference, tipId }: SourceChipProps) {
  const name = reference.title ?? reference.outlet ?? reference.raw.slice(0, 80);
  const outlet = reference.outlet && reference.label ? reference.outlet : null;
  // The accessible name holds the visible text as it reads ("1 38 North"), so speech input finds it.
  const label = t("chipLabel", [chipText(reference), outlet].filter(Boolean).join(" "), name);
  const meta = [reference.outlet, reference.date, displayDomain(reference.url)].filter(Boolean).join(" · ");
  return (
    <span class="chip-wrap">
      <a class="chip" href={`#source-${reference.id}`} aria-label={label} aria-describedby={tipId}>
        {chipText(reference)}
        {outlet && <span class="chip-outlet"> {outlet}</span>}
      </a>
      <span class="tip" role="tooltip" id={tipId}>
        <span class="tip-title">{name}</span>
        {meta && <span class="tip-meta">{meta}</span>}
      </span>
    </span>
  );
}
