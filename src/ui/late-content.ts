/**
 * Articles that load or grow after the first pass (client-side rendering, "read more"):
 * watch the page for added text, debounced, and call `onChange`. Our own highlights and
 * card are mutations too; they are ignored so a pass never triggers another.
 */
import { HIGHLIGHT_TAG } from '../annotate/highlight';

const DEBOUNCE_MS = 600;
/** Text added below this size (a clock, a counter) is not worth a new pass. */
const MIN_ADDED_CHARS = 40;

function ours(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return false;
  return el.tagName?.toLowerCase() === HIGHLIGHT_TAG || !!el.closest(`${HIGHLIGHT_TAG}, [data-source-lens-ui]`);
}

export function watchLateContent(doc: Document, onChange: () => void, signal: AbortSignal): void {
  const win = doc.defaultView;
  if (!win || !doc.body) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastLength = doc.body.textContent?.length ?? 0;
  const observer = new win.MutationObserver((records) => {
    const relevant = records.some((r) => {
      if (ours(r.target)) return false;
      if (r.type === 'characterData') return true;
      return Array.from(r.addedNodes).some((n) => !ours(n) && (n.textContent?.length ?? 0) > 0);
    });
    if (!relevant) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const length = doc.body?.textContent?.length ?? 0;
      if (Math.abs(length - lastLength) < MIN_ADDED_CHARS) return;
      lastLength = length;
      onChange();
    }, DEBOUNCE_MS);
  });
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    observer.disconnect();
  });
}
