// Set-up of every test file. Outside the browser there is no i18n API: give the popup and page
// code the English strings.
import { afterAll } from "vitest";
import en from "../_locales/en/messages.json";
import { useCatalogue } from "../src/platform/i18n";

useCatalogue(en);

// Preact schedules effects "after paint" with a requestAnimationFrame raced by a 35 ms timeout,
// whose callback calls cancelAnimationFrame. A jsdom test file that ended with such a timeout
// pending had the window's globals removed first, and the timeout threw "cancelAnimationFrame
// is not defined" as an unhandled error, failing the run. Pending frames finish first.
afterAll(async () => {
  if (typeof requestAnimationFrame === "function") await new Promise((resolve) => setTimeout(resolve, 60));
});
