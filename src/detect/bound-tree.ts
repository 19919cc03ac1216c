/**
 * Bounds the shape of the tree Readability is given, so that its cost stays linear in the
 * page's size. Readability's cost grows with the cube of the nesting depth: for every
 * <div> of the article, `_cleanConditionally` reads the text of the whole subtree
 * (`_getTextDensity`, `_getInnerText`, link density) and walks every ancestor
 * (`_hasAncestorTag(node, 'table', -1)`). 500 nested <div>s around an article took 3-4 s
 * on linkedom and 8 s on happy-dom; 50,000 took over 100 s.
 *
 * Browsers bound the depth while parsing for the same reason (their own recursive
 * algorithms): Blink's HTML parser attaches elements past depth 512 to the parent of the
 * current node (kMaximumHTMLParserDOMTreeDepth), Gecko's past MAX_REFLOW_DEPTH (1026 on
 * 64-bit desktops; "Blink's limit times two") are not appended at all and their text goes
 * to the last element within the limit (nsHtml5TreeBuilder::elementPushed). Those limits
 * are far too deep for Readability's cubic cost, so the clone is bounded here, in three
 * steps, all linear: a crowd of empty siblings (what Blink's limit leaves) is dropped, long chains of bare wrappers are shortened, and past a depth no real
 * page reaches, an element keeps its text, in order, Gecko's way (as paragraphs, so that
 * blocks stay apart), but no deeper elements.
 *
 * Pure functions over DOM interfaces: the extension and `check` share them.
 */

/**
 * Wrappers in a row kept: the longest chain of bare wrappers in the 377 fixture pages
 * (corpus, gold set, seeds) is 10 (yahoo-2), so 16 changes no real page.
 */
export const MAX_WRAPPER_CHAIN = 16;

/**
 * Depth below <body> past which elements are flattened into their text: the deepest
 * fixture page is 36 levels deep (wikipedia-2); at 96 levels of text-bearing <div>s
 * Readability still takes well under a second.
 */
export const MAX_TREE_DEPTH = 96;

/**
 * Empty children a parent may have before they are dropped: Blink's parse of 50,000 nested
 * <div>s leaves 49,500 empty siblings at depth 512, which cost Readability seconds; the
 * most in one parent in the fixture pages is 55 (wikipedia-2).
 */
export const MAX_EMPTY_CHILDREN = 256;

/** Elements that are content with no children: an empty <img> or <br> is not an empty element. */
const CONTENT_WITHOUT_CHILDREN = new Set([
  'IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'EMBED', 'OBJECT', 'SVG', 'CANVAS', 'MATH', 'INPUT', 'SELECT',
  'TEXTAREA', 'BR', 'WBR', 'HR', 'SOURCE', 'TRACK',
]);

const ELEMENT = 1;
const TEXT = 3;
const COMMENT = 8;

/** An element whose only content is one element (whitespace and comments aside). */
function onlyChild(el: Element): Element | null {
  let only: Element | null = null;
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === ELEMENT) {
      if (only) return null;
      only = node as Element;
    } else if (node.nodeType === TEXT) {
      if ((node.nodeValue ?? '').trim() !== '') return null;
    } else if (node.nodeType !== COMMENT) return null;
  }
  return only;
}

/**
 * Shortens every chain of bare wrappers (an element whose only content is one element)
 * to its innermost `max` elements, the ones nearest the text, which are those Readability
 * scores; the outer ones are dropped. No text is lost: a bare wrapper holds none.
 * Returns the number of elements removed.
 */
export function collapseWrapperChains(root: Element, max = MAX_WRAPPER_CHAIN): number {
  let removed = 0;
  const stack: Element[] = [root];
  for (let el = stack.pop(); el; el = stack.pop()) {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      const chain: Element[] = [child];
      for (let inner = onlyChild(child); inner; inner = onlyChild(inner)) chain.push(inner);
      let kept = child;
      if (chain.length > max) {
        kept = chain[chain.length - max] ?? child;
        el.replaceChild(kept, child);
        removed += chain.length - max;
      }
      // The chain's elements are all checked: carry on below its innermost one.
      const innermost = chain[chain.length - 1] ?? kept;
      for (let below = innermost.firstElementChild; below; below = below.nextElementSibling) stack.push(below);
      child = kept;
    }
  }
  return removed;
}

