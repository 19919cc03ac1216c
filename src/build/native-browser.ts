/**
 * Build-time only (a Vite plugin). WXT's content-script helpers (the script's context, the
 * shadow-root UI) import `wxt/browser`, which the polyfill module points at
 * webextension-polyfill, for two reads: `runtime.id` and `runtime.getURL`. Building the
 * polyfill's wrapped namespace was 45% of the content script's time on a page that covers
 * nothing (the bench's CPU profile, clean-links), for calls both browsers answer natively.
 * So WXT's helpers get the browser's own object; the background, popup and options, which
 * need the polyfill's promise-returning message listeners, keep it.
 */
import type { Plugin } from 'vite';

const NATIVE = '\0source-lens:native-browser';
/** What `wxt/browser` becomes once the polyfill module's alias has applied. */
const POLYFILLED = /^(?:wxt\/browser|@wxt-dev\/webextension-polyfill\/browser)$/;
/** WXT's content-script helpers, the only importers that get the native object. */
const WXT_UTILS = /[\\/]node_modules[\\/]wxt[\\/]dist[\\/]utils[\\/]/;

export function nativeBrowserForWxtUtils(): Plugin {
  return {
    name: 'source-lens:native-browser',
    enforce: 'pre',
    resolveId(source, importer) {
      return POLYFILLED.test(source) && importer !== undefined && WXT_UTILS.test(importer) ? NATIVE : null;
    },
    load(id) {
      if (id !== NATIVE) return null;
      // Firefox has `browser`; Chromium has `chrome` (and no `browser` without the polyfill).
      return 'export const browser = globalThis.browser ?? globalThis.chrome;\n';
    },
  };
}
