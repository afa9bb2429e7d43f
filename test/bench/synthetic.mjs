// Synthetic articles for the scaling benchmark: N paragraphs citing R numbered references,
// with words drawn from a fixed list so runs are repeatable.
const WORDS = "river bridge council budget school rail housing energy water climate museum harbour festival tram library hospital farm forest airport tunnel ferry market garden canal station theatre".split(" ");
const w = (i) => WORDS[i % WORDS.length];

/** An HTML page with `paragraphs` paragraphs and `refs` references in a "References" list. */
export function syntheticPage(paragraphs, refs) {
  const body = [];
  for (let p = 0; p < paragraphs; p++) {
    const r = 1 + (p % refs);
    body.push(
      `<p>The ${w(p)} plan for the ${w(p * 3)} was debated on day ${p}, according to Outlet ${r}.` +
        ` Officials said the ${w(p * 5)} budget would grow by ${p % 40} percent.<sup><a href="#ref-${r}">[${r}]</a></sup>` +
        ` Residents near the ${w(p * 7)} had mixed views.</p>`,
    );
  }
  const list = [];
  for (let r = 1; r <= refs; r++) {
    const url = `https://outlet${r}.example/2024/03/${w(r)}-${w(r * 7)}-plan-${r}`;
    list.push(`<li id="ref-${r}">"The ${w(r)} ${w(r * 7)} plan, part ${r}" - Outlet ${r} - March ${1 + (r % 28)}, 2024 (<a href="${url}">${url}</a>)</li>`);
  }
  return `<!doctype html><html lang="en"><head><title>A long report on city plans</title></head><body>
<header><nav><a href="/">Home</a><a href="/news">News</a></nav></header>
<main><article><h1>A long report on city plans</h1>${body.join("\n")}
<h2>References</h2><ol>${list.join("\n")}</ol></article></main>
<footer>Footer text</footer></body></html>`;
}

/** A snapshot with `claims` sentences and `refs` references, for analyze alone. */
export function syntheticSnapshot(claims, refs) {
  const references = [];
  for (let i = 1; i <= refs; i++) {
    const url = `https://site${i}.example/2024/03/${w(i)}-${w(i * 7)}-story-${i}`;
    references.push({ id: `r${i}`, label: String(i), kind: "list", raw: `"${w(i)} ${w(i * 7)} plan number ${i}" - Outlet ${i} - March ${1 + (i % 28)}, 2024 (${url})`, links: [{ href: url, text: url }], hints: { italic: [] } });
  }
  const blocks = [];
  for (let b = 0; b < claims / 4; b++) {
    let text = "";
    const markers = [];
    for (let k = 0; k < 4; k++) {
      const i = b * 4 + k;
      text += `${k ? " " : ""}The ${w(i)} plan for the ${w(i * 3)} was discussed by Outlet ${1 + (i % refs)} reporters on day ${i}, the council said.`;
      if (i % 3 === 0) markers.push({ at: text.length, label: String(1 + (i % refs)), ref: `r${1 + (i % refs)}` });
    }
    blocks.push({ id: `b${b}`, kind: "paragraph", text, markers, links: [] });
  }
  return { snapshotVersion: 1, url: "https://bench.example/a", found: true, reason: null, title: "Bench", byline: null, published: "2024-06-01", siteName: null, lang: "en", description: null, metaOrigin: {}, blocks, keyPoints: [], references, source: null, stats: { elements: 0, truncated: false } };
}
