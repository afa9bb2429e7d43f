/** Whether each checked source says what the claim says, with the passage that shows it and the claim's parts ✓ / ✗. */
import type { ClaimSource, ReportReference } from "../../report";
import { SUPPORT_TEXT } from "../../platform/check-text";
import { t } from "../../platform/i18n";
import { SupportParts } from "./SupportParts";

export interface SupportNotesProps {
  sources: ClaimSource[];
  refs: Map<string, ReportReference>;
}

/** The verdicts of a claim's checked sources; nothing before a check. */
export function SupportNotes({ sources, refs }: SupportNotesProps) {
  const judged = sources.filter((s) => s.support !== undefined);
  if (!judged.length) return null;
  return (
    <ul class="support">
      {judged.map((s) => {
        const r = refs.get(s.ref);
        const name = r ? [r.label && `[${r.label}]`, r.outlet ?? r.title].filter(Boolean).join(" ") : s.ref;
        return (
          <li key={s.ref} class={`support-${s.support}`}>
            <span class="small">
              {name}: <strong>{t(SUPPORT_TEXT[s.support!])}</strong>
            </span>
            {s.passage && <blockquote class="passage small">{s.passage}</blockquote>}
            {s.parts && <SupportParts parts={s.parts} passage={s.passage} />}
          </li>
        );
      })}
    </ul>
  );
}
