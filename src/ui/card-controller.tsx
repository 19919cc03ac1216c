/**
 * Opening and closing the source card, per WCAG 1.4.13 (content on hover or focus):
 * - it opens on hover and on keyboard focus of a highlight;
 * - it is hoverable: moving the pointer from the highlight onto the card keeps it open;
 * - it is dismissible: Escape closes it, always, without moving the pointer; focus that was
 *   in the card returns to the highlight, and that focus does not open the card again;
 * - it is persistent: it stays until the pointer or focus leaves, or it is dismissed.
 * Enter on a highlight moves focus into the card, so its links are reachable by keyboard;
 * Tab from the card's last control goes on to the next highlight, Shift+Tab from its first
 * goes back to the highlight (src/ui/tab-order.ts). The card is placed beside its
 * highlight, never over it: below, else above, shortened to the room there is.
 * All listeners hang off one AbortSignal, so tearing down is one call.
 */
import { render } from 'preact';
import { HIGHLIGHT_TAG } from '../annotate/highlight';
import type { CardModel } from './card-model';
import { SourceCard } from './SourceCard';
import { nextTabStop } from './tab-order';

/** Hover intent: a pointer passing over a highlight on its way elsewhere opens nothing. */
const OPEN_DELAY = 120;
/** Time to move the pointer from the highlight onto the card (WCAG 1.4.13 hoverable). */
const CLOSE_DELAY = 300;
/** Space kept between the card and the viewport's edges. */
const MARGIN = 8;
/** Space between the highlight and the card; more than the highlight's 6 px focus ring, so the ring stays visible. */
const GAP = 8;

export interface CardControllerOptions {
  doc: Document;
  /** Element inside the card's shadow root that the card renders into. */
  container: HTMLElement;
  /** The element hosting the shadow root (part of the page). */
  host: HTMLElement;
  model(id: string): CardModel | null;
  signal: AbortSignal;
}

export interface CardController {
  open(highlight: HTMLElement, focusCard: boolean): void;
  close(returnFocus: boolean): void;
  openId(): string | null;
}

function highlightOf(target: EventTarget | null): HTMLElement | null {
  const el = target as Element | null;
  if (!el || typeof el.closest !== 'function') return null;
  return el.closest(HIGHLIGHT_TAG) as HTMLElement | null;
}

