/**
 * The popup's "Check sources" chunk (./check-ui.ts): a check's views and the run itself are
 * kept out of what every opening of the popup loads.
 */
import { lazyModule } from "./lazy";

export type CheckUi = typeof import("./check-ui");

export const checkUi = lazyModule<CheckUi>(() => import("./check-ui"));

/** The chunk, imported on the first call. */
export const loadCheckUi = checkUi.load;
