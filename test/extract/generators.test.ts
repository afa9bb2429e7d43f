/** Footnote generators beyond the fixtures: pandoc, kramdown, Google Docs, Word, O'Reilly, "[n]" runs. */
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index";
import { article } from "./helpers";

function markersOf(html: string) {
  const s = extract(article(html), "https://example.org/post");
  const markers = s.blocks.flatMap((b) => b.markers);
  const ref = (id: string) => s.references.find((r) => r.id === id);
  return { s, markers, ref };
}

describe("footnote generators", () => {
  it("pandoc: a.footnote-ref and section.footnotes", () => {
    const { markers, ref } = markersOf(`<p>Glaciers in the range lost a tenth of their mass.<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a></p>
      <section class="footnotes" role="doc-endnotes"><hr><ol><li id="fn1"><p>Alpine Survey Office, <em>Ice Mass Report</em>, 2022.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li></ol></section>`);
    expect(markers).toHaveLength(1);
    expect(ref(markers[0]!.ref)).toMatchObject({ kind: "footnote", label: "1", raw: "Alpine Survey Office, Ice Mass Report, 2022.", anchor: "fn1" });
  });
  it("kramdown: sup#fnref:1 > a.footnote", () => {
    const { markers, ref } = markersOf(`<p>The ferry ran twice a day until 1962.<sup id="fnref:1"><a href="#fn:1" class="footnote">1</a></sup></p>
      <div class="footnotes"><ol><li id="fn:1"><p>Harbour timetable archive, box 12. <a href="#fnref:1" class="reversefootnote">&#8617;</a></p></li></ol></div>`);
    expect(ref(markers[0]!.ref)?.raw).toBe("Harbour timetable archive, box 12.");
  });
  it("Google Docs: #ftnt links to an anchor inside the note paragraph", () => {
    const { s, markers, ref } = markersOf(`<p>Attendance doubled in the second year.<sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup></p>
      <div><p><a href="#ftnt_ref1" id="ftnt1">[1]</a> Club membership ledger, 2019–2021.</p></div>`);
    expect(markers.map((m) => m.label)).toEqual(["1"]);
    expect(ref(markers[0]!.ref)).toMatchObject({ kind: "footnote", raw: "Club membership ledger, 2019–2021." });
    expect(s.blocks.some((b) => b.text.includes("membership ledger"))).toBe(false);
  });
  it("Word: #_ftn links to <a name=_ftn1>", () => {
    const { markers, ref } = markersOf(`<p>The mill closed in the spring.<a href="#_ftn1" name="_ftnref1"><span class="MsoFootnoteReference">[1]</span></a></p>
      <div id="ftn1"><p class="MsoFootnoteText"><a href="#_ftnref1" name="_ftn1"><span class="MsoFootnoteReference">[1]</span></a> County records office, deed 4471.</p></div>`);
    expect(ref(markers[0]!.ref)?.raw).toBe("County records office, deed 4471.");
  });
  it("O'Reilly: a[data-type=noteref] to p[data-type=footnote]", () => {
    const { markers, ref } = markersOf(`<p>Most queues are drained within a minute.<a data-type="noteref" id="n1-marker" href="#n1">1</a></p>
      <div class="footnotes"><p data-type="footnote" id="n1"><sup><a href="#n1-marker">1</a></sup> Internal load test, week 14.</p></div>`);
    expect(ref(markers[0]!.ref)).toMatchObject({ raw: "Internal load test, week 14.", anchor: "n1" });
  });
  it('"[n] …" paragraph runs become labelled list references', () => {
    const { s } = markersOf(`<p>[1] "Tide gauges and the long record" - Coastal Monthly - May 2, 2021 (coastalmonthly.example/tide-gauges)</p>
      <p>[2] "Why harbours silt up" - Port Review - June 9, 2022 (<a href="https://portreview.example/silt">https://portreview.example/silt</a>)</p>`);
    const list = s.references.filter((r) => r.kind === "list");
    expect(list.map((r) => r.label)).toEqual(["1", "2"]);
    expect(list[0]?.raw.startsWith('"Tide gauges')).toBe(true);
    expect(list[1]?.links[0]?.href).toBe("https://portreview.example/silt");
    expect(s.blocks.some((b) => b.text.startsWith("[1]"))).toBe(false);
  });
  it("ignores a sidebar blogroll headed References", () => {
    const doc = article(`<p>Nothing here is cited.</p>`);
    const aside = doc.createElement("aside");
    aside.innerHTML = `<h2>References</h2><ul><li><a href="https://friend.example/">A friend's blog</a></li></ul>`;
    doc.body.appendChild(aside);
    expect(extract(doc, "https://example.org/post").references).toEqual([]);
  });
  it("keeps See also / External links lists out of blocks and references", () => {
    const { s } = markersOf(`<h2>See also</h2><ul><li><a href="/wiki/Other">Other page</a></li></ul><h2>External links</h2><ul><li><a href="https://elsewhere.example/">Elsewhere</a></li></ul>`);
    expect(s.references).toEqual([]);
    expect(s.blocks.some((b) => /Other page|Elsewhere/.test(b.text))).toBe(false);
  });
  it("reads a localized references heading (Quellen)", () => {
    const { s } = markersOf(`<h2>Quellen</h2><ol><li>Stadtarchiv, Akte 17, 1951.</li><li>Landesamt für Statistik, Bericht 2020.</li></ol>`);
    expect(s.references.map((r) => [r.kind, r.label])).toEqual([["list", "1"], ["list", "2"]]);
  });
  it("reads a key points section by its heading", () => {
    const { s } = markersOf(`<h2>Key points</h2><ul><li>Costs fell by a third.</li><li>Waiting times did not change.</li></ul><h2>Details</h2><p>More text follows here.</p>`);
    expect(s.keyPoints.map((k) => k.text)).toEqual(["Costs fell by a third.", "Waiting times did not change."]);
    expect(s.blocks.some((b) => b.text === "Details")).toBe(true);
  });
});
