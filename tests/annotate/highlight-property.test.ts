/**
 * Property: for generated pages (random nesting of inline and block elements, entities,
 * whitespace, comments, SVG, <pre>, inputs, contenteditable, iframes, custom elements with
 * shadow roots) with report figures and quotes sprinkled in, annotating leaves the text content
 * identical, and removing the highlights leaves the DOM identical, node for node.
 * Half the cases wrap every phrase against one index of the page, as the extension does:
 * after each wrap that index must still say what a fresh one would (same nodes, same
 * offsets). Seeded, so a failure names the seed that reproduces it.
 */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { anchor, indexText, type TextIndex } from '../../src/annotate/anchor';
import { createHighlightState, HIGHLIGHT_TAG, removeHighlights, wrapRange } from '../../src/annotate/highlight';
import type { FigureAnnotation } from '../../src/annotate/types';

/** mulberry32: small, fast, good enough to generate test pages. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['ICE', 'transferred', 'more', 'than', '448,000', 'children', '32,000', 'failed', 'to', 'appear', 'the', 'report', '&amp;', '&nbsp;', 'court', '291,000', '\u201cquoted\u201d'];
// "448,000" inside "ICE transferred more than 448,000": a figure inside a quotation.
const PHRASES = ['more than 32,000', 'ICE transferred more than 448,000', 'failed to appear', '291,000', '448,000'];
const INLINE = ['span', 'a', 'em', 'strong', 'b', 'i', 'mark', 'x-inline'];
const BLOCK = ['p', 'div', 'section', 'li', 'blockquote', 'h2'];
const OPAQUE = [
  '<pre>more than 32,000 in code</pre>',
  '<input value="more than 32,000">',
  '<textarea>more than 32,000</textarea>',
  '<div contenteditable="true">more than 32,000 typed</div>',
  '<svg><text>more than 32,000</text></svg>',
  '<script>var x = "more than 32,000";</script>',
  '<style>.a{}</style>',
  '<!-- more than 32,000 -->',
  '<iframe srcdoc="<p>more than 32,000 in a frame</p>"></iframe>',
];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)] as T;
}

function text(r: () => number): string {
  const n = 1 + Math.floor(r() * 6);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(r() < 0.25 ? pick(r, PHRASES) : pick(r, WORDS));
  return parts.join(r() < 0.2 ? '\n  ' : ' ');
}

function tree(r: () => number, depth: number): string {
  const n = 1 + Math.floor(r() * 4);
  let out = '';
  for (let i = 0; i < n; i++) {
    const roll = r();
    if (depth <= 0 || roll < 0.35) out += text(r);
    else if (roll < 0.45) out += pick(r, OPAQUE);
    else if (roll < 0.75) {
      const tag = pick(r, INLINE);
      out += `<${tag}>${tree(r, depth - 1)}</${tag}>`;
    } else {
      const tag = pick(r, BLOCK);
      out += `<${tag}>${tree(r, depth - 1)}</${tag}>`;
    }
    if (r() < 0.3) out += ' ';
  }
  return out;
}

function annotation(exact: string, prefix: string, suffix: string): FigureAnnotation {
  return {
    kind: 'figure',
    text: exact,
    value: null,
    matches: null,
    report: 'OIG-24-46',
    ref: 'x',
    verdict: 'supported',
    caveats: [],
    framings: [],
    source: 'https://www.oig.dhs.gov/x.pdf',
    selector: { type: 'TextQuoteSelector', exact, prefix, suffix },
    block: 0,
    start: 0,
    end: exact.length,
  };
}

const CASES = 3000;

/** innerHTML cannot tell one text node from two adjacent ones; this can. */
function structure(node: Node): string {
  if (node.nodeType === 3) return `#text(${JSON.stringify(node.nodeValue)})`;
  if (node.nodeType !== 1) return `#${node.nodeType}`;
  const el = node as Element;
  const attrs = Array.from(el.attributes).map((a) => `${a.name}=${a.value}`).join(',');
  return `<${el.tagName.toLowerCase()} ${attrs}>[${Array.from(el.childNodes).map(structure).join(' ')}]`;
}

/** An index as comparable data: each entry's offset, text, and which node it is (by number). */
function entries(index: TextIndex, ids: Map<Text, number>): string[] {
  return index.nodes.map((e) => {
    if (!ids.has(e.node)) ids.set(e.node, ids.size);
    return `${e.start}:${JSON.stringify(e.node.nodeValue)}#${ids.get(e.node) ?? -1}`;
  });
}

describe('annotate then remove, on generated pages', () => {
  it(`keeps the text identical and restores the DOM exactly (${CASES} seeded cases)`, () => {
    const window = new Window();
    const document = window.document as unknown as Document;
    let annotatedPages = 0;
    for (let seed = 1; seed <= CASES; seed++) {
      const r = rng(seed);
      document.body.innerHTML = tree(r, 4);
      // A custom element with its own shadow root: its shadow content is not page text.
      if (r() < 0.3) {
        const host = document.createElement('x-host');
        host.attachShadow({ mode: 'open' }).innerHTML = '<p>more than 32,000 in a shadow</p>';
        document.body.appendChild(host);
      }
      const before = structure(document.body);
      const textBefore = document.body.textContent;
      const state = createHighlightState();
      let wrapped = 0;
      const shared = seed % 2 === 0 ? indexText(document.body) : null;
      for (const phrase of PHRASES) {
        const index = shared ?? indexText(document.body);
        const at = index.text.indexOf(phrase);
        if (at < 0) continue;
        const sel = annotation(phrase, index.text.slice(Math.max(0, at - 10), at), index.text.slice(at + phrase.length, at + phrase.length + 10));
        const found = anchor(index, sel.selector);
        if (!found) continue;
        wrapped += wrapRange(document, index, found.start, found.end, sel, `s${seed}-${wrapped}`, state).length;
        if (shared) {
          const ids = new Map<Text, number>();
          expect(entries(shared, ids), `seed ${seed}, index kept after wrapping "${phrase}"`).toEqual(entries(indexText(document.body), ids));
        }
      }
      expect(document.body.textContent, `seed ${seed}`).toBe(textBefore);
      for (const mark of Array.from(document.querySelectorAll(HIGHLIGHT_TAG))) {
        expect(mark.closest('pre, code, textarea, [contenteditable="true"], svg, script, style'), `seed ${seed}`).toBeNull();
      }
      if (wrapped > 0) annotatedPages++;
      removeHighlights(state);
      expect(structure(document.body), `seed ${seed}`).toBe(before);
    }
    // The property means nothing unless most pages were actually annotated.
    expect(annotatedPages).toBeGreaterThan(CASES * 0.6);
  }, 60_000);
});
