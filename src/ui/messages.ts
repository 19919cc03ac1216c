/**
 * Messages between the content script, the background and the popup. Each carries a
 * `type`; anything else arriving on the channel is ignored.
 */
import type { PageSummary } from './summary';

export type Message =
  /** Content script -> background: the page's summary after each pass. */
  | { type: 'source-lens/summary'; summary: PageSummary }
  /** Popup -> background: the stored summary of a tab. */
  | { type: 'source-lens/get-summary'; tabId: number }
  /** Popup -> content script: scroll to and focus one highlight. */
  | { type: 'source-lens/focus'; id: string };

export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return type === 'source-lens/summary' || type === 'source-lens/get-summary' || type === 'source-lens/focus';
}
