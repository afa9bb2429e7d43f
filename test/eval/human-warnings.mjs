// Warnings a careful editor would sign (issue 17), on ../shared/corpora read at run time:
// - reference warnings (severity warning or error) per 50 references on the four Wikipedia
//   pages of readability's test set, together and per page by code (target ≤ 1 per 50);
// - url-date-mismatch, title-url-mismatch and date-after-article warnings over every corpus
//   page (130 readability pages, 40 defuddle footnote fixtures): each one left must be one a
//   person judged real (JUDGED below, with the reason); any other is a miss;
// - the share of wikipedia-2's claims the default density highlights (target ≤ 1 in 5),
//   beside the share `all` (the default before) highlights, both computed in this run by
//   the product's own src/density.ts.
// "Before" figures are those of commit 45ae272 (before issue 17), measured the same way.
import { existsSync, readFileSync, readdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { pathToFileURL } from "node:url";

const WIKI = ["wikipedia", "wikipedia-2", "wikipedia-3", "wikipedia-4"];
const CODES = ["url-date-mismatch", "title-url-mismatch", "date-after-article"];

/** Commit 45ae272, same pages, same page addresses: warnings by page and code, and the corpus total of CODES. */
const BEFORE = {
  pages: {
    wikipedia: { "title-url-mismatch": 1 },
    "wikipedia-2": { "date-after-article": 271, "title-url-mismatch": 52, "url-date-mismatch": 27 },
    "wikipedia-3": { "date-after-article": 2 },
    "wikipedia-4": { "date-after-article": 48, "title-url-mismatch": 4, "url-date-mismatch": 2 },
  },
  references: 547,
  corpusCodes: 411,
};

/** Warnings of CODES that a person looked at and judged real: page, a part of the reference's URL, code, why. */
const JUDGED = [
  { page: "wikipedia-2", urlIncludes: "2018-census-totals-by-topic", code: "title-url-mismatch", why: "the title names the 2013 census's religious affiliation figures; the link is the 2018 census's national highlights" },
];

/** The address a saved page came from: its canonical link, the browser's "saved from" note, else a placeholder. */
function pageUrl(html, slug) {
  return /<link rel="canonical" href="(https?:[^"]+)"/.exec(html)?.[1] ?? /saved from url=\(\d+\)(https?:\S+)/.exec(html)?.[1] ?? `https://example.com/${slug}`;
}

/** The product's density module, bundled from source for this run (the CLI and library do not export it). */
async function loadDensity(root) {
  const { build } = await import("esbuild");
  const dir = mkdtempSync(join(tmpdir(), "sourcelight-density-"));
  const out = join(dir, "density.mjs");
  await build({ entryPoints: [join(root, "src", "density.ts")], bundle: true, format: "esm", platform: "neutral", outfile: out, logLevel: "silent" });
  const mod = await import(pathToFileURL(out).href);
  rmSync(dir, { recursive: true, force: true });
  return mod;
}

const isWarning = (c) => c.severity !== "info";
const per50 = (n, refs) => (refs ? (50 * n) / refs : 0);

export async function evaluate({ shared, root, log, target, check }) {
  const readability = join(shared, "corpora", "readability-test-pages");
  const defuddle = join(shared, "corpora", "defuddle-footnotes", "fixtures");
  log("Reference warnings an editor would sign (issue 17):");
  if (!existsSync(readability)) {
    log(`  ${readability} is absent: skipped`);
    return;
  }
  const lib = await import(pathToFileURL(join(root, "dist", "lib", "sourcelight.mjs")).href);
  const density = await loadDensity(root);
  const pages = readdirSync(readability).filter((s) => existsSync(join(readability, s, "source.html"))).sort().map((s) => [s, join(readability, s, "source.html")]);
  if (existsSync(defuddle)) for (const f of readdirSync(defuddle).filter((f) => f.endsWith(".html")).sort()) pages.push([`defuddle:${f.replace(/\.html$/, "")}`, join(defuddle, f)]);

  const wiki = {};
  const left = [];
  let highlight = null;
  for (const [slug, path] of pages) {
    const html = readFileSync(path, "utf8");
    const url = pageUrl(html, slug);
    const { document, close } = lib.parseDocument({ html, url });
    let report;
    try {
      report = lib.analyze(lib.extract(document, url));
    } finally {
      close();
    }
    for (const r of report.references) for (const c of r.checks) if (CODES.includes(c.code) && isWarning(c)) left.push({ page: slug, ref: r, code: c.code, message: c.message });
    if (WIKI.includes(slug)) {
      const byCode = {};
      for (const r of report.references) for (const c of r.checks) if (isWarning(c)) byCode[c.code] = (byCode[c.code] ?? 0) + 1;
      wiki[slug] = { refs: report.references.length, byCode };
    }
    if (slug === "wikipedia-2") {
      const shown = density.selectClaims(report, { unsourced: false, density: "auto" }).length;
      const all = density.selectClaims(report, { unsourced: false, density: "all" }).length;
      highlight = { shown, all, claims: report.claims.length, view: density.highlightView(report, "auto").view };
    }
  }

  const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);
  let refs = 0, warnings = 0, before = 0;
  for (const slug of WIKI) {
    const w = wiki[slug];
    if (!w) continue;
    refs += w.refs;
    warnings += sum(w.byCode);
    before += sum(BEFORE.pages[slug]);
    const codes = [...new Set([...Object.keys(w.byCode), ...Object.keys(BEFORE.pages[slug])])].sort();
    log(`  ${slug}: ${w.refs} references, ${sum(w.byCode)} warnings (before ${sum(BEFORE.pages[slug])}): ${codes.map((c) => `${c} ${w.byCode[c] ?? 0} (before ${BEFORE.pages[slug][c] ?? 0})`).join(", ") || "none"}`);
  }
  const rate = per50(warnings, refs);
  target("Wikipedia pages: ≤ 1 warning per 50 references", rate <= 1, `${rate.toFixed(2)} per 50 (${warnings} on ${refs} references; before ${per50(before, BEFORE.references).toFixed(2)}, ${before} on ${BEFORE.references})`);

  const judged = (w) => JUDGED.find((j) => j.page === w.page && j.code === w.code && (w.ref.url ?? "").includes(j.urlIncludes));
  log(`  ${CODES.join(", ")} over ${pages.length} corpus pages: ${left.length} warnings (before ${BEFORE.corpusCodes})`);
  for (const w of left) log(`    ${w.page} ${w.ref.id} ${w.code} <${w.ref.url}>: ${judged(w) ? `judged real: ${judged(w).why}` : `NOT JUDGED: ${w.message}`}`);
  const unjudged = left.filter((w) => !judged(w));
  target("corpus: every warning of the three codes is one judged real", unjudged.length === 0, `${left.length - unjudged.length} judged real, ${unjudged.length} not`);

  if (highlight) {
    const share = highlight.shown / highlight.claims;
    target("wikipedia-2: the default highlights ≤ 1 claim in 5", share <= 0.2, `${highlight.shown} of ${highlight.claims} claims (${(100 * share).toFixed(1)}%, view "${highlight.view}"); before, "all": ${highlight.all} (${((100 * highlight.all) / highlight.claims).toFixed(1)}%)`);
  } else log("  wikipedia-2 is absent: the highlight share is not measured");
}
