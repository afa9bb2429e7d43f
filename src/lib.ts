/**
 * The library face of Sourcelight for Node tools (evaluation, benchmarks, other programs):
 * the two pure halves, "Check sources" and the report formatters, bundled to
 * dist/lib/sourcelight.mjs.
 */
export { extract } from "./extract/index";
export { analyze } from "./analyze/index";
export { checkSources, readableBlocks, MemoryCache, type CheckOptions, type CheckCache, type ParseFn } from "./check/index";
export { examine, indexSource, judgeSupport, verdictOf } from "./check/support";
export { FEATURE_NAMES as SUPPORT_FEATURES } from "./check/support-features";
export { formatText } from "./format/text";
export { formatMarkdown } from "./format/markdown";
export { parseDocument, loadPage } from "./cli/load";
export type * from "./report";
