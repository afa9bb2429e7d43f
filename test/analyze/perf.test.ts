/** Analysis cost must grow with the text, not with claims × references. */
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index";
import type { PageSnapshot } from "../../src/report";
import { para, ref, snapshot } from "./helpers";

const WORDS = "river bridge council budget school rail housing energy water climate museum harbour festival tram library hospital farm forest airport tunnel".split(" ");
const w = (i: number) => WORDS[i % WORDS.length]!;

/** A synthetic article: `claims` sentences, `refs` numbered references with links, outlets and dates. */
function synthetic(claims: number, refs: number): PageSnapshot {
  const references = Array.from({ length: refs }, (_, k) => {
    const i = k + 1;
    const url = `https://site${i}.example/2024/03/${w(i)}-${w(i * 7)}-story-${i}`;
    return ref(`r${i}`, `"${w(i)} ${w(i * 7)} plan number ${i} for ${w(i * 3)}" - Outlet ${i} - March ${1 + (i % 28)}, 2024 (${url})`, { links: [{ href: url, text: url }] });
  });
  const blocks = Array.from({ length: claims / 4 }, (_, b) =>
    para(
      Array.from({ length: 4 }, (_, k) => {
        const i = b * 4 + k;
        const cite = i % 3 === 0 ? `[r${1 + (i % refs)}]` : "";
        return `The ${w(i)} plan for the ${w(i * 3)} was discussed by Outlet ${1 + (i % refs)} reporters on day ${i}, said the council.${cite}`;
      }).join(" "),
    ),
  );
  return snapshot({ blocks, references, published: "2024-06-01" });
}

function time(s: PageSnapshot): number {
  analyze(s);
  const t = performance.now();
  analyze(s);
  return performance.now() - t;
}

describe("performance", () => {
  it("analyses 2,000 claims and 1,000 references quickly, growing near-linearly", () => {
    const small = time(synthetic(500, 250));
    const big = time(synthetic(2000, 1000));
    const report = analyze(synthetic(2000, 1000));
    expect(report.claims).toHaveLength(2000);
    // Generous bounds: CI machines are shared. Typically ~0.3 s for the big case.
    expect(big).toBeLessThan(3000);
    expect(big / Math.max(small, 1)).toBeLessThan(12);
  }, 30_000);
});
