/**
 * The extension APIs the content script and the engine use, from the browser's own object
 * rather than webextension-polyfill. Building the polyfill's wrapped namespace was 45% of the
 * content script's time on a page that covers nothing (the bench's CPU profile, clean-links),
 * and both browsers answer these natively: Firefox's `browser`, Chromium's `chrome` (whose
 * `runtime.sendMessage` returns a promise in Manifest V3; `i18n` is synchronous in both). The
 * background, popup and options keep the polyfill (tests/e2e/manifest.test.ts checks which
 * bundles hold it).
 */
import type { BrowserI18n } from './i18n';

interface NativeApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  i18n: BrowserI18n;
}

function nativeApi(): NativeApi {
  const scope = globalThis as { browser?: NativeApi; chrome?: NativeApi };
  const api = scope.browser ?? scope.chrome;
  if (!api) throw new Error('Source Lens: no extension runtime');
  return api;
}

export function sendRuntimeMessage(message: unknown): Promise<unknown> {
  try {
    return nativeApi().runtime.sendMessage(message);
  } catch (err) {
    return Promise.reject(err);
  }
}

/** The browser's i18n namespace: which catalog it chose, and its UI language. */
export function nativeI18n(): BrowserI18n {
  return nativeApi().i18n;
}
