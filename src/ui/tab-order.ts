/**
 * Where Tab goes next in the page, seen from one element. The card's host is the last child
 * of <body>, so the browser's own order would send Tab from the card's last link out of the
 * page. Instead, Tab from the card's last control goes on to the next highlight (a reader
 * walking the card is walking the findings; the links between are reached from the
 * highlight itself, without opening its card), and past the last highlight to what follows
 * it in the page.
 */
const TABBABLE = 'a[href], area[href], button, input, select, textarea, summary, iframe, [contenteditable=""], [contenteditable="true"], [tabindex]';

function isTabbable(el: HTMLElement): boolean {
  if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled) return false;
  if (el.closest('[inert], [hidden]')) return false;
  // Not rendered (display: none or detached): the browser skips it too.
  return el.getClientRects().length > 0;
}

/**
 * The first tabbable element matching `selector` after `from` in document order, outside
 * `skip` (the card's host). Positive tabindex values are treated as 0: they are rare, and the
 * page order is what a reader sees.
 */
function firstAfter(doc: Document, from: Element, selector: string, skip: Element): HTMLElement | null {
  for (const el of Array.from(doc.querySelectorAll<HTMLElement>(selector))) {
    if (el === from || from.contains(el) || skip.contains(el)) continue;
    if (from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING && isTabbable(el)) return el;
  }
  return null;
}

/**
 * Where Tab from the card goes: the next highlight (`highlights`, a selector) after `from`,
 * else the next tabbable element of any kind after it; null at the end of the page.
 */
export function nextTabStop(doc: Document, from: Element, highlights: string, skip: Element): HTMLElement | null {
  return firstAfter(doc, from, highlights, skip) ?? firstAfter(doc, from, TABBABLE, skip);
}
