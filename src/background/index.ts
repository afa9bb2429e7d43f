/**
 * Background entry (Chrome service worker, Firefox event page): wires listeners to the small
 * modules next to it, synchronously at start-up so a woken worker sees every event.
 */
import "../platform/install";
import { browserApi } from "../platform/browser-api";
import { watchUpdate } from "./adopt-grants";
import { contentHandlers } from "./annotate";
import { watchAutoAnnotate } from "./auto-annotate";
import { watchCommands } from "./commands";
import { watchContextMenu } from "./context-menu";
import { popupHandlers } from "./popup-handlers";
import { createReportStore } from "./report-store";
import { createRouter } from "./router";
import { watchTabs } from "./tab-lifecycle";

const api = browserApi();
const store = createReportStore(api.storage.session);

api.runtime.onMessage.addListener(
  createRouter(popupHandlers(store, api), { extensionId: api.runtime.id, extensionOrigin: api.runtime.getURL("") }, undefined, contentHandlers),
);
watchCommands({ store, api });
watchContextMenu({ store, api });
watchAutoAnnotate({ store, api });
watchTabs(store, api);
watchUpdate(api);
