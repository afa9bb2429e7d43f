/**
 * The learned half of a support verdict: a three-way logistic regression over the features
 * of support-features.ts, fitted on the WiCE dev split by scripts/train-support.mjs (the
 * weights file says which features, which split, when). The verdict is `found` when the
 * model's "supported" probability clears its threshold, else `not-found` when its "not
 * supported" probability clears its own, else `partial`; the thresholds were chosen by
 * cross-validation. Rules about the parts stand above the model (support.ts `ruled`), so the
 * parts always explain the verdict.
 */
import type { SupportVerdict } from "../report";
import MODEL from "./support-weights.json";
import { FEATURE_NAMES } from "./support-features";

/** The shape of support-weights.json. */
export interface SupportModel {
  features: string[];
  /** Rows in the order found, partial, not-found: a weight per feature, then the bias. */
  weights: number[][];
  thresholds: { found: number; notFound: number };
}

const SHIPPED = MODEL as SupportModel;

/** The class probabilities (found, partial, not-found) of a feature vector. */
export function probabilities(x: readonly number[], model: SupportModel = SHIPPED): [number, number, number] {
  const z = model.weights.map((w) => w.reduce((a, v, j) => a + v * (j < x.length ? x[j]! : 1), 0));
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const sum = e.reduce((a, b) => a + b, 0);
  return [e[0]! / sum, e[1]! / sum, e[2]! / sum];
}

/** The model's verdict for a feature vector (before the contradiction rules). */
export function modelVerdict(x: readonly number[], model: SupportModel = SHIPPED): SupportVerdict {
  const p = probabilities(x, model);
  if (p[0] >= model.thresholds.found) return "found";
  return p[2] >= model.thresholds.notFound ? "not-found" : "partial";
}

/** Whether the shipped weights were fitted on the features this code computes, in its order. */
export function modelMatchesFeatures(model: SupportModel = SHIPPED): boolean {
  return model.features.length === FEATURE_NAMES.length && model.features.every((f, i) => f === FEATURE_NAMES[i]) && model.weights.every((w) => w.length === FEATURE_NAMES.length + 1);
}
