/** The popup's root: the state hook plus the view. */
import type { PopupClient } from "../client";
import { usePopup } from "../use-popup";
import { PopupView } from "./PopupView";

/** Connects `client` to the view. */
export function App({ client }: { client: PopupClient }) {
  const [state, actions, site] = usePopup(client);
  return <PopupView state={state} actions={actions} site={site} />;
}
