/** Popup entry: installs the browser's own API and renders the app. */
import "../platform/install-native";
import { render } from "preact";
import { createPopupClient } from "./client";
import { App } from "./components/App";

const root = document.getElementById("app");
if (root) render(<App client={createPopupClient()} />, root);
