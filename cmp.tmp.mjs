import fs from "node:fs";
const a = await import("/tmp/h19/base/dist/lib/sourcelight.mjs");
const b = await import("./dist/lib/sourcelight.mjs");
const dir = process.argv[2] ?? "../shared/corpora/readability-test-pages";
let same = 0, diff = 0, ta = 0, tb = 0;
for (const slug of fs.readdirSync(dir).sort()) {
  const f = fs.statSync(`${dir}/${slug}`).isDirectory() ? `${dir}/${slug}/source.html` : `${dir}/${slug}`; if (!fs.existsSync(f) || !f.endsWith(".html")) continue;
  const html = fs.readFileSync(f, "utf8"), url = `http://fakehost/${slug}/`;
  const d1 = a.parseDocument({ html, url }); let t = performance.now(); const s1 = JSON.stringify(a.extract(d1.document, url)); ta += performance.now() - t; d1.close();
  const d2 = b.parseDocument({ html, url }); t = performance.now(); const s2 = JSON.stringify(b.extract(d2.document, url)); tb += performance.now() - t; d2.close();
  if (s1 === s2) same++; else { diff++; console.log("DIFF", slug, s1.length, s2.length); }
  await new Promise((r) => setImmediate(r));
}
console.log({ same, diff, base: ta.toFixed(0), now: tb.toFixed(0) });
