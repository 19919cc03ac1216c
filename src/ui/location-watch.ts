/**
 * A single-page site's navigation (pushState, replaceState, back and forward) starts a new
 * pass. WXT's `wxt:locationchange` would do it by dispatching an event on the page's window,
 * which the page's own listeners would receive; this calls back directly. It uses the
 * Navigation API where the browser has one, else polls the URL.
 */

/** How often the URL is compared where there is no Navigation API. */
const POLL_MS = 1000;

interface NavigateEvent extends Event {
  destination: { url: string };
}

export function watchLocation(onChange: () => void, signal: AbortSignal): void {
  let last = location.href;
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation) {
    navigation.addEventListener(
      'navigate',
      (event) => {
        const url = (event as NavigateEvent).destination.url;
        if (url === last) return;
        last = url;
        // `navigate` fires before the new URL is the document's: check the page once it is.
        setTimeout(() => {
          if (!signal.aborted) onChange();
        }, 0);
      },
      { signal },
    );
    return;
  }
  const timer = setInterval(() => {
    if (location.href === last) return;
    last = location.href;
    onChange();
  }, POLL_MS);
  signal.addEventListener('abort', () => clearInterval(timer));
}
