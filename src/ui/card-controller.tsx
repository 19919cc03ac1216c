/**
 * Opening and closing the source card, per WCAG 1.4.13 (content on hover or focus):
 * - it opens on hover and on keyboard focus of a highlight;
 * - it is hoverable: moving the pointer from the highlight onto the card keeps it open;
 * - it is dismissible: Escape closes it without moving the pointer, returning focus;
 * - it is persistent: it stays until the pointer or focus leaves, or it is dismissed.
 * Enter on a highlight moves focus into the card, so its links are reachable by keyboard.
 * All listeners hang off one AbortSignal, so tearing down is one call.
 */
import { render } from 'preact';
import { HIGHLIGHT_TAG } from '../annotate/highlight';
import type { CardModel } from './card-model';
import { SourceCard } from './SourceCard';

const OPEN_DELAY = 120;
const CLOSE_DELAY = 300;
const MARGIN = 8;
const GAP = 6;

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
    const { width, height } = card.getBoundingClientRect();
    const left = Math.max(MARGIN, Math.min(rect.left, vw - width - MARGIN));
    const below = rect.bottom + GAP;
    const above = rect.top - GAP - height;
    const top = below + height <= vh - MARGIN || above < MARGIN ? Math.min(below, Math.max(MARGIN, vh - height - MARGIN)) : above;
    card.style.left = `${Math.round(left)}px`;
    card.style.top = `${Math.round(top)}px`;
  };

  const setExpanded = (id: string | null, value: boolean) => {
    if (!id) return;
    anchorFor(id)?.setAttribute('aria-expanded', String(value));
  };

  const close = (returnFocus: boolean) => {
    cancel();
    if (!current) return;
    const { id, anchor } = current;
    current = null;
    setExpanded(id, false);
    render(null, container);
    if (returnFocus && anchor.isConnected) anchor.focus();
  };

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
    if (focusCard) {
      const first = container.querySelector('a, button') as HTMLElement | null;
      first?.focus();
    }
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
    if (h && h.hasAttribute('tabindex')) open(h, false);
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
      close(true);
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
