/**
 * Messages from a content script to the background. Each carries a `type`; anything else
 * arriving on the channel is ignored. (The popup asks the page directly: see page-state.ts.)
 */
import type { Settings } from './settings';
import type { PageSummary } from './summary';

export type Message =
  /** The page's summary after a pass that found something, or that clears what an earlier one found. */
  | { type: 'source-lens/summary'; summary: PageSummary }
  /**
   * The page may cover a report: is Source Lens on here, with which settings? When it is
   * and the frame has no engine yet, the background injects it before answering.
   */
  | { type: 'source-lens/prepare'; engineLoaded: boolean };

export interface PrepareReply {
  off: 'off' | 'off-for-site' | null;
  settings: Settings;
}

export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return type === 'source-lens/summary' || type === 'source-lens/prepare';
}

export function isPrepareReply(value: unknown): value is PrepareReply {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<PrepareReply>;
  return (v.off === null || v.off === 'off' || v.off === 'off-for-site') && typeof v.settings === 'object' && v.settings !== null;
}
