// Measurements on ../shared/corpora (real pages nobody here wrote, read at run time only):
// - defuddle footnote fixtures: each `[^n]` marker's sentence linked by `marker` evidence
//   to the reference whose text is that footnote's definition (target ≥ 95%, issue 3);
// - readability's Wikipedia pages: cite markers linked to their list items (≥ 99%),
//   google-sre-book-1's noterefs, blogger's blogroll yielding no references (issue 3);
// - readability metadata agreement and body word-shingle F1 (issue 5).
// Targets of open issues are printed as figures; they count as failures only with EVAL_STRICT=1.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";

export const fold = (s) => String(s ?? "").normalize("NFKC").replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u2013\u2014]/g, "-").replace(/\s+/g, " ").trim().toLowerCase();
const plain = (md) => md.replace(/\\([\\`*_{}[\]()#+\-.!|])/g, "$1").replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/\[\^[^\]]+\]/g, "").replace(/[*_`>#]/g, "").replace(/\s+/g, " ").trim();
let parseDocument;
const open = [];
/** Parses a page; windows are closed after each page by closeAll(). */
const doc = (html, url) => {
  const { document, close } = parseDocument({ html, url });
  open.push(close);
  return document;
};
const closeAll = () => open.splice(0).forEach((close) => close());

function defuddle(lib, dir, log) {
  let markers = 0, linked = 0, trapOk = true;
  const misses = [];
  for (const file of readdirSync(join(dir, "fixtures")).filter((f) => f.endsWith(".html")).sort()) {
    closeAll();
    const name = file.replace(/\.html$/, "");
    const md = readFileSync(join(dir, "expected", `${name}.md`), "utf8").replace(/^```json[\s\S]*?```/, "");
    const defs = new Map();
    for (const m of md.matchAll(/^\[\^([^\]]+)\]:\s*(.*)$/gm)) defs.set(m[1], fold(plain(m[2])));
    let report;
    try {
      report = lib.analyze(lib.extract(doc(readFileSync(join(dir, "fixtures", file), "utf8"), `https://example.com/${name}`), `https://example.com/${name}`));
    } catch (e) {
      report = null;
      misses.push(`${name}: threw ${e.message}`);
    }
    const refs = new Map((report?.references ?? []).map((r) => [r.id, r]));
    if (/equation|12grams/.test(name) && report) {
      const n = report.references.filter((r) => r.kind !== "source-line" && r.kind !== "link").length;
      if (n > defs.size) trapOk = false;
      log(`    trap page ${name}: ${n} references for ${defs.size} footnotes`);
    }
    for (const line of md.split("\n")) {
      if (/^\[\^[^\]]+\]:/.test(line)) continue;
      for (const m of line.matchAll(/\[\^([^\]]+)\]/g)) {
        markers++;
        // In a Markdown table row, the marker's text starts after the cell's opening pipe.
        const row = line.slice(0, m.index);
        const before = fold(plain(line.trimStart().startsWith("|") ? row.slice(row.lastIndexOf("|") + 1) : row));
        const tail = before.slice(-30).trim();
        const def = (defs.get(m[1]) ?? "").slice(0, 30);
        const ok = Boolean(report) && report.claims.some((c) => (!tail || fold(c.text).includes(tail.slice(-20))) &&
          c.sources.some((s) => s.evidence.includes("marker") && fold(refs.get(s.ref)?.raw).includes(def)));
        if (ok) linked++;
        else if (misses.length < 400) misses.push(`${name} [^${m[1]}]`);
      }
    }
  }
  return { markers, linked, trapOk, misses };
}

/**
 * Citations on readability's pages. A marker counts as linked when it leads to the reference
 * of the list item its href names: from body text through the block's marker, from inside
 * another note through that note's `cites`. The count that must equal the list items is the
 * references whose element is one of those items (one each, none shared); entries that only
 * notes point at (a Bibliography of books behind "King 2003, p. 41") and any other entries of
 * the reference sections are printed beside it.
 */
