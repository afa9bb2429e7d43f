/**
 * Loads the popup's "Check sources" chunk (./check-ui.ts) once: a check's views and the run
 * itself are kept out of what every opening of the popup loads.
 */
export type CheckUi = typeof import("./check-ui");

let loaded: CheckUi | null = null;
let loading: Promise<CheckUi> | null = null;

/** The chunk, imported on the first call. */
export function loadCheckUi(): Promise<CheckUi> {
  loading ??= import("./check-ui").then((ui) => (loaded = ui));
  return loading;
}

/** The chunk once it has arrived, else null. */
export const checkUiLoaded = (): CheckUi | null => loaded;
