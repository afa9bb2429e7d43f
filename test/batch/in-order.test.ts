// inOrder: answers in input order whatever order the work finishes in, never more in flight than the window.
import { describe, it, expect } from "vitest";
import { inOrder } from "../../src/batch/in-order";

async function* numbers(n: number, read: number[]) {
  for (let i = 0; i < n; i++) {
    read.push(i);
    yield i;
  }
}

describe("inOrder", () => {
  it("keeps input order when later items finish first, and bounds the items in flight", async () => {
    let inFlight = 0;
    let most = 0;
    const read: number[] = [];
    const delays = [30, 1, 20, 2, 15, 0, 9, 3, 25, 1, 5, 4];
    const run = async (i: number) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, delays[i]));
      inFlight--;
      return i * 10;
    };
    const out: number[] = [];
    for await (const r of inOrder(numbers(delays.length, read), run, 3)) {
      out.push(r);
      // The reader never runs more than the window ahead of what has been given out.
      expect(read.length - out.length).toBeLessThanOrEqual(3);
    }
    expect(out).toEqual(delays.map((_, i) => i * 10));
    expect(most).toBe(3);
  });

  it("gives nothing for nothing", async () => {
    const out: number[] = [];
    for await (const r of inOrder(numbers(0, []), async (i) => i, 4)) out.push(r);
    expect(out).toEqual([]);
  });
});
