/**
 * "Who says so": the article's speakers with their role, kind and number of statements; each
 * opens to its statements, and a statement scrolls the page to the sentence that holds it.
 * Part of the popup's "Who says so" chunk (../who-says-ui.ts).
 */
import type { Quote, SpeakerKind } from "../../report";
import { t, type MessageKey } from "../../platform/i18n";
import { groupSpeakers, kindCounts, KIND_ORDER, type SpeakerGroup } from "../../format/speakers";

export interface SpeakerListProps {
  quotes: readonly Quote[];
  onFocusClaim: (claimId: string) => void;
}

const KIND_TEXT: Record<SpeakerKind, MessageKey> = {
  person: "whoKindPerson",
  organization: "whoKindOrganization",
  document: "whoKindDocument",
  anonymous: "whoKindAnonymous",
  unknown: "whoKindUnknown",
};

/** The "Who says so" section: the speakers and their statements. */
export function SpeakerList({ quotes, onFocusClaim }: SpeakerListProps) {
  const groups = groupSpeakers(quotes);
  const counts = kindCounts(groups);
  const summary = KIND_ORDER.filter((k) => counts[k] > 0)
    .map((k) => `${t(KIND_TEXT[k])} ${counts[k]}`)
    .join(" · ");
  return (
    <section aria-labelledby="who-heading" id="who-says">
      <h2 id="who-heading">{t("whoHeading")}</h2>
      <p class="muted small">{t("whoSummary", quotes.length, groups.length, summary)}</p>
      <ul class="speakers">
        {groups.map((g, i) => (
          <Speaker key={`${g.kind}-${g.speaker ?? ""}-${i}`} group={g} onFocusClaim={onFocusClaim} />
        ))}
      </ul>
    </section>
  );
}

function Speaker({ group: g, onFocusClaim }: { group: SpeakerGroup; onFocusClaim: (claimId: string) => void }) {
  const name = g.speaker ?? t("whoUnnamed");
  return (
    <li class={`speaker speaker-${g.kind}`}>
      <details>
        <summary>
          <span class="speaker-name">{name}</span>
          {g.role && <span class="speaker-role">, {g.role}</span>}
          <span class={`kind kind-${g.kind}`}>{t(KIND_TEXT[g.kind])}</span>
          <span class="count">{g.quotes.length === 1 ? t("whoOneStatement") : t("whoStatements", g.quotes.length)}</span>
        </summary>
        <ul class="said">
          {g.quotes.map((q) => (
            <li key={q.id} data-quote={q.id}>
              <button type="button" class="linklike" title={t("showInPage")} onClick={() => onFocusClaim(q.claim)}>
                {q.direct ? `“${q.text}”` : q.text}
              </button>
              {q.cue && <span class="muted small"> · {q.cue}</span>}
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}
