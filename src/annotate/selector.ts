/**
 * W3C TextQuoteSelector for a span of an article block: the exact words plus a little
 * context either side, enough to find the same words again in the live page even when
 * the figure occurs more than once.
 */
import type { TextQuoteSelector } from '../knowledge/types';

const CONTEXT = 32;

export function quoteSelector(text: string, start: number, end: number): TextQuoteSelector {
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
  };
}
