import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { anchor, indexText } from '../../src/annotate/anchor';
import { createHighlightState, HIGHLIGHT_TAG, removeHighlights, wrapRange } from '../../src/annotate/highlight';
import { quoteSelector } from '../../src/annotate/selector';
import type { FigureAnnotation } from '../../src/annotate/types';

function page(body: string): Document {
  const window = new Window();
  window.document.body.innerHTML = body;
  return window.document as unknown as Document;
}

function figure(text: string, prefix: string, suffix: string): FigureAnnotation {
  return {
    kind: 'figure',
    text,
    value: 32000,
    matches: 32000,
    report: 'OIG-24-46',
    ref: 'oig-24-46/F32',
    verdict: 'needs-context',
    caveats: [],
    framings: [],
    source: 'https://www.oig.dhs.gov/x.pdf',
    selector: { type: 'TextQuoteSelector', exact: text, prefix, suffix },
    block: 0,
    start: 0,
    end: text.length,
  };
}

function highlightAll(doc: Document, annotations: FigureAnnotation[]) {
  const state = createHighlightState();
  annotations.forEach((a, i) => {
    const index = indexText(doc.body);
    const at = anchor(index, a.selector);
    if (at) wrapRange(doc, index, at.start, at.end, a, `a${i}`, state);
  });
  return state;
}

describe('anchoring', () => {
  it('picks the occurrence whose context matches the selector', () => {
    const doc = page('<p>32,000 fans came.</p><p>ICE said 32,000 children failed to appear.</p>');
    const index = indexText(doc.body);
    const sel = quoteSelector('ICE said 32,000 children failed to appear.', 9, 15);
    const at = anchor(index, sel);
    expect(index.text.slice(at?.start, at?.end)).toBe('32,000');
    expect(at?.start).toBe(index.text.indexOf('ICE said') + 9);
  });

  it('finds words across a non-breaking space or reflowed whitespace', () => {
    const doc = page('<p>more than\u00a0 32,000\n children</p>');
    const at = anchor(indexText(doc.body), { type: 'TextQuoteSelector', exact: 'more than 32,000 children', prefix: '', suffix: '' });
    expect(at).not.toBeNull();
  });

  it('never indexes code, forms, editable areas, scripts or styles', () => {
    const doc = page(
      '<pre>32,000</pre><code>32,000</code><textarea>32,000</textarea><div contenteditable="true">32,000</div><script>var a="32,000"</script><style>/*32,000*/</style><p>x</p>',
    );
    expect(indexText(doc.body).text).toBe('x');
  });
});

describe('highlighting', () => {
  const html = '<p>ICE <a href="#">lost track of <em>32,000</em> unaccompanied</a> children, the report said.</p><p>Again: 32,000.</p>';

  it('wraps the words without changing the text, one element per text node', () => {
    const doc = page(html);
    const before = doc.body.textContent;
    highlightAll(doc, [figure('lost track of 32,000 unaccompanied', 'ICE ', ' children')]);
    expect(doc.body.textContent).toBe(before);
    const marks = Array.from(doc.querySelectorAll(HIGHLIGHT_TAG));
    expect(marks.map((m) => m.textContent)).toEqual(['lost track of ', '32,000', ' unaccompanied']);
    expect(marks.map((m) => m.getAttribute('data-verdict'))).toEqual(['needs-context', 'needs-context', 'needs-context']);
  });

  it('makes the first element a focusable button named by its own words (the UI adds the verdict as a description)', () => {
    const doc = page(html);
    highlightAll(doc, [figure('32,000', 'Again: ', '.')]);
    const [mark] = Array.from(doc.querySelectorAll(HIGHLIGHT_TAG));
    expect(mark?.getAttribute('tabindex')).toBe('0');
    expect(mark?.getAttribute('data-source-lens')).toBe('figure');
    expect(mark?.getAttribute('role')).toBe('button');
    expect(mark?.hasAttribute('aria-label')).toBe(false);
    expect(mark?.parentElement?.textContent).toBe('Again: 32,000.');
  });

  it('restores the DOM exactly when highlights are removed', () => {
    const doc = page(html);
    const before = doc.body.innerHTML;
    const nodesBefore = doc.body.querySelectorAll('*').length;
    const state = highlightAll(doc, [figure('lost track of 32,000 unaccompanied', 'ICE ', ' children'), figure('32,000', 'Again: ', '.')]);
    expect(doc.body.innerHTML).not.toBe(before);
    removeHighlights(state);
    expect(doc.body.innerHTML).toBe(before);
    expect(doc.body.querySelectorAll('*').length).toBe(nodesBefore);
    const p = doc.querySelector('p:last-child');
    expect(p?.childNodes.length).toBe(1);
  });
});
