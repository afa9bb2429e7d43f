/** A verdict's parts, each ✓ (the source backs it) or ✗, with the source sentence that shows it. */
import type { SupportPart } from "../../report";
import { t } from "../../platform/i18n";

export interface SupportPartsProps {
  parts: SupportPart[];
  /** The verdict's own passage, not quoted again under a part. */
  passage?: string;
}

/** The sentence to show under each part: none when the verdict's passage or the part before already quotes it. */
function shownPassages(parts: SupportPart[], passage = ""): (string | null)[] {
  let quoted = passage;
  return parts.map((p) => {
    if (!p.passage || quoted.includes(p.passage)) return null;
    quoted = p.passage;
    return p.passage;
  });
}

/** The list of parts; nothing when the verdict has none. */
export function SupportParts({ parts, passage }: SupportPartsProps) {
  if (!parts.length) return null;
  const shown = shownPassages(parts, passage);
  return (
    <ul class="parts small" aria-label={t("partsHeading")}>
      {parts.map((p, i) => (
        <li key={i} class={p.found ? "part-found" : "part-missing"}>
          <span class="mark" aria-hidden="true">
            {p.found ? "✓" : "✗"}
          </span>
          <span class="visually-hidden">{t(p.found ? "partFound" : "partMissing")}: </span>
          <span class="part-text">{p.text}</span>
          {shown[i] && <q class="part-passage">{shown[i]}</q>}
        </li>
      ))}
    </ul>
  );
}
