/**
 * The source-type rules (./source-type.ts: long host lists) as a chunk of the popup's build,
 * loaded once the sources list shows; the export formats import them too.
 */
import { lazyModule } from "./lazy";

export type { SourceType } from "./source-type";

export const sourceTypes = lazyModule<typeof import("./source-type")>(() => import("./source-type"));
