/** A verdict's parts, each ✓ (the source backs it) or ✗, with the source sentence that shows it. */
import type { SupportPart } from "../../report";
import { t } from "../../platform/i18n";

export interface SupportPartsProps {
  parts: SupportPart[];
}

/** The list of parts; nothing when the verdict has none. */
export function SupportParts({ parts }: SupportPartsProps) {
  if (!parts.length) return null;
  return (
    <ul class="parts small" aria-label={t("partsHeading")}>
      {parts.map((p, i) => (
        <li key={i} class={p.found ? "part-found" : "part-missing"}>
          <span class="mark" aria-hidden="true">
            {p.found ? "✓" : "✗"}
          </span>
          <span class="visually-hidden">{t(p.found ? "partFound" : "partMissing")}: </span>
          <span class="part-text">{p.text}</span>
          {p.passage && <q class="part-passage">{p.passage}</q>}
        </li>
      ))}
    </ul>
  );
}
