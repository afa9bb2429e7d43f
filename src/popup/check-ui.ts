/**
 * The "Check sources" parts of the popup that only a check needs: the run, its progress and
 * results, each source's live status, each claim's support verdicts. A chunk of the popup's
 * build (check-chunk.ts loads it) fetched when the reader starts a check or a checked report
 * is shown, so an opening of the popup that shows no check loads none of it.
 */
export { CheckStatus } from "./components/CheckStatus";
export { LiveStatus } from "./components/LiveStatus";
export { SupportNotes } from "./components/SupportNotes";
export { followCheck, runCheck } from "./run-check";
