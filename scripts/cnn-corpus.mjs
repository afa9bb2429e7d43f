// Reads the CNN-Corpus (Lins et al. 2019) as ../shared/tools/summary-eval.mjs does, for the summary's
// training script and its evaluation: each article's title, paragraphs of sentences (with the
// corpus's sentence ids), editor highlights (with the sentences each was written from) and gold
// sentence ids. Only ever given the dev split.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const unxml = (s) => s.replace(/&amp;apost;/g, "'").replace(/&amp;quot;/g, '"').replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
const sentences = (xml) => [...xml.matchAll(/<sentence([^>]*)>([\s\S]*?)<\/sentence>/g)].map((m) => ({ attrs: m[1], text: unxml(m[2]) }));
const attr = (attrs, name) => (attrs.match(new RegExp(`${name}="([^"]*)"`)) ?? [, ""])[1];

/** Every article of `dir`, in file-name order, that has highlights and paragraphs. */
export function readCnnCorpus(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".xml"))
    .sort()
    .map((file) => {
      const x = readFileSync(join(dir, file), "utf8");
      const title = unxml((x.match(/<title>([\s\S]*?)<\/title>/) ?? [, ""])[1]);
      const highlights = sentences(x.match(/<highlights>([\s\S]*?)<\/highlights>/)?.[1] ?? "").map((s) => ({
        text: s.text,
        from: attr(s.attrs, "ids_article_sentences").split(/\s*,\s*/).filter(Boolean).map(Number),
      }));
      const gold = sentences(x.match(/<gold_standard[^>]*>([\s\S]*?)<\/gold_standard>/)?.[1] ?? "").map((s) => ({ id: Number(attr(s.attrs, "id")), text: s.text }));
      const paragraphs = [...(x.match(/<article>([\s\S]*?)<\/article>/)?.[1] ?? "").matchAll(/<paragraph[^>]*>([\s\S]*?)<\/paragraph>/g)].map((p) =>
        [...p[1].matchAll(/<sentence id="(\d+)">\s*<content>([\s\S]*?)<\/content>/g)].map((m) => ({ id: Number(m[1]), text: unxml(m[2]) })),
      );
      const date = (x.match(/date_published="([^"]+)"/) ?? [, ""])[1].slice(0, 10);
      return { file, title, highlights, gold, paragraphs, date };
    })
    .filter((d) => d.highlights.length && d.paragraphs.length);
}

const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The page summary-eval.mjs makes of an article: its title as <title> and <h1>, one <p> a paragraph. */
export function pageOf(doc) {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(doc.title)}</title><meta property="article:published_time" content="${doc.date}"></head><body><main><article><h1>${esc(doc.title)}</h1>${doc.paragraphs.map((p) => `<p>${esc(p.map((s) => s.text).join(" "))}</p>`).join("\n")}</article></main></body></html>`;
}

/** Lower-case words, as summary-eval.mjs compares texts. */
export const words = (s) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim().split(" ").filter(Boolean);
const norm = (s) => words(s).join(" ");

/** The corpus sentence ids a text is (equal, or inside a longer sentence as summary-eval.mjs counts gold). */
export function sentenceIdsOf(doc, text) {
  const key = norm(text);
  const all = doc.paragraphs.flat();
  const exact = all.filter((s) => norm(s.text) === key);
  if (exact.length) return exact.map((s) => s.id);
  return key.length > 30 ? all.filter((s) => norm(s.text).includes(key) || key.includes(norm(s.text))).map((s) => s.id) : [];
}

/** Whether a point is a gold sentence, exactly as summary-eval.mjs counts it. */
export function isGold(doc, text) {
  const key = norm(text);
  return doc.gold.some((g) => norm(g.text) === key || (norm(g.text).includes(key) && key.length > 30));
}

const grams = (w, n) => { const m = new Map(); for (let i = 0; i + n <= w.length; i++) { const g = w.slice(i, i + n).join(" "); m.set(g, (m.get(g) ?? 0) + 1); } return m; };
function rougeN(cand, ref, n) {
  const c = grams(cand, n), r = grams(ref, n); let hit = 0, cn = 0, rn = 0;
  for (const [g, k] of r) { rn += k; hit += Math.min(k, c.get(g) ?? 0); }
  for (const k of c.values()) cn += k;
  return cn && rn && hit ? (2 * hit) / (cn + rn) : 0;
}
function rougeL(cand, ref) {
  if (!cand.length || !ref.length) return 0;
  let prev = new Array(ref.length + 1).fill(0);
  for (let i = 1; i <= cand.length; i++) { const cur = [0]; for (let j = 1; j <= ref.length; j++) cur[j] = cand[i - 1] === ref[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]); prev = cur; }
  const l = prev[ref.length]; if (!l) return 0; const p = l / cand.length, r = l / ref.length; return (2 * p * r) / (p + r);
}

/**
 * ROUGE-1/2/L F1 against the highlights and gold precision, as summary-eval.mjs scores them,
 * for `picks[i]` (the point texts of `docs[i]`). `withL`: ROUGE-L too (slow on long picks).
 */
export function scoreSummaries(docs, picks, withL = true) {
  let r1 = 0, r2 = 0, rl = 0, goldHit = 0, picked = 0;
  docs.forEach((d, i) => {
    const sents = picks[i];
    const cand = words(sents.join(" ")), ref = words(d.highlights.map((h) => h.text).join(" "));
    r1 += rougeN(cand, ref, 1); r2 += rougeN(cand, ref, 2); if (withL) rl += rougeL(cand, ref);
    for (const s of sents) { picked++; if (isGold(d, s)) goldHit++; }
  });
  const n = Math.max(1, docs.length);
  const f = (x) => +(100 * x / n).toFixed(2);
  return { rouge1: f(r1), rouge2: f(r2), rougeL: withL ? f(rl) : null, goldPrecision: +(goldHit / Math.max(1, picked)).toFixed(3), points: +(picked / n).toFixed(2) };
}

/** Lead-3: the article's first three sentences as the corpus splits them. */
export const lead3 = (doc) => doc.paragraphs.flat().slice(0, 3).map((s) => s.text);
