// Reads PolNeAR (../shared/corpora/polnear-dev) as ../shared/tools/quote-eval.mjs does, for the
// quote evaluation (test/eval/human-quotes.mjs) and the miss breakdown (scripts/quote-misses.mjs):
// each article's paragraphs, its page as the scorer builds it, and the first annotator's
// attributions, split into the scorer's gold (a speech cue) and the others; with the scorer's
// word matching, and our CLI's quotes for every article. Only ever given the dev split.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The scorer's speech cues, pronouns and matching (quote-eval.mjs). */
export const SPEECH = /^(?:said|says|say|saying|told|tell|tells|telling|according to|wrote|writes|write|added|adding|adds|noted|noting|notes|announced|announces|stated|states|asked|asks|explained|explains|argued|argues|claimed|claims|insisted|insists|warned|warns|declared|declares|reported|reports|responded|replied|acknowledged|conceded|confirmed|confirms|denied|denies|has denied|tweeted|posted|recalled|continued|predicted|suggested|suggests|:)$/i;
export const PRONOUN = /^(?:he|she|they|it|we|i|you|him|her|them|his|their|its)$/i;
export const words = (s) => String(s ?? "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim().split(" ").filter(Boolean);
export function dice(a, b) {
  const A = new Set(words(a)), B = new Set(words(b));
  if (!A.size || !B.size) return 0;
  let n = 0;
  for (const w of A) if (B.has(w)) n++;
  return (2 * n) / (A.size + B.size);
}

const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The page the scorer builds of an article's paragraphs (the first is the title). */
const pageOf = (paras) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(paras[0])}</title></head><body><main><article><h1>${esc(paras[0])}</h1>${paras.slice(1).map((p) => `<p>${esc(p)}</p>`).join("\n")}</article></main></body></html>`;

/**
 * Every article of `corpus` in name order, with `half` ("A" even-numbered, "B" odd), `title`,
 * `gold` and `other` attributions ({ content, cue, source }), and `quotes`: what `cli` (e.g.
 * "node dist/cli/sourcelight.mjs") reports for it.
 */
export function readPolnear(corpus, cli) {
  const [bin, ...binArgs] = cli.split(" ");
  const dir = mkdtempSync(join(tmpdir(), "polnear-"));
  const annFiles = readdirSync(join(corpus, "attributions"));
  const docs = readdirSync(join(corpus, "text")).filter((f) => f.endsWith(".txt")).sort().map((f, i) => {
    const base = f.replace(/\.txt$/, "");
    const paras = readFileSync(join(corpus, "text", f), "utf8").split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    const ann = annFiles.filter((a) => a.startsWith(base + "_")).sort()[0]; // the first annotator, as the scorer
    const lines = ann ? readFileSync(join(corpus, "attributions", ann), "utf8").split("\n") : [];
    const spans = new Map(lines.filter((l) => /^T\d+\t/.test(l)).map((l) => { const t = l.split("\t"); return [t[0], t[2] ?? ""]; }));
    const gold = [], other = [];
    for (const l of lines.filter((x) => /^E\d+\t/.test(x))) {
      const e = Object.fromEntries(l.split("\t")[1].split(" ").map((p) => p.split(":")));
      const g = { content: spans.get(e.Content), cue: spans.get(e.Cue) ?? "", source: spans.get(e.Source) ?? null };
      if (g.content) (SPEECH.test(g.cue.trim()) ? gold : other).push(g);
    }
    const file = join(dir, `pn${i}.html`);
    writeFileSync(file, pageOf(paras));
    return { file, title: paras[0] ?? "", half: i % 2 === 0 ? "A" : "B", gold, other, quotes: [] };
  });
  try {
    for (let i = 0; i < docs.length; i += 20) {
      const chunk = docs.slice(i, i + 20);
      const out = execFileSync(bin, [...binArgs, "analyze", ...chunk.map((d) => d.file), "--format", "jsonl"], { encoding: "utf8", maxBuffer: 1 << 28 });
      const reports = out.split("\n").filter(Boolean).map((l) => JSON.parse(l));
      chunk.forEach((d, k) => (d.quotes = (reports.find((r) => String(r.url).endsWith(d.file.split("/").pop())) ?? reports[k])?.quotes ?? []));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return docs;
}
