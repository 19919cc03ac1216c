/**
 * Articles that load or grow after the first pass (client-side rendering, "read more"):
 * watch the page for text added or taken away, debounced, and call `onChange`. The size of
 * the change is read from the mutation records themselves, never by re-reading the page's
 * text: on an unrelated page, the watcher must cost nothing until something changes. Text
 * that is only moved or re-rendered (a carousel, a framework redrawing the same words) nets
 * to nothing. Our own highlights and card are mutations too: `forget` drops the records a
 * pass made, and nodes of ours are never counted, so a pass never triggers another.
 */
import { HIGHLIGHT_TAG } from '../annotate/highlight';

const DEBOUNCE_MS = 600;
/** A change of text below this size (a clock, a counter) is not worth a new pass. */
const MIN_ADDED_CHARS = 40;

function ours(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return false;
  return el.tagName?.toLowerCase() === HIGHLIGHT_TAG || !!el.closest(`${HIGHLIGHT_TAG}, [data-source-lens-ui]`);
}

/** Characters of text a batch of records added, less those it took away. */
export function textChange(records: readonly MutationRecord[]): number {
  let change = 0;
  for (const r of records) {
    if (ours(r.target)) continue;
    if (r.type === 'characterData') {
      change += (r.target.textContent?.length ?? 0) - (r.oldValue?.length ?? 0);
      continue;
    }
    for (const n of Array.from(r.addedNodes)) if (!ours(n)) change += n.textContent?.length ?? 0;
    for (const n of Array.from(r.removedNodes)) if (!ours(n)) change -= n.textContent?.length ?? 0;
  }
  return change;
}

export interface LateContentWatcher {
  /** Drops the records made so far in this task: call it right after changing the page. */
  forget(): void;
}

export function watchLateContent(doc: Document, onChange: () => void, signal: AbortSignal): LateContentWatcher {
  const win = doc.defaultView;
  if (!win || !doc.body) return { forget() {} };
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The text's change since the last pass: small changes add up until they are worth one.
  let pending = 0;
  const observer = new win.MutationObserver((records) => {
    const change = textChange(records);
    if (change === 0) return;
    pending += change;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (Math.abs(pending) < MIN_ADDED_CHARS) return;
      pending = 0;
      onChange();
    }, DEBOUNCE_MS);
  });
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true, characterDataOldValue: true });
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    observer.disconnect();
  });
  return {
    forget() {
      observer.takeRecords();
    },
  };
}
