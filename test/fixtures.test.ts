// Every fixture under test/fixtures/ with an expected.json: one test per expected field.
import { describe, it, expect } from "vitest";
import { assertionsFor } from "./support/expectations";
import { loadFixtures, runPipeline } from "./support/pipeline";

const fixtures = loadFixtures();

describe("fixtures", () => {
  it("there are fixtures to check", () => {
    expect(fixtures.map((f) => f.slug)).toContain("seed-article");
  });
  for (const fx of fixtures) {
    describe(fx.slug, () => {
      let cached: ReturnType<typeof runPipeline> | undefined;
      const report = () => (cached ??= runPipeline(fx.html, fx.expected.url)).report;
      for (const a of assertionsFor(fx.expected)) {
        it(a.name, () => {
          expect(a.run(report()), a.name).toBeNull();
        });
      }
    });
  }
});
