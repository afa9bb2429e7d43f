/**
 * Renders one component of the "Check sources" chunk (../check-ui.ts), loading the chunk on
 * first use; meanwhile a "Loading…" status stands in its place (nothing, for a `quiet` part:
 * one line per source would make a screen reader announce dozens). Once loaded, every later
 * render is immediate.
 */
import type { ComponentProps, FunctionComponent } from "preact";
import { useEffect, useState } from "preact/hooks";
import { t } from "../../platform/i18n";
import { checkUiLoaded, loadCheckUi, type CheckUi } from "../check-chunk";

/** The chunk's components. */
type PartName = "CheckStatus" | "LiveStatus" | "SupportNotes";

/** `name` of the chunk with `props`, or a loading status until the chunk has arrived. */
export function CheckPart<K extends PartName>({ name, props, quiet = false }: { name: K; props: ComponentProps<CheckUi[K]>; quiet?: boolean }) {
  const [ui, setUi] = useState(checkUiLoaded);
  useEffect(() => {
    if (ui) return;
    let live = true;
    loadCheckUi().then(
      (x) => live && setUi(x),
      (e: unknown) => console.warn("[sourcelight] the check view could not load", e),
    );
    return () => {
      live = false;
    };
  }, [ui]);
  if (!ui) {
    if (quiet) return null;
    return (
      <p class="small muted" role="status">
        {t("loading")}
      </p>
    );
  }
  const Part = ui[name] as unknown as FunctionComponent<object>;
  return <Part {...(props as object)} />;
}
