/**
 * What assistive technology hears for a highlight: its own words as the name (the article
 * is read as written), the verdict once as a short description, and which element it
 * expands. `aria-describedby` and `aria-controls` cannot point into a shadow root, so the
 * descriptions are light-DOM children of the card's host, assigned to a hidden slot of its
 * shadow root (a description may come from a hidden element, but Chromium ignores one
 * that is in no slot at all), and the controlled element is the host itself.
 */
import { VERDICT_ORDER, type Verdict } from '../annotate/types';
import { verdictLabel } from './card-model';
import { translator, type Locale } from './i18n';

/** The card host's id: the target of every highlight's aria-controls. */
export const CARD_HOST_ID = 'source-lens-card';

export const descriptionId = (verdict: Verdict): string => `source-lens-verdict-${verdict}`;

/** One short description per verdict, shared by every highlight with that verdict. */
export function addDescriptions(host: HTMLElement, shadow: ShadowRoot, locale: Locale): void {
  host.id = CARD_HOST_ID;
  const doc = host.ownerDocument;
  const slot = doc.createElement('slot');
  slot.hidden = true;
  shadow.appendChild(slot);
  for (const verdict of VERDICT_ORDER) {
    const el = doc.createElement('span');
    el.id = descriptionId(verdict);
    el.hidden = true;
    // Labelled before it joins the page, so the page sees it appear and nothing else.
    describeIn(el, verdict, locale);
    host.appendChild(el);
  }
}

/** The descriptions in the interface's language, when the reader has changed it. */
export function setDescriptionsLocale(host: HTMLElement, locale: Locale): void {
  for (const verdict of VERDICT_ORDER) {
    const el = host.querySelector<HTMLElement>(`#${descriptionId(verdict)}`);
    if (el && el.getAttribute('lang') !== locale) describeIn(el, verdict, locale);
  }
}

function describeIn(el: HTMLElement, verdict: Verdict, locale: Locale): void {
  const tr = translator(locale);
  // A label, not text: the page's text (body.textContent, which page scripts and our own
  // late-content watcher read) stays as it was; a description's text alternative includes it.
  el.setAttribute('aria-label', tr.t('highlight_description', { verdict: verdictLabel(verdict, tr) }));
  el.setAttribute('lang', locale);
}

/** Describes a focusable highlight and ties it to the card it opens. */
export function describeHighlight(el: HTMLElement, verdict: Verdict): void {
  el.setAttribute('aria-describedby', descriptionId(verdict));
  el.setAttribute('aria-controls', CARD_HOST_ID);
}
