/**
 * The settings in extension storage (WXT storage), read and watched by the background, the
 * popup and the options page. Content scripts never read storage: the background hands a
 * page its settings when the page may cover a report (see messages.ts).
 */
import { storage } from '#imports';
import { DEFAULT_SETTINGS, type Settings } from './settings';

export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS });
