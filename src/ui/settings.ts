/**
 * User settings, kept in extension storage (WXT storage) and read by the content script,
 * the popup and the options page. Changes apply at once in open tabs through `watch`.
 */
import { storage } from '#imports';

export interface Settings {
  /** Source Lens on or off everywhere. */
  enabled: boolean;
  /** Host names where Source Lens is off ("www.example.com"). */
  disabledSites: string[];
  /** Show every annotation, or only those that need the reader's attention. */
  show: 'all' | 'attention';
  /** Highlight style: a tinted background, or an underline only. */
  style: 'background' | 'underline';
}

export const DEFAULT_SETTINGS: Settings = { enabled: true, disabledSites: [], show: 'all', style: 'background' };

export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS });

export function isOffFor(settings: Settings, host: string): 'off' | 'off-for-site' | null {
  if (!settings.enabled) return 'off';
  return settings.disabledSites.includes(host) ? 'off-for-site' : null;
}
