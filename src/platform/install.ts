/**
 * Side-effect import for entry points: installs webextension-polyfill's promise-based
 * `browser` as the API every module uses. Kept apart so unit tests never load the polyfill
 * (it throws outside an extension).
 */
import browser from "webextension-polyfill";
import { installBrowserApi } from "./browser-api";

installBrowserApi(browser);
