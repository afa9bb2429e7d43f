/** The popup's "Who says so" chunk (./who-says-ui.ts), imported on first use. */
import { lazyModule } from "./lazy";

export const whoSaysUi = lazyModule<typeof import("./who-says-ui")>(() => import("./who-says-ui"));
