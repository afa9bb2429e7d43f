/** A site's text field and "Add" button, shared by the site lists; refuses what is not a site. */
import { useState } from "preact/hooks";
import { t, type MessageKey } from "../../platform/i18n";
import { normalizeHost } from "../../platform/settings";

export interface HostFormProps {
  /** The field's id (unique on the page). */
  id: string;
  label: MessageKey;
  /** Called inside the submit event (a user gesture: a permission may be asked for here) with the normalised host. */
  onAdd: (host: string) => void;
}

/** The form. */
export function HostForm({ id, label, onAdd }: HostFormProps) {
  const [draft, setDraft] = useState("");
  const [invalid, setInvalid] = useState(false);
  const add = (e: Event) => {
    e.preventDefault();
    const host = normalizeHost(draft);
    setInvalid(host === "");
    if (!host) return;
    onAdd(host);
    setDraft("");
  };
  return (
    <>
      <form class="row" onSubmit={add}>
        <label for={id} class="small">
          {t(label)}
        </label>
        <input id={id} type="text" value={draft} aria-invalid={invalid} aria-describedby={invalid ? `${id}-error` : undefined} onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)} />
        <button type="submit">{t("addSite")}</button>
      </form>
      {invalid && (
        <p id={`${id}-error`} class="error small" role="alert">
          {t("siteInvalid")}
        </p>
      )}
    </>
  );
}
