/**
 * The learned part of the summary, read from src/analyze/summary-weights.json, which
 * scripts/train-summary.mjs fits on the CNN-Corpus dev split: a logistic scorer over
 * summary-features.ts (would an editor pick this sentence), a logistic model over
 * summary-words.ts (would the highlights use this word), and the picker's settings
 * (summary-select.ts) chosen by the same script's cross-validation. A file that names other
 * features than the code's is refused at load (a build mixing a feature list and stale
 * weights would score nonsense): then the first sentences are preferred and no word counts.
 */
import { FEATURE_NAMES } from "./summary-features";
import type { SelectSettings } from "./summary-select";
import { logistic, namesMatch, WORD_FEATURE_NAMES, type LogisticModel } from "./summary-words";
import weights from "./summary-weights.json";

interface WeightFile extends LogisticModel {
  words: LogisticModel;
  select: SelectSettings;
}

const file = weights as WeightFile;
const sentencesMatch = namesMatch(file, FEATURE_NAMES);

/** The word model, or null when the file's word features are not the code's. */
export const WORD_MODEL: LogisticModel | null = namesMatch(file.words, WORD_FEATURE_NAMES) ? file.words : null;

/** The picker's settings the weights were chosen with. */
export const SELECT: SelectSettings = file.select;

/** The probability that an editor picks the sentence with feature vector `x` (0..1). */
export function pickProbability(x: number[]): number {
  if (!sentencesMatch) return 1 / (2 + (x[FEATURE_NAMES.indexOf("posRelative")] ?? 1));
  return logistic(file, x);
}
