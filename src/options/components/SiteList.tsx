/** One list of sites on the options page: each host with its button to take it off the list. */
import type { ComponentChildren } from "preact";
import { t, type MessageKey } from "../../platform/i18n";

export interface SiteListProps {
  sites: string[];
  /** Said when the list is empty. */
  none: MessageKey;
  /** The remove button's text, given the host. */
  remove: MessageKey;
  onRemove: (host: string) => void;
  /** What else a host's line says or offers (a site's state), after its name. */
  extra?: (host: string) => ComponentChildren;
}

/** The list, or the sentence that it is empty. */
export function SiteList({ sites, none, remove, onRemove, extra }: SiteListProps) {
  return (
    <>
      {sites.length === 0 && <p class="muted small">{t(none)}</p>}
      <ul class="sites">
        {sites.map((host) => (
          <li key={host}>
            <span>{host}</span>
            {extra?.(host)}
            <button type="button" onClick={() => onRemove(host)}>
              {t(remove, host)}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
