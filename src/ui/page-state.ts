/**
 * Where the extension reaches a tab's content script without a message listener in every
 * page. The content script keeps its latest summary and a way to check the page again in
 * globals of its isolated world; with `scripting.executeScript` the popup runs
 * `readPageSummary` there, and `focusHighlight` to take the reader to an annotation, and
 * the background runs `rerunPage` when the options change and `stepHighlight` for the
 * keyboard commands. Pulling, not pushing: a page
 * that covers nothing sends no message and wakes nothing.
 *
 * The functions that run in the page are serialised by the browser: they must stand alone
 * (no imports, no module constants), which is why the keys and the tag are written out.
 */
import type { PageSummary } from './summary';

type Shared = Record<symbol, unknown>;

/**
 * Also counts the passes so far (`source-lens.passes`): in a release build nothing the page
 * can see says that a pass ran, so the browser tests read this count to know it did.
 */
export function publishSummary(summary: PageSummary): void {
  const shared = globalThis as Shared;
  shared[Symbol.for('source-lens.page')] = summary;
  const passes = shared[Symbol.for('source-lens.passes')];
  shared[Symbol.for('source-lens.passes')] = (typeof passes === 'number' ? passes : 0) + 1;
}

export function publishRerun(rerun: () => void): void {
  (globalThis as Shared)[Symbol.for('source-lens.rerun')] = rerun;
}

export function rerunPage(): boolean {
  const rerun = (globalThis as Record<symbol, unknown>)[Symbol.for('source-lens.rerun')];
  if (typeof rerun !== 'function') return false;
  rerun();
  return true;
}

export function readPageSummary(): unknown {
  return (globalThis as Record<symbol, unknown>)[Symbol.for('source-lens.page')] ?? null;
}

export function focusHighlight(id: string): boolean {
  const el = document.querySelector(`source-lens-mark[data-source-lens-id="${CSS.escape(id)}"][tabindex]`);
  if (!(el instanceof HTMLElement)) return false;
  el.scrollIntoView({ block: 'center' });
  el.focus();
  return true;
}

/**
 * The keyboard commands: focus the next (1) or previous (-1) highlight after the one whose
 * card is open, or the focused element, wrapping at the ends; focusing it opens its card.
 * The scroll is smooth unless the reader asks for reduced motion. False when the page has
 * no highlight.
 */
export function stepHighlight(direction: number): boolean {
  const all = Array.from(document.querySelectorAll<HTMLElement>('source-lens-mark[tabindex]'));
  if (all.length === 0) return false;
  const from = document.querySelector('source-lens-mark[aria-expanded="true"]') ?? document.activeElement;
  const current = from ? all.indexOf(from as HTMLElement) : -1;
  let next: HTMLElement | undefined;
  if (current >= 0) {
    next = all[(current + direction + all.length) % all.length];
  } else {
    // Not on a highlight: the first one after (or before) the focused element in the page.
    const after = (el: HTMLElement) => !!from && from !== document.body && (from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    next = direction > 0 ? (all.find(after) ?? all[0]) : ([...all].reverse().find((el) => !after(el)) ?? all[all.length - 1]);
  }
  if (!next) return false;
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  next.scrollIntoView({ block: 'center', behavior: reduce ? 'instant' : 'smooth' });
  next.focus({ preventScroll: true });
  return true;
}

export function isPageSummary(value: unknown): value is PageSummary {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<PageSummary>;
  return typeof v.state === 'string' && Array.isArray(v.items) && Array.isArray(v.reports) && typeof v.counts === 'object';
}