function isEmptyElement(el: Element): boolean {
  return el.firstChild === null && !CONTENT_WITHOUT_CHILDREN.has(el.tagName.toUpperCase());
}

/**
 * Drops the empty children (no text, nothing inside, not an image or a line break) of every
 * element that has more than `max` of them. Returns the number of elements removed.
 */
export function dropEmptyCrowds(root: Element, max = MAX_EMPTY_CHILDREN): number {
  let removed = 0;
  const stack: Element[] = [root];
  for (let el = stack.pop(); el; el = stack.pop()) {
    const empty: Element[] = [];
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (isEmptyElement(child)) empty.push(child);
      else stack.push(child);
    }
    if (empty.length <= max) continue;
    for (const child of empty) el.removeChild(child);
    removed += empty.length;
  }
  return removed;
}

export interface FlattenRules {
  /** An element whose text is not prose (a script, a form field): dropped with its text. */
  isSkipped(el: Element): boolean;
  /** A block element: its text is kept apart from its neighbours' by a line break. */
  isBlock(el: Element): boolean;
}

/**
 * Replaces what is inside `el` by its text, in order, one <p> per run of text between block
 * boundaries, so that no two blocks' words (or numbers) run together, and Readability sees
 * paragraphs (thousands of loose text nodes in one element cost it seconds).
 */
function flattenInto(el: Element, rules: FlattenRules): void {
  const doc = el.ownerDocument;
  const runs: Node[][] = [];
  let run: Node[] = [];
  const endRun = () => {
    if (run.length > 0) runs.push(run);
    run = [];
  };
  // Entries are nodes to visit, or null for "a block ends here".
  const stack: (Node | null)[] = [];
  const pushChildren = (parent: Node) => {
    const children: Node[] = [];
    for (let c = parent.firstChild; c; c = c.nextSibling) children.push(c);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] ?? null);
  };
  pushChildren(el);
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (node === null) endRun();
    else if (node.nodeType === TEXT) run.push(node);
    else if (node.nodeType === ELEMENT) {
      const child = node as Element;
      if (rules.isSkipped(child)) continue;
      if (rules.isBlock(child)) {
        endRun();
        stack.push(null);
      }
      pushChildren(child);
    }
  }
  endRun();
  while (el.firstChild) el.removeChild(el.firstChild);
  for (const texts of runs) {
    if (texts.every((t) => (t.nodeValue ?? '').trim() === '')) continue;
    const p = doc.createElement('p');
    for (const text of texts) p.appendChild(text);
    el.appendChild(p);
  }
}

/**
 * Flattens every element at depth `max` below `root` that has elements inside: it keeps
 * their text, in order, as paragraphs (at depth `max` + 1), but no other element.
 * Returns the number of elements flattened.
 */
export function capDepth(root: Element, rules: FlattenRules, max = MAX_TREE_DEPTH): number {
  let flattened = 0;
  const stack: [Element, number][] = [[root, 0]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [el, depth] = top;
    if (depth >= max) {
      if (el.firstElementChild) {
        flattenInto(el, rules);
        flattened++;
      }
      continue;
    }
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return flattened;
}

/**
 * All three bounds: crowds of empty elements first (without them, what held them may be a
 * bare wrapper), then wrapper chains (depth that holds nothing), then the depth itself.
 */
export function boundTree(root: Element, rules: FlattenRules): void {
  dropEmptyCrowds(root);
  collapseWrapperChains(root);
  capDepth(root, rules);
}

/** The tree's shape: its depth below `root` and its count of elements (for tests and benchmarks). */
export function treeShape(root: Element): { depth: number; elements: number } {
  let depth = 0;
  let elements = 0;
  const stack: [Element, number][] = [[root, 0]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [el, d] = top;
    elements++;
    if (d > depth) depth = d;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push([child, d + 1]);
  }
  return { depth, elements };
}
