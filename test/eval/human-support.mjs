// Issue 15: does the cited source say the claim? Human verdicts of WiCE's dev split
// (../shared/corpora/wice-dev, 349 Wikipedia claims checked against the pages they cite),
// scored by ../shared/tools/verify-eval.mjs on the built CLI as a black box (it serves each
// source on loopback and reads `support` back from `analyze --check-sources`). Printed beside
// the same run's lexical rule and "always partial"; the weights were fitted on this split,
// so its figures are in-sample, and the weight file's cross-validated figures are printed as
// the held-out estimate. Also checks that the shipped weights reproduce from
// scripts/train-support.mjs (STYLE.md "Learned weights").
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { execFile } from "node:child_process";

const TARGETS = { exact: 0.6, macroF1: 0.6, balancedAccuracy: 0.72 };
const run = (cmd, args) => new Promise((ok) => execFile(cmd, args, { maxBuffer: 1 << 26, timeout: 1_800_000 }, (e, stdout, stderr) => ok({ code: e ? (e.code ?? 1) : 0, stdout, stderr })));

/** "Always partial" on the split's labels: exact = its share, macro-F1 from its one F1, balanced 0.5. */
function alwaysPartial(labels) {
  const share = labels.filter((l) => l === "partially_supported").length / labels.length;
  return { exact: share, macroF1: (2 * share) / (share + 1) / 3, balancedAccuracy: 0.5 };
}

export async function evaluate({ shared, root, bin, log, target, check }) {
  const file = join(shared, "corpora", "wice-dev", "claims.jsonl");
  const tool = join(shared, "tools", "verify-eval.mjs");
  log("Support verdicts against WiCE's human judges (issue 15):");
  if (!existsSync(file) || !existsSync(tool)) {
    log(`  skipped: ${existsSync(file) ? tool : file} is absent`);
    return;
  }
  const labels = readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).label);
  const out = await run(process.execPath, [tool, file, "--wice", "--cli", `${process.execPath} ${bin}`]);
  let res;
  try {
    res = JSON.parse(out.stdout.trim().split("\n").pop());
  } catch {
    check("WiCE dev scored", false, `verify-eval.mjs gave no figures (exit ${out.code}): ${out.stderr.slice(0, 300)}`);
    return;
  }
  const ours = { exact: res.sourcelight.accuracy, macroF1: res.sourcelight.macroF1, balancedAccuracy: res.sourcelight.balancedAccuracy };
  const lexical = { exact: res.lexicalBaseline.accuracy, macroF1: res.lexicalBaseline.macroF1, balancedAccuracy: res.lexicalBaseline.balancedAccuracy };
  const partial = alwaysPartial(labels);
  const weights = JSON.parse(readFileSync(join(root, "src", "check", "support-weights.json"), "utf8"));
  const cv = weights.figures?.repeatedCv ?? {};
  const f = (v) => (typeof v === "number" ? v.toFixed(3) : "  -  ");
  log(`  WiCE dev, ${res.rows} claims (${weights.split}; the dev figures are in-sample):`);
  log("                         exact   macro-F1  balanced accuracy (supported vs the rest)");
  for (const [name, m] of [["Sourcelight, black box", ours], ["  cross-validated (5-fold)", cv], ["lexical rule, same run", lexical], ["always partial", partial]]) {
    log(`    ${name.padEnd(26)} ${f(m.exact)}   ${f(m.macroF1)}    ${f(m.balancedAccuracy)}`);
  }
  log(`    answered ${res.sourcelight.answered} of ${res.rows} (a claim counts as unanswered when the tool reads another claim of its page, e.g. the title heading the claim begins with)`);
  for (const [key, name] of [["balancedAccuracy", "balanced accuracy"], ["macroF1", "macro-F1"], ["exact", "exact"]]) {
    check(`WiCE dev ${name} ≥ the lexical rule, same run`, ours[key] >= lexical[key], `${ours[key].toFixed(3)} (lexical ${lexical[key].toFixed(3)}, always partial ${partial[key].toFixed(3)})`);
    target(`WiCE dev ${name} ≥ ${TARGETS[key]}`, ours[key] >= TARGETS[key], ours[key].toFixed(3));
    target(`cross-validated ${name} ≥ ${TARGETS[key]} (held-out estimate)`, (cv[key] ?? 0) >= TARGETS[key], `${f(cv[key])} (repeated 5-fold on dev, from the weight file)`);
  }
  const refit = await run(process.execPath, [join(root, "scripts", "train-support.mjs"), "--check", "--shared", shared]);
  check("shipped support weights reproduce from scripts/train-support.mjs", refit.code === 0, refit.stdout.trim().split("\n").pop() ?? refit.stderr.slice(0, 200));
}
