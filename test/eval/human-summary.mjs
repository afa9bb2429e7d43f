// Summary points against CNN editors (issue 16): ROUGE-1/2/L of the points against each
// article's highlights and the share of points that are human-chosen gold sentences, beside
// Lead-3 scored in the same run (../shared/tools/summary-eval.mjs), on every CNN-Corpus folder
// under ../shared/corpora. The summary's models were fitted on cnn-corpus-dev, so figures there
// are in-sample; the cross-validated ones the training script wrote stand beside them. Last, the
// shipped weights must reproduce from scripts/train-summary.mjs --check (STYLE.md, "Learned
// weights"), which refits on every article without the cross-validation (about a minute).
import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const run = (cmd, args, cwd) =>
  new Promise((ok) => execFile(cmd, args, { cwd, maxBuffer: 1 << 26, timeout: 1_800_000 }, (e, stdout, stderr) => ok({ code: e ? (e.code ?? 1) : 0, stdout, stderr })));

const row = (name, s) => `  ${name.padEnd(22)} ${[s.rouge1, s.rouge2, s.rougeL].map((x) => (x == null ? "–" : x.toFixed(2)).padStart(6)).join(" ")}   ${s.goldPrecision.toFixed(3)}   ${s.points.toFixed(2)}`;

export async function evaluate({ shared, root, bin, log, target, check }) {
  const corpora = join(shared, "corpora");
  const folders = existsSync(corpora) ? readdirSync(corpora).filter((f) => /^cnn-corpus/.test(f)).sort() : [];
  log("Summary points against CNN editors' highlights (issue 16):");
  if (!folders.length) {
    log(`  skipped: no CNN-Corpus folder under ${corpora}`);
    return;
  }
  const weights = JSON.parse(readFileSync(join(root, "src/analyze/summary-weights.json"), "utf8"));
  for (const folder of folders) {
    const dev = folder === "cnn-corpus-dev";
    const out = await run("node", [join(shared, "tools", "summary-eval.mjs"), join(corpora, folder), "--cli", `node ${bin}`], root);
    let r;
    try {
      r = JSON.parse(out.stdout.trim().split("\n").pop() ?? "");
    } catch {
      check(`${folder}: summary-eval ran`, false, `no result (${out.stderr.slice(0, 200)})`);
      continue;
    }
    log(`  ${folder}: ${r.articles} articles${dev ? " (the split the weights were fitted on: in-sample)" : " (not used in fitting)"}`);
    log(`  ${"".padEnd(22)} ${"R-1".padStart(6)} ${"R-2".padStart(6)} ${"R-L".padStart(6)}   gold    points`);
    log(row("Sourcelight", r.sourcelight));
    if (dev) log(row("Sourcelight, 5-fold CV", weights.figures.crossValidated));
    log(row("Lead-3 (same run)", r.lead3));
    log(row("Lead-N (same run)", r.leadN));
    const margin = r.sourcelight.rouge1 - r.lead3.rouge1;
    const cv = weights.figures.crossValidated;
    const cvMargin = cv.rouge1 - weights.figures.lead3.rouge1;
    check(`${folder}: ROUGE-1 above Lead-3's, same run`, margin > 0, `${r.sourcelight.rouge1.toFixed(2)} vs ${r.lead3.rouge1.toFixed(2)}`);
    // On the split the weights were fitted on, the target is read on the cross-validated figure
    // (the held-out estimate); on any other split, on the run itself.
    const [m, gold, how] = dev ? [cvMargin, cv.goldPrecision, "cross-validated"] : [margin, r.sourcelight.goldPrecision, "this run"];
    target(`${folder}: ROUGE-1 ≥ Lead-3 + 3.0 (${how})`, m >= 3, `+${m.toFixed(2)}${dev ? ` (in-sample +${margin.toFixed(2)}: ${r.sourcelight.rouge1.toFixed(2)} vs Lead-3 ${r.lead3.rouge1.toFixed(2)})` : ""}`);
    target(`${folder}: gold precision ≥ 0.40 (${how})`, gold >= 0.4, `${gold.toFixed(3)} vs Lead-3 ${r.lead3.goldPrecision.toFixed(3)}${dev ? ` (in-sample ${r.sourcelight.goldPrecision.toFixed(3)})` : ""}`);
  }
  const c = weights.figures.cover;
  log(`  covers (highlights as key points, against the sentences each was written from): precision ${c.crossValidated.precision}, recall ${c.crossValidated.recall} (5-fold CV; in-sample ${c.inSample.precision} / ${c.inSample.recall})`);
  if (!folders.includes("cnn-corpus-dev")) return;
  const refit = await run("node", [join(root, "scripts/train-summary.mjs"), "--check", "--corpus", join(corpora, "cnn-corpus-dev")], root);
  let reproduced = false;
  try {
    reproduced = JSON.parse(refit.stdout.trim().split("\n").pop() ?? "").reproduces === true;
  } catch {
    reproduced = false;
  }
  check("summary weights reproduce from scripts/train-summary.mjs", reproduced, reproduced ? "the fit gives the shipped src/analyze/summary-weights.json" : `they differ, or the script failed (${refit.stderr.slice(-200)})`);
}
