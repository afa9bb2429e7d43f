/**
 * Notices that the page changed under our drawing (single-page apps, infinite scroll,
 * late-loading content) and calls back once things are quiet again. One MutationObserver,
 * debounced, disconnected when `signal` aborts. Changes inside our own elements are ignored.
 */

const OURS = /^SOURCELIGHT-/;

/** True when a mutation record is about the page's content rather than our own elements. */
export function isPageChange(record: MutationRecord): boolean {
  const target = record.target as Element;
  if (target.nodeType === 1 && (OURS.test(target.nodeName) || target.closest?.("sourcelight-mark, sourcelight-card"))) return false;
  if (record.type === "characterData") return !target.parentElement?.closest("sourcelight-mark, sourcelight-card");
  return [...record.addedNodes, ...record.removedNodes].some((n) => !OURS.test(n.nodeName));
}

/** Calls `onChange` `debounceMs` after the last page change; stops when `signal` aborts. */
export function watchPage(win: Window & typeof globalThis, signal: AbortSignal, debounceMs: number, onChange: () => void): void {
  const root = win.document.body ?? win.document.documentElement;
  if (!root || typeof win.MutationObserver !== "function" || signal.aborted) return;
  let timer = 0;
  const observer = new win.MutationObserver((records) => {
    if (!records.some(isPageChange)) return;
    win.clearTimeout(timer);
    timer = win.setTimeout(() => {
      if (!signal.aborted) onChange();
    }, debounceMs);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener("abort", () => {
    observer.disconnect();
    win.clearTimeout(timer);
  });
}
