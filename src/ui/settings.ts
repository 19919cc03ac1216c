/**
 * The reader's settings: what they are and what they mean. Where they are kept is
 * settings-store.ts, which only the background, the popup and the options page load.
 */
import type { LanguageSetting } from './i18n';

export interface Settings {
  /** Source Lens on or off everywhere. */
  enabled: boolean;
  /** Host names where Source Lens is off ("www.example.com"). */
  disabledSites: string[];
  /** Show every annotation, or only those that need the reader's attention. */
  show: 'all' | 'attention';
  /** Highlight style: a tinted background, or an underline only. */
  style: 'background' | 'underline';
  /** The interface's language: the browser's, or one the reader chose. */
  language: LanguageSetting;
}

export const DEFAULT_SETTINGS: Settings = { enabled: true, disabledSites: [], show: 'all', style: 'background', language: 'auto' };

export function isOffFor(settings: Settings, host: string): 'off' | 'off-for-site' | null {
  if (!settings.enabled) return 'off';
  return settings.disabledSites.includes(host) ? 'off-for-site' : null;
}