function readabilityCites(lib, dir) {
  const out = {};
  for (const slug of ["wikipedia", "wikipedia-2", "wikipedia-3", "wikipedia-4", "google-sre-book-1", "blogger"]) {
    closeAll();
    const path = join(dir, slug, "source.html");
    if (!existsSync(path)) continue;
    const d = doc(readFileSync(path, "utf8"), `https://en.wikipedia.org/wiki/${slug}`);
    const domMarkers = [...d.querySelectorAll('sup.reference a[href*="cite_note"], a[data-type="noteref"]')];
    const items = [...d.querySelectorAll('ol.references > li[id^="cite_note"], [data-type="footnote"]')];
    const itemIds = new Set(items.map((el) => el.id));
    const snap = lib.extract(d, `https://en.wikipedia.org/wiki/${slug}`);
    const entries = snap.references.filter((r) => r.kind === "footnote" || r.kind === "list");
    const byAnchor = new Map(entries.filter((r) => r.anchor).map((r) => [r.anchor, r]));
    const byId = new Map(entries.map((r) => [r.id, r]));
    const fragment = (a) => decodeURIComponent((a.getAttribute("href") ?? "").split("#")[1] ?? "");
    // Body markers: each snapshot marker whose reference is one of the list items.
    const bodyLinked = [...snap.blocks, ...snap.keyPoints].flatMap((b) => b.markers).filter((m) => itemIds.has(byId.get(m.ref)?.anchor)).length;
    // Markers inside a note: that note's reference cites the item the marker names.
    let inNotes = 0, inNotesLinked = 0;
    for (const a of domMarkers) {
      const note = a.closest('ol.references > li[id], [data-type="footnote"]');
      if (!note) continue;
      inNotes++;
      const from = byAnchor.get(note.id), to = byAnchor.get(fragment(a));
      if (from && to && (from.cites ?? []).includes(to.id)) inNotesLinked++;
    }
    const notes = entries.filter((r) => itemIds.has(r.anchor));
    const cited = new Set(entries.flatMap((r) => r.cites ?? []));
    const rest = entries.filter((r) => !itemIds.has(r.anchor));
    const bibliography = rest.filter((r) => cited.has(r.id)).length;
    out[slug] = {
      domMarkers: domMarkers.length, domItems: items.length, linked: bodyLinked + inNotesLinked, inNotes, inNotesLinked,
      notes: notes.length, distinctNotes: new Set(notes.map((r) => r.anchor)).size, bibliography, other: rest.length - bibliography, refs: entries.length,
    };
  }
  return out;
}

