/**
 * Renders one component of the "Check sources" chunk (../check-ui.ts), loading the chunk on
 * first use; meanwhile a "Loading…" status stands in its place (nothing, for a `quiet` part:
 * one line per source would make a screen reader announce dozens). Once loaded, every later
 * render is immediate.
 */
import type { ComponentProps, FunctionComponent } from "preact";
import { t } from "../../platform/i18n";
import { checkUi, type CheckUi } from "../check-chunk";
import { useModule } from "../lazy";

/** The chunk's components. */
type PartName = "CheckStatus" | "LiveStatus" | "SupportNotes";

/** `name` of the chunk with `props`, or a loading status until the chunk has arrived. */
export function CheckPart<K extends PartName>({ name, props, quiet = false }: { name: K; props: ComponentProps<CheckUi[K]>; quiet?: boolean }) {
  const ui = useModule(checkUi);
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
