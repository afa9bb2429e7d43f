/**
 * Modules of the popup that an opening does not need at once, imported on first use (their
 * code is a chunk of the popup's build): the popup's opening parses less, and the part
 * renders when its chunk arrives.
 */
import { useEffect, useState } from "preact/hooks";

export interface LazyModule<T> {
  /** The module, imported on the first call. */
  load(): Promise<T>;
  /** The module once it has arrived, else null. */
  now(): T | null;
}

/** A module that `load` imports once, for every caller. */
export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let loaded: T | null = null;
  let loading: Promise<T> | null = null;
  return {
    load: () => (loading ??= importer().then((m) => (loaded = m))),
    now: () => loaded,
  };
}

/** The module in a component: null until it has arrived, then a render with it. */
export function useModule<T>(lazy: LazyModule<T>): T | null {
  const [mod, setMod] = useState(lazy.now);
  useEffect(() => {
    if (mod) return;
    let live = true;
    lazy.load().then(
      (m) => live && setMod(() => m),
      (e: unknown) => console.warn("[sourcelight] a part of the popup could not load", e),
    );
    return () => {
      live = false;
    };
  }, [lazy, mod]);
  return mod;
}
