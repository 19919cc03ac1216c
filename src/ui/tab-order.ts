/**
 * Where Tab goes next in the page, seen from one element. The card's host is the last child
 * of <body>, so the browser's own order would send Tab from the card's last link out of the
 * page; the card behaves instead as if it sat right after the highlight that opened it.
 */
const TABBABLE = 'a[href], area[href], button, input, select, textarea, summary, iframe, [contenteditable=""], [contenteditable="true"], [tabindex]';

function isTabbable(el: HTMLElement): boolean {
  if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled) return false;
  if (el.closest('[inert], [hidden]')) return false;
  // Not rendered (display: none or detached): the browser skips it too.
  return el.getClientRects().length > 0;
}

/**
 * The first tabbable element after (direction 1) or before (-1) `from` in document order,
 * outside `skip` (the card's host); null at either end of the page. Positive tabindex values
 * are treated as 0: they are rare, and the page order is what a reader sees.
 */
export function tabbableFrom(doc: Document, from: Element, direction: 1 | -1, skip: Element): HTMLElement | null {
  const all = Array.from(doc.querySelectorAll<HTMLElement>(TABBABLE));
  const ordered = direction === 1 ? all : all.reverse();
  const wanted = direction === 1 ? Node.DOCUMENT_POSITION_FOLLOWING : Node.DOCUMENT_POSITION_PRECEDING;
  for (const el of ordered) {
    if (el === from || from.contains(el) || skip.contains(el)) continue;
    if (from.compareDocumentPosition(el) & wanted && isTabbable(el)) return el;
  }
  return null;
}
