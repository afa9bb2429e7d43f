/**
 * The sources grouped by role (./components/GroupedSources.tsx) as a chunk of the popup's
 * build, loaded once the sources list shows: the opening stays within its budget.
 */
import { lazyModule } from "./lazy";

export const groupedSources = lazyModule<typeof import("./components/GroupedSources")>(() => import("./components/GroupedSources"));
