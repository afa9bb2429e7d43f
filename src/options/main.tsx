/** Options page entry: installs the browser's own API and renders the page. */
import "../platform/install-native";
import { render } from "preact";
import { browserApi } from "../platform/browser-api";
import { OptionsPage } from "./components/OptionsPage";
import { createOptionsStore } from "./options-store";

const root = document.getElementById("app");
if (root) render(<OptionsPage store={createOptionsStore(browserApi())} />, root);
