/**
 * The library face of Sourcelight for Node tools (evaluation, benchmarks, other programs):
 * the two pure halves, "Check sources" and the report formatters, bundled to
 * dist/lib/sourcelight.mjs.
 */
export { extract, extractWithElements, readText } from "./extract/index";
export { linkFacts, pageOwnSites } from "./extract/link-facts";
export { classifyLink, LINK_DECISIONS } from "./extract/link-role";
export { isCitationLink, siteHost } from "./extract/links";
export { analyze } from "./analyze/index";
export { quotesOfSnapshot } from "./analyze/who-says";
export { checkSources, readableBlocks, MemoryCache, type CheckOptions, type CheckCache, type ParseFn } from "./check/index";
export { examine, indexSource, judgeSupport, verdictOf } from "./check/support";
export { FEATURE_NAMES as SUPPORT_FEATURES } from "./check/support-features";
export { formatText } from "./format/text";
export { formatMarkdown } from "./format/markdown";
export { parseDocument, loadPage } from "./cli/load";
export type * from "./report";
// For the summary's training script and evaluation (scripts/train-summary.mjs, test/eval/human-summary.mjs).
export { scoredCandidates, pickPoints } from "./analyze/summary";
export { selectPoints } from "./analyze/summary-select";
export { wordFeatures, WORD_FEATURE_NAMES } from "./analyze/summary-words";
export { words } from "./analyze/text";
export { FEATURE_NAMES } from "./analyze/summary-features";
export { coverScores } from "./analyze/covers";
// For the quick reading's agreement with the full one (test/eval/human-quick-reading.mjs).
export { readDocument } from "./extract/from-html";
export { pageReportOf, pathsFor } from "./page-report";
