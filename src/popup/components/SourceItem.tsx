/**
 * One source: label, title, outlet, date, domain, its checks, an open button only for safe
 * http(s) URLs, and the claims that cite it. All text is rendered as text, never as HTML.
 */
import type { ReportClaim, ReportReference } from "../../report";
import { t, type MessageKey } from "../../platform/i18n";
import { displayDomain, openableUrl } from "../safe-url";
import { useModule } from "../lazy";
import { sourceTypes, type SourceType } from "../source-type-chunk";
import { CheckList } from "./CheckList";
import { CheckPart } from "./CheckPart";

export interface SourceItemProps {
  reference: ReportReference;
  citing: ReportClaim[];
  onFocusClaim: (claimId: string) => void;
  /** Filters the claim list to this source's claims. */
  onShowClaims?: (refId: string) => void;
}

const TYPE_TEXT: Record<SourceType, MessageKey> = {
  news: "typeNews",
  journal: "typeJournal",
  book: "typeBook",
  report: "typeReport",
  government: "typeGovernment",
  wiki: "typeWiki",
  web: "typeWeb",
};

/** One entry of the sources list. */
export function SourceItem({ reference: r, citing, onFocusClaim, onShowClaims }: SourceItemProps) {
  // The type's rules load just after the list (source-type-chunk.ts); the label follows them.
  const types = useModule(sourceTypes);
  const type = types ? t(TYPE_TEXT[types.sourceType(r)]) : null;
  const href = openableUrl(r);
  // A link's own words may be "1" or "here": without a title it says so; an entry shows its text.
  const title = r.title ?? (r.kind === "link" ? t("titleUnknown") : r.raw);
  const meta = [r.outlet, r.date, displayDomain(r.url)].filter(Boolean).join(" · ");
  return (
    <li id={`source-${r.id}`} class="source" tabIndex={-1} data-ref={r.id}>
      <div class="source-head">
        {r.label && <span class="label">{r.label}</span>}
        <span class={r.title || r.kind !== "link" ? "source-title" : "source-title unknown"}>{title}</span>
        {type && (
          <span class="type" title={t("sourceTypeLabel", type)}>
            {type}
          </span>
        )}
      </div>
      <TitleOrigin reference={r} />
      {meta && <p class="meta">{meta}</p>}
      {r.live && <CheckPart name="LiveStatus" props={{ live: r.live }} quiet />}
      <CheckList checks={r.checks} />
      <div class="source-foot">
        {href ? (
          <a class="button small" href={href} target="_blank" rel="noopener noreferrer" aria-label={t("openLinkLabel", title)}>
            {t("openLink")}
          </a>
        ) : (
          <span class="muted small">{t("noSafeLink")}</span>
        )}
        <CitedBy citing={citing} onFocusClaim={onFocusClaim} />
        {citing.length > 0 && onShowClaims && (
          <button type="button" class="small" onClick={() => onShowClaims(r.id)}>
            {t("claimsOfSource")}
          </button>
        )}
      </div>
    </li>
  );
}

/** Says when the title is a guess from the address or the article's own words, not the source's title. */
function TitleOrigin({ reference: r }: { reference: ReportReference }) {
  if (!r.title || (r.titleFrom !== "url" && r.titleFrom !== "context")) return null;
  return <p class="title-origin">{t(r.titleFrom === "url" ? "titleGuessed" : "titleFromSentence")}</p>;
}

function CitedBy({ citing, onFocusClaim }: { citing: ReportClaim[]; onFocusClaim: (id: string) => void }) {
  if (citing.length === 0) return <span class="muted small">{t("citedByNone")}</span>;
  return (
    <details class="cited-by">
      <summary>{citing.length === 1 ? t("citedByOne") : t("citedByMany", citing.length)}</summary>
      <ul>
        {citing.map((c) => (
          <li key={c.id}>
            <button type="button" class="linklike" title={t("showInPage")} onClick={() => onFocusClaim(c.id)}>
              {c.text}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
