// Reading URLs as citations write them: with or without a scheme, and, for the analyzer's
// many reads of the same reference links, remembered.
import { describe, expect, it } from "vitest";
import { parseLoose, readLoose, remembered } from "../../src/url/loose-url";

describe("parseLoose", () => {
  it("reads a scheme-less address as https and keeps a written scheme", () => {
    expect(parseLoose("38north.org/2024/05/kim-russia")?.href).toBe("https://38north.org/2024/05/kim-russia");
    expect(parseLoose("//cdn.example/x")?.hostname).toBe("cdn.example");
    expect(parseLoose("http://example.org/a")?.protocol).toBe("http:");
    expect(parseLoose("http://[not a host")).toBeNull();
  });

  it("gives a fresh URL each time, to edit", () => {
    const a = parseLoose("https://example.org/a?utm_source=x")!;
    a.searchParams.delete("utm_source");
    expect(parseLoose("https://example.org/a?utm_source=x")!.search).toBe("?utm_source=x");
  });
});

describe("readLoose", () => {
  it("answers as parseLoose does, the same object for the same text", () => {
    for (const text of ["38north.org/2024/05/kim-russia", "  https://example.org/a?b=1#c ", "http://[not a host", "mailto:desk@example.org"]) {
      expect(readLoose(text)?.href ?? null).toBe(parseLoose(text)?.href ?? null);
    }
    expect(readLoose("https://example.org/kept")).toBe(readLoose("https://example.org/kept"));
    expect(readLoose("http://[not a host")).toBeNull();
  });

  it("stays bounded on a page of thousands of distinct links", () => {
    const first = readLoose("https://example.org/first")!;
    for (let i = 0; i < 5000; i++) readLoose(`https://example.org/page/${i}`);
    const again = readLoose("https://example.org/first")!;
    expect(again.href).toBe(first.href);
    expect(again).not.toBe(first); // forgotten and parsed again, not kept forever
  });
});

describe("remembered", () => {
  it("computes each text's answer once, null answers included, and starts over past its bound", () => {
    const calls: string[] = [];
    const f = remembered((t) => (calls.push(t), t === "none" ? null : t.length), 2);
    expect([f("abc"), f("abc"), f("none"), f("none")]).toEqual([3, 3, null, null]);
    expect(calls).toEqual(["abc", "none"]);
    f("third"); // the bound reached: the memory starts over
    f("abc");
    expect(calls).toEqual(["abc", "none", "third", "abc"]);
  });
});
