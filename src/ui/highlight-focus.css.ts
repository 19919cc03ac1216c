/**
 * The highlights' focus ring and forced-colors look, inserted by the background with
 * `scripting.insertCSS` (user origin) into pages it injects the engine into: a user sheet's
 * !important rules win over the page's, even over inline ones, and a page cannot read the
 * sheet (it is not in document.styleSheets). Their colours stay inline (src/annotate).
 *
 * Focus ring (WCAG 2.2 focus appearance, 2.4.11 in its drafts, 2.4.13 now): two 3 px rings,
 * white inside, near-black outside. Whatever the page's colour, one of them changes its
 * pixels by at least 3:1, over more than a 2 px perimeter of the highlight (3 px: an
 * underline or anti-aliasing may cover some of it);
 * `box-decoration-break: clone` rings every line of a highlight that wraps.
 */
export const HIGHLIGHT_CSS = `
source-lens-mark[tabindex]:focus-visible {
  outline: 3px solid #1a1a1a !important; outline-offset: 3px !important;
  box-shadow: 0 0 0 3px #ffffff !important;
  -webkit-box-decoration-break: clone !important; box-decoration-break: clone !important;
}
@media (forced-colors: active) {
  /* System colours: the tint is gone, the underline style (solid, dashed, wavy, dotted) still tells verdicts and highlights apart. */
  source-lens-mark { text-decoration-color: LinkText !important; text-decoration-thickness: 2px !important; }
  source-lens-mark[tabindex]:focus-visible { outline: 3px solid Highlight !important; outline-offset: 3px !important; box-shadow: none !important; }
}
`;
