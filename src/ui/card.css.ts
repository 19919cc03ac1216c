/**
 * The card's styles, injected into its shadow root. Pixel units only: the page's root
 * font size must not scale the card. Light and dark schemes both set text and background.
 */
export const CARD_CSS = `
:host { all: initial; }
.sl-card { position: fixed; z-index: 2147483647; box-sizing: border-box; width: 380px; max-width: calc(100vw - 16px);
  max-height: min(480px, calc(100vh - 16px)); overflow: auto; padding: 12px 14px; border-radius: 8px;
  background: #ffffff; color: #1a1a1a; border: 1px solid #8a8a8a; box-shadow: 0 6px 24px rgba(0,0,0,.25);
  font: 14px/20px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left; }
.sl-header { display: flex; align-items: center; gap: 8px; margin: 0 0 8px; }
.sl-icon { display: inline-flex; align-items: center; justify-content: center; width: 22px; height: 22px; border-radius: 11px;
  font-weight: 700; font-size: 14px; color: #ffffff; background: #555555; flex: none; }
.sl-supported .sl-icon { background: #1e7b34; }
.sl-needs-context .sl-icon { background: #8a5a00; }
.sl-misleading .sl-icon { background: #b3261e; }
.sl-other-source .sl-icon { background: #2b4fb3; }
.sl-verdict { flex: 1; margin: 0; font-size: 16px; line-height: 22px; font-weight: 700; }
.sl-close { border: 1px solid #8a8a8a; background: transparent; color: inherit; border-radius: 4px; width: 26px; height: 26px;
  font-size: 16px; line-height: 20px; cursor: pointer; }
.sl-close:focus-visible, .sl-card a:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
.sl-label, .sl-tag { font-weight: 600; }
.sl-tag { font-size: 12px; text-transform: uppercase; letter-spacing: .5px; }
.sl-article, .sl-match, .sl-source, .sl-section p { margin: 0 0 8px; }
.sl-match, .sl-note { font-style: italic; }
.sl-h3 { margin: 10px 0 4px; font-size: 13px; line-height: 18px; font-weight: 700; text-transform: uppercase; letter-spacing: .4px; }
.sl-quote { margin: 0 0 8px; padding: 6px 10px; border-left: 3px solid #8a8a8a; background: #f4f4f4; color: #1a1a1a; }
.sl-mark { background: #ffe066; color: #111111; font-weight: 700; padding: 0 1px; }
.sl-caveats, .sl-links, .sl-diff { margin: 0 0 8px; padding-left: 18px; }
.sl-caveats li, .sl-diff li { margin: 0 0 6px; }
.sl-card a { color: #0b57d0; text-decoration: underline; }
ins { text-decoration: underline; background: #d7f0dc; color: #111111; }
del { text-decoration: line-through; background: #ffd6d1; color: #111111; }
.sl-source { font-size: 12px; line-height: 16px; color: #444444; }
@media (prefers-color-scheme: dark) {
  .sl-card { background: #1f1f1f; color: #f0f0f0; border-color: #9a9a9a; }
  .sl-quote { background: #2c2c2c; color: #f0f0f0; }
  .sl-card a { color: #8ab4f8; }
  .sl-source { color: #c8c8c8; }
}
@media (forced-colors: active) {
  .sl-card { border: 2px solid CanvasText; }
  .sl-icon { border: 1px solid CanvasText; }
  .sl-mark { background: Mark; color: MarkText; }
  .sl-close:focus-visible, .sl-card a:focus-visible { outline-color: Highlight; }
}
/* Nothing in the card moves today; this keeps it so for readers who ask for less motion. */
@media (prefers-reduced-motion: reduce) {
  * { animation: none !important; transition: none !important; scroll-behavior: auto !important; }
}
`;
