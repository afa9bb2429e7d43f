/** What a source's link gave when checked: its status, the live title and a link to saved copies. */
import type { LiveCheck } from "../../report";
import { LIVE_TEXT } from "../../platform/check-text";
import { t } from "../../platform/i18n";
import { safeHttpUrl } from "../safe-url";

/** One line under a source; nothing when its link was not checked. */
export function LiveStatus({ live }: { live: LiveCheck | undefined }) {
  if (!live) return null;
  const archive = safeHttpUrl(live.archiveUrl);
  const facts = [live.title, live.date, live.site].filter(Boolean).join(" · ");
  return (
    <p class={`live live-${live.status} small`}>
      <strong>{t(LIVE_TEXT[live.status])}</strong>
      {facts && <span class="muted"> · {facts}</span>}
      {archive && (
        <>
          {" · "}
          <a href={archive} target="_blank" rel="noopener noreferrer">
            {t("liveArchive")}
          </a>
        </>
      )}
    </p>
  );
}
