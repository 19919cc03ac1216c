/**
 * Articles that load or grow after the first pass (client-side rendering, "read more"):
 * watch the page for added text, debounced, and call `onChange`. The size of what arrived
 * is read from the mutation records themselves, never by re-reading the page's text: on an
 * unrelated page, the watcher must cost nothing until something changes. Our own highlights
 * and card are mutations too: `forget` drops the records a pass made, and nodes of ours are
 * never counted, so a pass never triggers another.
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

/** Characters of text a batch of records brought in (removed text does not count). */
export function addedText(records: readonly MutationRecord[]): number {
  let added = 0;
  for (const r of records) {
    if (ours(r.target)) continue;
    if (r.type === 'characterData') {
      added += Math.max(0, (r.target.textContent?.length ?? 0) - (r.oldValue?.length ?? 0));
      continue;
    }
    for (const n of Array.from(r.addedNodes)) if (!ours(n)) added += n.textContent?.length ?? 0;
  }
  return added;
}

export interface LateContentWatcher {
  /** Drops the records made so far in this task: call it right after changing the page. */
  forget(): void;
}

export function watchLateContent(doc: Document, onChange: () => void, signal: AbortSignal): LateContentWatcher {
  const win = doc.defaultView;
  if (!win || !doc.body) return { forget() {} };
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Text that arrived since the last pass: small changes add up until they are worth one.
  let pending = 0;
  const observer = new win.MutationObserver((records) => {
    const added = addedText(records);
    if (added === 0) return;
    pending += added;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (pending < MIN_ADDED_CHARS) return;
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
