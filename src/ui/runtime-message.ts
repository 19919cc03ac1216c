/**
 * The one extension API the every-page content script uses, without webextension-polyfill.
 * Building the polyfill's wrapped `browser` namespace was 45% of the content script's time
 * on a page that covers nothing (the bench's CPU profile, clean-links), and both browsers
 * have the promise-returning call natively: Firefox's `browser.runtime.sendMessage`, and
 * Chromium's `chrome.runtime.sendMessage` in Manifest V3. The background, popup and options
 * keep the polyfill.
 */
interface RuntimeApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

export function sendRuntimeMessage(message: unknown): Promise<unknown> {
  const scope = globalThis as { browser?: RuntimeApi; chrome?: RuntimeApi };
  const api = scope.browser ?? scope.chrome;
  if (!api) return Promise.reject(new Error('Source Lens: no extension runtime'));
  return api.runtime.sendMessage(message);
}