function shingles(text, n = 3) {
  const words = fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const set = new Map();
  for (let i = 0; i + n <= words.length; i++) {
    const k = words.slice(i, i + n).join(" ");
    set.set(k, (set.get(k) ?? 0) + 1);
  }
  return set;
}
export function f1(got, want) {
  const a = shingles(got), b = shingles(want);
  let common = 0, na = 0, nb = 0;
  for (const [k, v] of a) { na += v; common += Math.min(v, b.get(k) ?? 0); }
  for (const v of b.values()) nb += v;
  if (!na || !nb) return 0;
  const p = common / na, r = common / nb;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

/** A separator between a title and the site's name ("Title | Site", "Site - Title", "Title [Site]"). */
const SITE_SEP = /^\s*(?:[|\-–—·•»:_@/~]|::|\[|\()/;
/**
 * Readability's title keeps the site's name in many pages ("How to Build a Terrarium | eHow");
 * Sourcelight strips it on purpose. "Up to the site part" counts ours as agreeing when the
 * expected title is ours plus such a part before or after a separator.
 */
function sameUpToSite(want, got) {
  const w = fold(want), g = fold(got);
  if (!g) return false;
  if (w === g) return true;
  if (w.startsWith(g) && SITE_SEP.test(w.slice(g.length))) return true;
  if (w.endsWith(g) && SITE_SEP.test([...w.slice(0, w.length - g.length)].reverse().join(""))) return true;
  return false;
}
/**
 * Bylines agree up to a leading "By" and a trailing date ("By Jane Doe March 25, 2015 3:46 PM"):
 * Readability keeps both, Sourcelight drops them (the date is the snapshot's `published`).
 */
const byless = (s) =>
  fold(s)
    .replace(/^(?:by|par|von|por|di|door|av)\s+/, "")
    .replace(/[\s,]+(?:[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+[a-z]{3,9}\.?,?\s+\d{4})(?:\s+(?:at\s+)?\d{1,2}:\d{2}\s*(?:am|pm)?)?$/, "");

/** Pages Readability calls readerable that are no article to a reader, and why. */
const NOT_ARTICLES = {
  "nytimes-5": "the Spanish edition's front page: linked headlines, each with a summary and a byline",
};

function readabilityMeta(lib, dir, verbose, log) {
  const fields = { title: "title", byline: "byline", siteName: "siteName", lang: "lang", publishedTime: "published" };
  const agree = Object.fromEntries(Object.keys(fields).map((k) => [k, [0, 0, 0]]));
  const scores = [], articleScores = [], allScores = [], rows = [];
  const noArticle = { pages: 0, said: 0 };
  const articles = { pages: 0, found: 0 };
  let errors = 0;
  for (const slug of readdirSync(dir).sort()) {
    closeAll();
    const src = join(dir, slug, "source.html");
    if (!existsSync(src)) continue;
    const meta = JSON.parse(readFileSync(join(dir, slug, "expected-metadata.json"), "utf8"));
    let snap;
    try {
      snap = lib.extract(doc(readFileSync(src, "utf8"), `http://fakehost/${slug}/`), `http://fakehost/${slug}/`);
    } catch {
      errors++;
      continue;
    }
    const misses = [];
    for (const [k, ours] of Object.entries(fields)) {
      const want = meta[k];
      if (!want) continue;
      agree[k][1]++;
      const got = snap[ours];
      const same = k === "publishedTime" ? String(want).slice(0, 10) === String(got ?? "").slice(0, 10) : fold(got) === fold(want);
      const fair = same || (k === "title" && sameUpToSite(want, got)) || (k === "byline" && byless(got) === byless(want));
      if (same) agree[k][0]++;
      if (fair) agree[k][2]++;
      else misses.push(`${k}: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
    }
    const expectedText = doc(readFileSync(join(dir, slug, "expected.html"), "utf8"), "http://fakehost/").body.textContent;
    const body = [...snap.blocks, ...snap.keyPoints].map((b) => b.text).join("\n");
    const f = f1(body, expectedText);
    allScores.push(f);
    // Readability's own isProbablyReaderable() said "not an article" on these pages (the
    // corpus's small synthetic cases), and NOT_ARTICLES names the few it calls readerable
    // that are not articles; "no article" is the right answer there, so they are scored
    // apart from the body F1.
    if (meta.readerable === false || NOT_ARTICLES[slug]) {
      noArticle.pages++;
      if (!snap.found) noArticle.said++;
      rows.push([slug, f, snap.found ? "article" : "no article", misses]);
      continue;
    }
    scores.push(f);
    articles.pages++;
    if (snap.found) articles.found++;
    // The snapshot keeps references and the source line out of the body; Readability keeps them in.
    articleScores.push(f1([body, ...snap.references.map((r) => r.raw), snap.source?.text ?? ""].join("\n"), expectedText));
    rows.push([slug, f, snap.found ? "" : `NOT FOUND (${snap.reason})`, misses]);
  }
  if (verbose) {
    log("    per page (worst body F1 first; metadata misses beyond the site part / \"By\"):");
    for (const [slug, f, note, misses] of rows.sort((a, b) => a[1] - b[1])) {
      log(`      ${f.toFixed(3)} ${slug} ${note}`);
      for (const m of misses) log(`            ${m}`);
    }
  }
  const stat = (xs) => {
    const sorted = [...xs].sort((x, y) => x - y);
    return { mean: sorted.reduce((s, x) => s + x, 0) / (sorted.length || 1), median: sorted[sorted.length >> 1] ?? 0, pages: sorted.length };
  };
  closeAll();
  return { agree, body: stat(scores), article: stat(articleScores), all: stat(allScores), noArticle, articles, errors };
}

/** Runs every corpus measurement and reports through `target`. */
export async function evalCorpora(shared, root, log, target) {
  const libPath = join(root, "dist", "lib", "sourcelight.mjs");
  if (!existsSync(libPath)) {
    log(`Corpora: no library bundle at ${libPath}; skipped.`);
    return;
  }
  const lib = await import(libPath);
  parseDocument = lib.parseDocument;
  const strict = process.env.EVAL_STRICT === "1";
  const goal = (name, ok, detail) => (strict ? target(name, ok, detail) : log(`  ${ok ? "ok  " : "below target"} ${name}: ${detail}`));
  const corpora = join(shared, "corpora");

  log("Corpus: defuddle footnote fixtures (marker → definition):");
  const d = defuddle(lib, join(corpora, "defuddle-footnotes"), log);
  goal("markers linked ≥ 95% (issue 3)", d.linked >= 0.95 * d.markers, `${d.linked}/${d.markers} = ${((100 * d.linked) / (d.markers || 1)).toFixed(1)}%`);
  goal("no reference invented on the equation trap page (issue 3)", d.trapOk, d.trapOk ? "none" : "extra references");
  if (process.env.EVAL_VERBOSE) for (const m of d.misses) log(`      missed ${m}`);

  log("Corpus: readability test pages with citations:");
  const c = readabilityCites(lib, join(corpora, "readability-test-pages"));
  for (const [slug, v] of Object.entries(c)) {
    const oneEach = v.notes === v.domItems && v.distinctNotes === v.domItems;
    const beside = [v.bibliography && `+ ${v.bibliography} bibliography entries the notes cite`, v.other && `+ ${v.other} other entries of the reference sections`].filter(Boolean).join(", ");
    const detail = `${v.linked}/${v.domMarkers} markers linked${v.inNotes ? ` (${v.inNotesLinked}/${v.inNotes} inside notes)` : ""}, ${v.notes}/${v.domItems} list items one reference each${beside ? ` ${beside}` : ""}`;
    if (slug === "blogger") goal(`blogger's blogroll yields no references (issue 3)`, v.refs === 0, `${v.refs} references`);
    else if (slug === "google-sre-book-1") goal(`google-sre-book-1 noterefs linked (issue 3)`, v.linked >= v.domMarkers && v.domMarkers > 0 && oneEach, detail);
    else goal(`${slug}: cite markers linked ≥ 99%, one reference per list item (issue 3)`, v.linked >= 0.99 * v.domMarkers && oneEach, detail);
  }

  log("Corpus: readability test pages, metadata agreement and body text (issue 5):");
  const m = readabilityMeta(lib, join(corpora, "readability-test-pages"), process.env.EVAL_VERBOSE, log);
  const pct = (a, n) => `${((100 * a) / (n || 1)).toFixed(0)}%`;
  for (const [k, [ok, n, fair]] of Object.entries(m.agree)) {
    const up = k === "title" ? `; ${fair}/${n} (${pct(fair, n)}) up to the site's name` : k === "byline" ? `; ${fair}/${n} (${pct(fair, n)}) up to a leading "By" and a trailing date` : "";
    log(`    ${k.padEnd(14)} ${ok}/${n} agree exactly (${pct(ok, n)})${up}`);
  }
  const fig = (x) => `mean ${x.mean.toFixed(3)}, median ${x.median.toFixed(3)} over ${x.pages} pages`;
  log(`    body word-shingle F1 on article pages: ${fig(m.body)}${m.errors ? `; ${m.errors} pages threw` : ""}`);
  log(`    the same with the snapshot's references and source line added (Readability keeps them in its text): ${fig(m.article)}`);
  log(`    body F1 over every page, "no article" counted as 0 (the figure before readerable pages were split out): ${fig(m.all)}`);
  goal(`"no article" on the pages Readability itself calls not readerable, and on ${Object.keys(NOT_ARTICLES).join(", ")}`, m.noArticle.said === m.noArticle.pages, `${m.noArticle.said}/${m.noArticle.pages}`);
  goal("an article found on every other page", m.articles.found === m.articles.pages, `${m.articles.found}/${m.articles.pages}`);
  goal("body F1 mean ≥ 0.96 on article pages (issue 5)", m.body.mean >= 0.96, m.body.mean.toFixed(3));
  goal("extract never throws on the readability pages", m.errors === 0, `${m.errors} threw`);
}
