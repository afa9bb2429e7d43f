/**
 * Stylesheets we add: one on the document (highlight colours, the <sourcelight-mark>
 * fallback) and one inside the hover card's shadow root. Constructable stylesheets first
 * (page CSP cannot block them); a <style> element where a browser refuses to adopt a sheet
 * built in the content script's world.
 */

import { HIGHLIGHT_ATTR } from "./painter";

const MARKER = "background-color: rgba(251, 191, 36, 0.35); text-decoration: underline rgba(180, 83, 9, 0.75) 2px; text-underline-offset: 3px;";
const UNDERLINE = "text-decoration: underline rgba(180, 83, 9, 0.9) 2px; text-underline-offset: 3px;";
const UNSOURCED = "text-decoration: underline dotted rgba(185, 28, 28, 0.85) 2px; text-underline-offset: 3px;";

/**
 * The page stylesheet for a highlight style ("marker": tinted background, "underline": a line
 * only). Highlight rules are scoped to the painter's HIGHLIGHT_ATTR (see painter.ts: why).
 */
export function pageCss(style: "marker" | "underline" = "marker"): string {
  const claim = style === "underline" ? UNDERLINE : MARKER;
  const at = `[${HIGHLIGHT_ATTR}]`;
  return `
${at}::highlight(sourcelight-claim) { ${claim} }
${at}::highlight(sourcelight-unsourced) { ${UNSOURCED} }
${at}::highlight(sourcelight-active) { background-color: rgba(251, 191, 36, 0.6); }
${at}::highlight(sourcelight-flash) { background-color: rgba(14, 165, 233, 0.45); }
sourcelight-mark { all: unset; display: inline; ${claim} cursor: help; }
sourcelight-mark[data-unsourced] { background-color: transparent; ${UNSOURCED} }
sourcelight-mark[data-active] { background-color: rgba(251, 191, 36, 0.6); }
sourcelight-mark[data-flash] { background-color: rgba(14, 165, 233, 0.45); transition: background-color 0.3s; }
`;
}

/** Adds `css` to a document or shadow root; returns the function that removes it again. */
export function addStyles(target: Document | ShadowRoot, css: string): () => void {
  const isDoc = target.nodeType === 9; // DOCUMENT_NODE; no global constructors: `target` may be another window's
  const doc = isDoc ? (target as Document) : (target.ownerDocument as Document);
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet ?? globalThis.CSSStyleSheet;
    const sheet = new Sheet();
    sheet.replaceSync(css);
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    // Firefox may accept the assignment yet drop a sheet from another realm: verify.
    if (target.adoptedStyleSheets.includes(sheet)) {
      return () => {
        target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
      };
    }
  } catch {
    // fall through to a <style> element
  }
  const style = doc.createElement("style");
  style.textContent = css;
  (isDoc ? (doc.head ?? doc.documentElement) : target).append(style);
  return () => style.remove();
}
