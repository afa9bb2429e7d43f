/** One view of the covers chunk (../covers-ui.ts), loaded on first use; nothing until it arrives. */
import type { ComponentProps, FunctionComponent } from "preact";
import { lazyModule, useModule } from "../lazy";

type CoversUi = typeof import("../covers-ui");
const coversUi = lazyModule<CoversUi>(() => import("../covers-ui"));

/** `name` of the chunk with `props`. */
export function CoversPart<K extends "CoveredSentences" | "ViaNote">({ name, props }: { name: K; props: ComponentProps<CoversUi[K]> }) {
  const ui = useModule(coversUi);
  if (!ui) return null;
  const Part = ui[name] as unknown as FunctionComponent<object>;
  return <Part {...(props as object)} />;
}
