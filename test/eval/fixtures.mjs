// Scores the built CLI on every ../shared/fixtures page with the shared yardstick
// (score-report.mjs), and measures claim→source link precision and recall over the
// fixtures' link assertions (links = expected positives; noLinks and `exact` = negatives).
import { spawnSync } from "node:child_process";
import { readdirSync, existsSync, readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";

const fold = (s) => String(s ?? "").normalize("NFKC").replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u2013\u2014]/g, "-").replace(/\s+/g, " ").trim().toLowerCase();
const has = (hay, needle) => fold(hay).includes(fold(needle));

/** Which reference of `report` an expected key ("1" or a URL part) names. */
function refFor(report, expected, key) {
  const w = (expected.references ?? []).find((e) => e.label === key || e.urlIncludes === key) ?? { label: key, urlIncludes: key };
  return report.references.find((r) => (w.label != null && r.label != null && fold(r.label) === fold(w.label)) || (w.urlIncludes && has(r.url, w.urlIncludes)));
}

/** Counts true/false positives and false negatives of links against one expected.json. */
export function linkCounts(report, expected) {
  let tp = 0, fp = 0, fn = 0;
  const linkedIds = (text) => new Set(report.claims.filter((c) => has(c.text, text)).flatMap((c) => c.sources.map((s) => s.ref)));
  for (const l of expected.links ?? []) {
    const got = linkedIds(l.claimIncludes);
    const wanted = l.refs.map((k) => refFor(report, expected, k)?.id);
    for (const id of wanted) id && got.has(id) ? tp++ : fn++;
    if (l.exact) for (const id of got) if (!wanted.includes(id)) fp++;
  }
  for (const l of expected.noLinks ?? []) {
    const got = linkedIds(l.claimIncludes);
    for (const k of l.refs) if (got.has(refFor(report, expected, k)?.id)) fp++;
  }
  return { tp, fp, fn };
}

/** Runs every fixture in `folder`; returns assertion totals and link counts. */
export function evalFixtures(folder, bin, scorer, log) {
  const tmp = mkdtempSync(join(tmpdir(), "sourcelight-eval-"));
  const totals = { passed: 0, failed: 0, tp: 0, fp: 0, fn: 0 };
  for (const name of readdirSync(folder).sort()) {
    const dir = join(folder, name);
    if (!existsSync(join(dir, "page.html")) || !existsSync(join(dir, "expected.json"))) continue;
    const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8"));
    const args = [bin, "analyze", join(dir, "page.html"), "--format", "json", ...(expected.url ? ["--url", expected.url] : [])];
    const cli = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 64 << 20 });
    if (cli.status !== 0) {
      log(`  ${name}: the CLI failed: ${cli.stderr.slice(0, 300)}`);
      totals.failed++;
      continue;
    }
    const reportPath = join(tmp, `${name}.json`);
    writeFileSync(reportPath, cli.stdout);
    const scored = spawnSync(process.execPath, [scorer, reportPath, join(dir, "expected.json"), "--quiet"], { encoding: "utf8" });
    const lines = scored.stdout.trim().split("\n");
    const m = /^(\d+) passed, (\d+) failed/.exec(lines.at(-1) ?? "");
    const [p, f] = m ? [Number(m[1]), Number(m[2])] : [0, 1];
    totals.passed += p;
    totals.failed += f;
    const c = linkCounts(JSON.parse(cli.stdout), expected);
    totals.tp += c.tp;
    totals.fp += c.fp;
    totals.fn += c.fn;
    log(`  ${name.padEnd(24)} ${p} passed, ${f} failed`);
    for (const l of lines.slice(0, -1)) log(`      ${l}`);
  }
  return totals;
}
