// Where "Who says so" misses on PolNeAR dev, by type and per half (docs/quotes.md): every speaker
// miss, false positive and false negative of the scorer (../shared/tools/quote-eval.mjs, same gold,
// same Dice >= 0.5 matching, same speaker rule), sorted into types by rules, so that half B can be
// counted without reading it. Reads the corpus at run time; nothing of it is written anywhere.
// Usage (from the project root, after a build):
//   node scripts/quote-misses.mjs [--cli "node dist/cli/sourcelight.mjs"] [--corpus DIR] [--list A|B] [--json FILE]
// --list prints the items of one half (tune on A only); --json writes every item with its type.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PRONOUN, dice, readPolnear, words } from "./polnear.mjs";

const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const corpus = arg("--corpus", join(import.meta.dirname, "..", "..", "shared", "corpora", "polnear-dev"));
const list = arg("--list", null);
const jsonOut = arg("--json", null);

// Our own word classes, for sorting the misses into types.
const SAY_WORD = /^(?:say|says|said|saying|tell|tells|told|telling|add|adds|added|adding|note|notes|noted|noting|write|writes|wrote|announce\w*|stated|explain\w*|argue\w*|claim\w*|insist\w*|warn\w*|declare\w*|report\w*|respond\w*|repl\w*|acknowledg\w*|conced\w*|confirm\w*|den\w*|tweeted|posted|recall\w*|continu\w*|predict\w*|suggest\w*|ask\w*|stress\w*|admit\w*|testif\w*|conclud\w*|alleg\w*|according)$/i;
const LABEL = /^(?:call|calls|called|calling|label\w*|describ\w*|term|terms|termed|dub|dubs|dubbed)$/i;
const FIND = /^(?:find|finds|found|show|shows|showed|shown|estimate\w*)$/i;
const RELATIVE = /^(?:who|whom|each|both|many|some|one|all|which|that)$/i;

const docs = readPolnear(corpus, arg("--cli", "node dist/cli/sourcelight.mjs"));
const items = [];
const counts = {};
const add = (half, type, item) => {
  counts[type] ??= { A: 0, B: 0 };
  counts[type][half]++;
  items.push({ half, type, ...item });
};
const best = (list, text, key) => list.map((g) => [dice(g[key], text), g]).sort((a, b) => b[0] - a[0])[0] ?? [0, null];

for (const d of docs) {
  for (const p of d.quotes) {
    if (d.gold.some((g) => dice(g.content, p.text) >= 0.5)) continue;
    const [gd] = best(d.gold, p.text, "content");
    const [od, o] = best(d.other, p.text, "content");
    const verb = words(p.cue)[0] ?? "";
    const item = { text: p.text, speaker: p.speaker, cue: p.cue };
    if (od >= 0.5) add(d.half, words(o.cue).some((w) => SAY_WORD.test(w)) ? "fp: annotated, its cue a verb of saying with more words (\"said Friday\", \"has said\")" : "fp: annotated, its cue outside the scorer's list (\"called\", \"found\")", item);
    else if (LABEL.test(verb)) add(d.half, "fp: a label, not annotated", item);
    else if (gd >= 0.25) add(d.half, "fp: boundary (overlaps a gold statement, Dice 0.25-0.5)", item);
    else if (FIND.test(verb)) add(d.half, "fp: a finding, not annotated", item);
    else add(d.half, "fp: not annotated", item);
  }
  for (const g of d.gold) {
    const [bd, b] = best(d.quotes, g.content, "text");
    const item = { content: g.content, source: g.source, cue: g.cue, ours: b && bd >= 0.25 ? { text: b.text, speaker: b.speaker } : null };
    if (bd < 0.5) {
      if (d.title.includes(g.content.trim().replace(/^['"‘“]|['"’”.]$/g, "").slice(0, 40))) add(d.half, "fn: in the headline", item);
      else if (g.cue === ":" && /^\p{Lu}{2,}$/u.test(g.source ?? "")) add(d.half, "fn: a transcript turn", item);
      else if (bd >= 0.25) add(d.half, "fn: boundary (a prediction overlaps, Dice 0.25-0.5)", item);
      else add(d.half, "fn: missed", item);
      continue;
    }
    const gw = words(g.source);
    if (!gw.length || (gw.length === 1 && PRONOUN.test(gw[0]))) continue;
    const sp = new Set(words(b.speaker));
    if (sp.has(gw[gw.length - 1])) continue;
    const parts = String(g.source).split(/[,()]|--|—/).map(words).filter((w) => w.length);
    const withRole = new Set([...sp, ...words(b.role)]);
    const miss = { source: g.source, speaker: b.speaker, role: b.role, kind: b.speakerKind };
    if (!b.speaker) add(d.half, "speaker: none given", miss);
    else if (parts.length > 1 && parts.some((w) => sp.has(w[w.length - 1]))) add(d.half, "speaker: the name is right; the gold span ends in an appositive or bracket", miss);
    else if (gw.length <= 3 && RELATIVE.test(gw[0]) && !gw.some((w) => sp.has(w))) add(d.half, "speaker: the gold span is a relative or quantifier (who, each, many of whom)", miss);
    else if (/^(?:the|a|an|this|that|his|her|their|its)$/i.test(gw[0]) && withRole.has(gw[gw.length - 1]) && b.speakerKind === "person") add(d.half, "speaker: the gold span is a description; we give the resolved name (the role holds it)", miss);
    else if (parts.some((w) => withRole.has(w[w.length - 1]))) add(d.half, "speaker: the gold span's last word is in our role", miss);
    else add(d.half, "speaker: wrong or partial", miss);
  }
}

console.log("    A    B  type");
for (const [type, c] of Object.entries(counts).sort(([a], [b]) => a.localeCompare(b))) console.log(`${String(c.A).padStart(5)}${String(c.B).padStart(5)}  ${type}`);
if (list) for (const it of items.filter((x) => x.half === list)) console.log(JSON.stringify(it));
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(items, null, 1));
