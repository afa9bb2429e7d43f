/** Options page entry: installs the browser API and renders the page. */
import "../platform/install";
import { render } from "preact";
import { browserApi } from "../platform/browser-api";
import { OptionsPage } from "./components/OptionsPage";
import { createOptionsStore } from "./options-store";

const root = document.getElementById("app");
if (root) render(<OptionsPage store={createOptionsStore(browserApi())} />, root);
