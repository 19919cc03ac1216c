/**
 * Finding an annotation's words again in the live page. The engine read a clone through
 * Readability, so it can only hand back what the words were (a TextQuoteSelector: exact
 * text plus context), never a node. Here the live page's text nodes are indexed once, and
 * each selector is searched for: every exact occurrence is scored by how well the text
 * around it agrees with the selector's prefix and suffix, and the best one wins. If the
 * exact text is not there (whitespace reflowed, a non-breaking space), a search that
 * treats any run of whitespace alike is tried. Text inside code, forms, editable areas,
 * scripts and styles is never indexed, so nothing can be anchored there.
 */
import type { TextQuoteSelector } from '../knowledge/types';
import { escapeRegExp } from '../extract/chars';

export interface TextIndex {
  text: string;
  nodes: { node: Text; start: number }[];
}

/** Elements whose text is never annotated, whatever the article extraction thought of them. */
const NEVER = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'CODE', 'PRE', 'KBD', 'SAMP', 'SVG', 'MATH']);

function excluded(el: Element): boolean {
  if (NEVER.has(el.tagName.toUpperCase())) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  // Source Lens's own UI (the card host) lives in the page too.
  return el.hasAttribute('data-source-lens-ui');
}

/** The text of `root` as one string, with the text node behind every offset. */
export function indexText(root: Node): TextIndex {
  const nodes: TextIndex['nodes'] = [];
  let text = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        if (value.length > 0) {
          nodes.push({ node: child as Text, start: text.length });
          text += value;
        }
      } else if (child.nodeType === 1 && !excluded(child as Element)) {
        walk(child);
      }
    }
  };
  walk(root);
  return { text, nodes };
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

const squash = (s: string) => s.replace(/\s+/g, ' ');


/** Start and end offsets in `index.text` of the selector's words, or null. */
export function anchor(index: TextIndex, selector: TextQuoteSelector): { start: number; end: number } | null {
  const { text } = index;
  const candidates: { start: number; end: number }[] = [];
  if (selector.exact.length === 0) return null;
  for (let at = text.indexOf(selector.exact); at !== -1; at = text.indexOf(selector.exact, at + 1)) {
    candidates.push({ start: at, end: at + selector.exact.length });
  }
  if (candidates.length === 0) {
    const pattern = selector.exact.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
    if (!pattern) return null;
    const re = new RegExp(pattern, 'g');
    for (let m = re.exec(text); m; m = re.exec(text)) candidates.push({ start: m.index, end: m.index + m[0].length });
  }
  let best: { start: number; end: number } | null = null;
  let bestScore = -1;
  for (const c of candidates) {
    const before = squash(text.slice(Math.max(0, c.start - selector.prefix.length - 16), c.start));
    const after = squash(text.slice(c.end, c.end + selector.suffix.length + 16));
    const score = commonSuffix(before, squash(selector.prefix)) + commonPrefix(after, squash(selector.suffix));
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/** One text node's part of a range: characters [from, to) of the node at `slot` in the index. */
export interface Segment {
  node: Text;
  from: number;
  to: number;
  slot: number;
}

/** The first slot whose node ends after `offset` (binary search: nodes are in text order). */
function firstSlotAfter(index: TextIndex, offset: number): number {
  let lo = 0;
  let hi = index.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const entry = index.nodes[mid] as TextIndex['nodes'][number];
    if (entry.start + (entry.node.nodeValue?.length ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The text nodes and the offsets inside each that make up [start, end). */
export function nodeSegments(index: TextIndex, start: number, end: number): Segment[] {
  const out: Segment[] = [];
  for (let slot = firstSlotAfter(index, start); slot < index.nodes.length; slot++) {
    const { node, start: at } = index.nodes[slot] as TextIndex['nodes'][number];
    if (at >= end) break;
    const length = node.nodeValue?.length ?? 0;
    const from = Math.max(start, at);
    const to = Math.min(end, at + length);
    if (from < to) out.push({ node, from: from - at, to: to - at, slot });
  }
  return out;
}
