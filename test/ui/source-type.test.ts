// The source type classifier: DOI, host, outlet and the entry's words decide.
import { describe, expect, it } from "vitest";
import { sourceType } from "../../src/popup/source-type";

const ref = (url: string | null, outlet: string | null = null, extra: { doi?: string; title?: string; raw?: string } = {}) => ({
  url,
  outlet,
  doi: extra.doi ?? null,
  title: extra.title ?? null,
  raw: extra.raw ?? "",
});

describe("sourceType", () => {
  it.each([
    ["wiki", ref("https://en.wikipedia.org/wiki/Lighthouse")],
    ["government", ref("https://www.cdc.gov/flu/index.html")],
    ["government", ref("https://www.gov.uk/guidance/x")],
    ["government", ref("https://ec.europa.eu/eurostat")],
    ["journal", ref("https://example.org/paper", null, { doi: "10.1000/xyz" })],
    ["journal", ref("https://www.nature.com/articles/s41586")],
    ["journal", ref(null, "Journal of Applied Physics")],
    ["book", ref(null, "Oxford University Press")],
    ["book", ref(null, null, { raw: "Smith, J. A History. ISBN 978-0-00-000000-0" })],
    ["news", ref("https://www.reuters.com/world/asia/x")],
    ["news", ref("https://www.nknews.org/2025/01/new-phase")],
    ["news", ref(null, "The Daily Telegraph")],
    ["report", ref("https://think.example/publications/x", null, { title: "Annual threat assessment report" })],
    ["news", ref("https://blog.example/2024/05/some-story")],
    ["web", ref("https://example.com/about")],
    ["web", ref(null)],
  ])("%s: %j", (type, r) => expect(sourceType(r)).toBe(type));

  it("a hostile or broken URL does not throw", () => {
    expect(sourceType(ref("javascript:alert(1)"))).toBe("web");
    expect(sourceType(ref("http://[::1"))).toBe("web");
  });
});
