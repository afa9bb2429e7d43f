/**
 * The popup's views of what summary points cover (components/CoveredSentences.tsx): a chunk of
 * the popup's build, loaded by CoversPart when a report has points that cover body sentences.
 */
export { CoveredSentences, ViaNote } from "./components/CoveredSentences";
