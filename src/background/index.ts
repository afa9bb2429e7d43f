/**
 * Background entry (Chrome service worker, Firefox event page): wires listeners to the small
 * modules next to it, synchronously at start-up so a woken worker sees every event.
 */
import "../platform/install";
import { browserApi } from "../platform/browser-api";
import { watchCommands } from "./commands";
import { popupHandlers } from "./popup-handlers";
import { createReportStore } from "./report-store";
import { createRouter } from "./router";
import { watchTabs } from "./tab-lifecycle";

const api = browserApi();
const store = createReportStore(api.storage.session);

api.runtime.onMessage.addListener(
  createRouter(popupHandlers(store, api), { extensionId: api.runtime.id, extensionOrigin: api.runtime.getURL("") }),
);
watchCommands({ store, api });
watchTabs(store, api);
