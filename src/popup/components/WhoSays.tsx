/** "Who says so": rendered by its chunk (../who-says-ui.ts) once that arrives; nothing when no one is quoted. */
import type { Quote, Report } from "../../report";
import { useModule } from "../lazy";
import { whoSaysUi } from "../who-says-chunk";

type FocusClaim = (claimId: string) => void;

/** "Who says so" section. */
export function WhoSays({ report, onFocusClaim }: { report: Report; onFocusClaim: FocusClaim }) {
  return report.quotes?.length ? <Section quotes={report.quotes} onFocusClaim={onFocusClaim} /> : null;
}

function Section({ quotes, onFocusClaim }: { quotes: Quote[]; onFocusClaim: FocusClaim }) {
  const ui = useModule(whoSaysUi);
  return ui && <ui.SpeakerList quotes={quotes} onFocusClaim={onFocusClaim} />;
}