export function createCardController(options: CardControllerOptions): CardController {
  const { doc, container, host, signal } = options;
  const win = doc.defaultView ?? window;
  let current: { id: string; anchor: HTMLElement } | null = null;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;

  const anchorFor = (id: string): HTMLElement | null =>
    doc.querySelector(`${HIGHLIGHT_TAG}[data-source-lens-id="${id}"][tabindex]`) as HTMLElement | null;

  const cancel = () => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
  };

  const place = () => {
    const card = container.querySelector('[data-source-lens-card]') as HTMLElement | null;
    if (!card || !current) return;
    const rect = current.anchor.getBoundingClientRect();
    const vw = win.innerWidth;
    const vh = win.innerHeight;
    card.style.maxHeight = '';
    const { width, height } = card.getBoundingClientRect();
    const left = Math.max(MARGIN, Math.min(rect.left, vw - width - MARGIN));
    const roomBelow = vh - MARGIN - (rect.bottom + GAP);
    const roomAbove = rect.top - GAP - MARGIN;
    // Below when it fits, else above when it fits, else on the roomier side, shortened
    // (the card scrolls): never over the highlight.
    const below = height <= roomBelow || (height > roomAbove && roomBelow >= roomAbove);
    const shown = Math.max(0, Math.min(height, below ? roomBelow : roomAbove));
    if (shown < height) card.style.maxHeight = `${Math.floor(shown)}px`;
    const top = below ? Math.max(MARGIN, rect.bottom + GAP) : Math.max(MARGIN, rect.top - GAP - shown);
    card.style.left = `${Math.round(left)}px`;
    card.style.top = `${Math.round(top)}px`;
  };

  const setExpanded = (id: string | null, value: boolean) => {
    if (!id) return;
    anchorFor(id)?.setAttribute('aria-expanded', String(value));
  };

  // Set while focus is handed back to a highlight, so its focus handler leaves the card closed.
  let returning = false;

  const focusWithoutOpening = (el: HTMLElement) => {
    returning = true;
    try {
      el.focus();
    } finally {
      returning = false;
    }
  };

  const close = (returnFocus: boolean) => {
    cancel();
    if (!current) return;
    const { id, anchor } = current;
    current = null;
    setExpanded(id, false);
    render(null, container);
    if (returnFocus && anchor.isConnected) focusWithoutOpening(anchor);
  };

  /** The card's links and buttons, in order. */
  const controls = () => Array.from(container.querySelectorAll<HTMLElement>('a[href], button'));
  const open = (highlight: HTMLElement, focusCard: boolean) => {
    cancel();
    const id = highlight.getAttribute('data-source-lens-id');
    if (!id) return;
    const model = options.model(id);
    if (!model) return;
    const anchor = anchorFor(id) ?? highlight;
    if (current && current.id !== id) setExpanded(current.id, false);
    current = { id, anchor };
    render(<SourceCard model={model} labelId={`source-lens-card-${id}`} onClose={() => close(true)} />, container);
    setExpanded(id, true);
    place();
    if (focusCard) controls()[0]?.focus();
  };

  const inCard = (target: EventTarget | null) => target === host || (target instanceof Node && host.contains(target));

  const on = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void) =>
    doc.addEventListener(type, fn, { signal, capture: true });

  on('pointerover', (e) => {
    const h = highlightOf(e.target);
    if (h) {
      clearTimeout(closeTimer);
      if (current?.id === h.getAttribute('data-source-lens-id')) return;
      clearTimeout(openTimer);
      openTimer = setTimeout(() => open(h, false), OPEN_DELAY);
    } else if (inCard(e.target)) {
      clearTimeout(closeTimer);
    }
  });
  on('pointerout', (e) => {
    const to = e.relatedTarget;
    if (highlightOf(to) || inCard(to)) return;
    if (highlightOf(e.target) || inCard(e.target)) {
      clearTimeout(openTimer);
      // Focus keeps the card open: it was opened for a keyboard user too.
      if (current && doc.activeElement === current.anchor) return;
      closeTimer = setTimeout(() => close(false), CLOSE_DELAY);
    }
  });
  on('focusin', (e) => {
    const h = highlightOf(e.target);
    if (h && h.hasAttribute('tabindex') && !returning) open(h, false);
  });
  on('focusout', (e) => {
    if (!current) return;
    const to = e.relatedTarget;
    if (inCard(to) || highlightOf(to)?.getAttribute('data-source-lens-id') === current.id) return;
    if (highlightOf(e.target) || inCard(e.target)) close(false);
  });
  on('keydown', (e) => {
    if (e.key === 'Escape' && current) {
      e.stopPropagation();
      // Focus in the card goes back to the highlight; focus elsewhere (a hover card) stays put.
      close(inCard(e.target) || e.target === current.anchor);
      return;
    }
    if (e.key === 'Tab' && current && inCard(e.target)) {
      const list = controls();
      const active = host.shadowRoot?.activeElement ?? null;
      const { anchor } = current;
      if (e.shiftKey && active === list[0]) {
        e.preventDefault();
        anchor.focus();
      } else if (!e.shiftKey && active === list[list.length - 1]) {
        e.preventDefault();
        const next = nextTabStop(doc, anchor, `${HIGHLIGHT_TAG}[tabindex]`, host);
        close(!next);
        next?.focus();
      }
      return;
    }
    const h = highlightOf(e.target);
    if (h && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      open(h, true);
    }
  });
  on('pointerdown', (e) => {
    if (current && !inCard(e.target) && !highlightOf(e.target)) close(false);
  });
  win.addEventListener('scroll', () => place(), { signal, passive: true, capture: true });
  win.addEventListener('resize', () => place(), { signal, passive: true });
  signal.addEventListener('abort', () => {
    cancel();
    render(null, container);
  });

  return { open, close, openId: () => current?.id ?? null };
}
