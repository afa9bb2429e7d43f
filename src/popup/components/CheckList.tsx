/** A list of checks, each with its severity in words (not colour alone). */
import type { Check, Severity } from "../../report";
import { t, type MessageKey } from "../../platform/i18n";

const SEVERITY: Record<Severity, MessageKey> = { info: "severityInfo", warning: "severityWarning", error: "severityError" };

/** Renders `checks` (nothing when empty). */
export function CheckList({ checks }: { checks: Check[] }) {
  if (checks.length === 0) return null;
  return (
    <ul class="checks">
      {checks.map((c, i) => (
        <li key={`${c.code}-${i}`} class={`check ${c.severity}`} data-code={c.code}>
          <span class="severity">{t(SEVERITY[c.severity])}</span> {c.message}
        </li>
      ))}
    </ul>
  );
}
