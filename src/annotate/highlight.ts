/**
 * Wrapping an anchored annotation in highlight elements, and taking them all away again.
 *
 * A highlight is a uniquely named element (so page CSS for `mark` or `.highlight` cannot
 * reach it) around a piece of one text node; words that run across a link or emphasis get
 * one highlight per text node. Splitting a text node is the only change made to the page's
 * own nodes, and every split is recorded, so removal can merge the pieces back: after
 * `removeHighlights` the DOM is what it was, node for node.
 */
import type { Annotation, Verdict } from './types';
import { nodeSegments, type TextIndex } from './anchor';

export const HIGHLIGHT_TAG = 'source-lens-mark';

/** Text and background colour are both set, and an underline style per verdict, so colour is never the only signal. */
const STYLE: Record<Verdict, { background: string; underline: string }> = {
  supported: { background: '#d7f0dc', underline: 'solid' },
  'needs-context': { background: '#fff0b3', underline: 'dashed' },
  misleading: { background: '#ffd6d1', underline: 'wavy' },
  'other-source': { background: '#dde6ff', underline: 'dotted' },
};

export interface HighlightState {
  /** Text nodes split off from a page node, to be merged back into their previous sibling. */
  splits: Text[];
  elements: HTMLElement[];
}

export function createHighlightState(): HighlightState {
  return { splits: [], elements: [] };
}

export type HighlightLook = 'background' | 'underline';

function styleHighlight(el: HTMLElement, verdict: Verdict, look: HighlightLook): void {
  const s = STYLE[verdict];
  // Inline and !important: the page's own rules, even `* { all: unset }`, cannot undo them.
  if (look === 'background') {
    el.style.setProperty('background-color', s.background, 'important');
    el.style.setProperty('color', '#111111', 'important');
  }
  el.style.setProperty('text-decoration', `underline ${s.underline} ${look === 'background' ? '#333333' : 'currentColor'}`, 'important');
  el.style.setProperty('text-decoration-thickness', look === 'background' ? '1px' : '2px', 'important');
  el.style.setProperty('text-underline-offset', '2px', 'important');
  el.style.setProperty('border-radius', '2px', 'important');
  el.style.setProperty('cursor', 'help', 'important');
  el.style.setProperty('display', 'inline', 'important');
}

/**
 * Wraps [start, end) of the indexed text. The first element of an annotation is the
 * focusable one; the others carry the same data so hover works anywhere on the words.
 * The index stays true: the pieces a split makes replace their node in it, so a range
 * inside one already wrapped (a figure in a quotation) is found without indexing again.
 */
export function wrapRange(
  doc: Document,
  index: TextIndex,
  start: number,
  end: number,
  annotation: Annotation,
  id: string,
  state: HighlightState,
  look: HighlightLook = 'background',
): HTMLElement[] {
  const wrappers: HTMLElement[] = [];
  // Last segment first, so the slots of the ones still to do are not moved by the splices.
  for (const seg of nodeSegments(index, start, end).reverse()) {
    let node = seg.node;
    const at = (index.nodes[seg.slot] as TextIndex['nodes'][number]).start;
    const pieces: TextIndex['nodes'] = [];
    const length = node.nodeValue?.length ?? 0;
    if (seg.to < length) {
      const rest = node.splitText(seg.to);
      state.splits.push(rest);
      pieces.push({ node: rest, start: at + seg.to });
    }
    if (seg.from > 0) {
      node = node.splitText(seg.from);
      state.splits.push(node);
      pieces.unshift({ node, start: at + seg.from });
    }
    index.nodes.splice(seg.slot + 1, 0, ...pieces);
    const el = doc.createElement(HIGHLIGHT_TAG);
    el.setAttribute('data-source-lens', annotation.kind);
    el.setAttribute('data-verdict', annotation.verdict);
    el.setAttribute('data-source-lens-id', id);
    el.setAttribute('data-style', look);
    styleHighlight(el, annotation.verdict, look);
    node.parentNode?.insertBefore(el, node);
    el.appendChild(node);
    wrappers.unshift(el);
  }
  // The words stay the accessible name; the UI adds the verdict as a description (src/ui/highlight-a11y.ts).
  const [first] = wrappers;
  if (first) {
    first.setAttribute('tabindex', '0');
    first.setAttribute('role', 'button');
    first.setAttribute('aria-haspopup', 'dialog');
    first.setAttribute('aria-expanded', 'false');
  }
  state.elements.push(...wrappers);
  return wrappers;
}

/** Removes every highlight and merges split text back: the DOM is restored exactly. */
export function removeHighlights(state: HighlightState): void {
  for (const el of state.elements) {
    const parent = el.parentNode;
    if (!parent) continue;
    while (el.firstChild) parent.insertBefore(el.firstChild, el);
    parent.removeChild(el);
  }
  // Latest split first: each piece goes back into the node it was split from.
  for (let i = state.splits.length - 1; i >= 0; i--) {
    const piece = state.splits[i] as Text;
    const prev = piece.previousSibling;
    if (prev && prev.nodeType === 3 && piece.parentNode) {
      (prev as Text).appendData(piece.data);
      piece.parentNode.removeChild(piece);
    }
  }
  state.elements.length = 0;
  state.splits.length = 0;
}
