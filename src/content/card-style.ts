/** The hover card's stylesheet (inside its shadow root; `:host { all: initial }` shuts page CSS out). */
export const CARD_CSS = `
:host { all: initial; position: fixed; z-index: 2147483647; top: 0; left: 0; display: block; }
:host([hidden]) { display: none; }
.card { box-sizing: border-box; width: min(360px, calc(100vw - 16px)); max-height: 50vh; overflow: auto;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2937; background: #ffffff;
  border: 1px solid #d1d5db; border-left: 4px solid #f59e0b; border-radius: 8px; padding: 10px 12px;
  box-shadow: 0 8px 24px rgba(0, 0, 0, 0.18); }
.heading { margin: 0 0 6px; font-size: 11px; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase; color: #6b7280; }
ul { margin: 0; padding: 0; list-style: none; }
li + li { margin-top: 8px; padding-top: 8px; border-top: 1px solid #e5e7eb; }
.title { font-weight: 600; }
.label { display: inline-block; min-width: 1.4em; margin-right: 4px; padding: 0 4px; border-radius: 4px; background: #fef3c7; color: #92400e; text-align: center; font-weight: 600; }
.meta { color: #4b5563; }
.guess { color: #4b5563; font-size: 11px; font-style: italic; }
.check { margin-top: 3px; color: #92400e; }
.check.error { color: #b91c1c; }
.check.info { color: #4b5563; }
.live { margin-top: 3px; color: #166534; }
.live-redirected, .live-paywalled { color: #92400e; }
.live-not-found, .live-gone, .live-unreachable { color: #b91c1c; }
.support { margin-top: 3px; font-weight: 600; }
.support-found { color: #166534; } .support-partial { color: #92400e; } .support-not-found { color: #b91c1c; }
.archive { color: #1d4ed8; text-decoration: underline; }
.archive:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; border-radius: 2px; }
.passage { margin: 4px 0 0; padding-left: 8px; border-left: 3px solid #d1d5db; color: #374151; font-style: italic; }
.via { margin: 6px 0 0; color: #374151; }
.parts { margin-top: 4px; }
.parts li + li { margin-top: 2px; padding-top: 0; border-top: 0; }
.part { display: block; }
.mark { display: inline-block; width: 1.2em; font-weight: 700; }
.part-found .mark { color: #166534; } .part-missing .mark { color: #b91c1c; }
.part-passage { display: block; margin-left: 1.2em; color: #4b5563; font-size: 12px; font-style: italic; }
.parts-more { margin-top: 2px; color: #6b7280; font-size: 11px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.hint { margin-top: 8px; color: #6b7280; font-size: 11px; }
.said { margin: 0 0 6px; font-weight: 600; }
.said-anonymous { font-style: italic; }
@media (prefers-color-scheme: dark) {
  .card { color: #e5e7eb; background: #1f2937; border-color: #374151; border-left-color: #f59e0b; }
  .heading, .hint { color: #9ca3af; }
  .meta, .guess { color: #d1d5db; }
  li + li { border-top-color: #374151; }
  .label { background: #78350f; color: #fef3c7; }
  .check { color: #fbbf24; } .check.error { color: #fca5a5; } .check.info { color: #d1d5db; }
  .live, .support-found { color: #86efac; }
  .live-redirected, .live-paywalled, .support-partial { color: #fbbf24; }
  .live-not-found, .live-gone, .live-unreachable, .support-not-found { color: #fca5a5; }
  .passage { color: #d1d5db; border-left-color: #4b5563; }
  .via { color: #d1d5db; }
  .part-found .mark { color: #86efac; } .part-missing .mark { color: #fca5a5; }
  .part-passage { color: #d1d5db; } .parts-more { color: #9ca3af; }
  .archive { color: #93c5fd; } .archive:focus-visible { outline-color: #93c5fd; }
}
`;
