/**
 * The learned part of the summary: a logistic scorer over summary-features.ts, whose weights
 * (src/analyze/summary-weights.json) scripts/train-summary.mjs fits on the CNN-Corpus dev
 * split, and the point count chosen by the same script's cross-validation. The weight file
 * names its features; a file that names others is refused at load (a build mixing a feature
 * list and stale weights would score nonsense), and then the first sentences are preferred.
 */
import { FEATURE_NAMES } from "./summary-features";
import weights from "./summary-weights.json";

/** How many points to give: at least `min`, at most `max`, past `min` only those scoring `threshold` or more. */
export interface PointCount {
  min: number;
  max: number;
  threshold: number;
}

interface WeightFile {
  features: string[];
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
  points: PointCount;
}

const file = weights as WeightFile;
const matches = file.features.length === FEATURE_NAMES.length && file.features.every((f, i) => f === FEATURE_NAMES[i]);

/** The point count the weights were chosen with. */
export const POINT_COUNT: PointCount = file.points;

/** The probability that an editor picks the sentence with feature vector `x` (0..1). */
export function pickProbability(x: number[]): number {
  if (!matches) return 1 / (2 + (x[FEATURE_NAMES.indexOf("posRelative")] ?? 1));
  let z = file.bias;
  for (let i = 0; i < x.length; i++) z += file.weights[i]! * ((x[i]! - file.mean[i]!) / file.scale[i]!);
  return 1 / (1 + Math.exp(-z));
}
