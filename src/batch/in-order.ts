/**
 * Maps an async stream through a concurrent function and yields the answers in input order.
 * At most `window` items are in flight, so a slow page holds back the output, not memory:
 * the reader stops reading until the oldest answer is out.
 */

/** `run` must not reject (answer failures as values), or the rejection ends the stream. */
export async function* inOrder<T, R>(source: AsyncIterable<T>, run: (item: T) => Promise<R>, window: number): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  for await (const item of source) {
    pending.push(run(item));
    if (pending.length >= Math.max(1, window)) yield await pending.shift()!;
  }
  while (pending.length) yield await pending.shift()!;
}
