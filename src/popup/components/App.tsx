/** The popup's root: the state hooks plus the view. */
import type { PopupClient } from "../client";
import { useCheck, withChecked } from "../use-check";
import { usePopup } from "../use-popup";
import { CheckContext } from "./CheckSources";
import { PopupView } from "./PopupView";

/** Connects `client` to the view. */
export function App({ client }: { client: PopupClient }) {
  const [state, actions, site] = usePopup(client);
  const check = useCheck(client, state.kind === "report" ? state.report : null);
  const shown = state.kind === "report" ? { ...state, report: withChecked(state.report, check.state) } : state;
  return (
    <CheckContext.Provider value={check}>
      <PopupView state={shown} actions={actions} site={site} />
    </CheckContext.Provider>
  );
}
