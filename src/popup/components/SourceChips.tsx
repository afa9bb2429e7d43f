/** The chips naming the sources of one claim or point, or a muted "no source" chip. */
import type { ReportClaim, ReportReference } from "../../report";
import { t, type MessageKey } from "../../platform/i18n";
import { SourceChip } from "./SourceChip";

export interface SourceChipsProps {
  sources: ReportClaim["sources"];
  refs: Map<string, ReportReference>;
  /** What the chip says when nothing backs the claim. */
  emptyLabel: MessageKey;
  /** Prefix of each chip's tooltip id, unique within the popup. */
  tipPrefix: string;
}

/** Chips row. */
export function SourceChips({ sources, refs, emptyLabel, tipPrefix }: SourceChipsProps) {
  const cited = sources.map((s) => refs.get(s.ref)).filter((r) => r !== undefined);
  return (
    <div class="chips">
      {cited.length === 0 && <span class="chip none">{t(emptyLabel)}</span>}
      {cited.map((r) => (
        <SourceChip key={r.id} reference={r} tipId={`${tipPrefix}-${r.id}`} />
      ))}
    </div>
  );
}
