import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse-html';
import { isBlockElement, isSkippedElement } from '../../src/detect/article';
import { capDepth, collapseWrapperChains, dropEmptyCrowds, MAX_EMPTY_CHILDREN, MAX_TREE_DEPTH, MAX_WRAPPER_CHAIN, treeShape } from '../../src/detect/bound-tree';

const rules = { isSkipped: isSkippedElement, isBlock: isBlockElement };

// Parsed as `check` parses (parse5 into linkedom): linkedom's own parser takes over 20 s
// on 50,000 nested elements.
function body(html: string): Element {
  return parseHtml(`<!doctype html><html><head><title>t</title></head><body>${html}</body></html>`).body;
}

const words = (el: Element) => (el.textContent ?? '').split(/\s+/).filter((w) => w !== '');
/** The text without its whitespace: flattening adds line breaks between blocks, nothing else. */
const letters = (el: Element) => (el.textContent ?? '').replace(/\s+/g, '');

describe('collapseWrapperChains', () => {
  it('shortens 50,000 nested bare <div>s to the innermost few, keeping every word and the article inside', () => {
    const root = body(`${'<div>\n'.repeat(50_000)}<article><p>One.</p><p>Two.</p></article>${'</div>'.repeat(50_000)}<p>After.</p>`);
    const before = words(root);
    expect(collapseWrapperChains(root)).toBe(50_000 + 1 - MAX_WRAPPER_CHAIN);
    expect(treeShape(root).depth).toBe(MAX_WRAPPER_CHAIN + 1);
    expect(words(root)).toEqual(before);
    expect(root.querySelector('article')?.parentElement?.tagName).toBe('DIV');
    expect(root.lastElementChild?.textContent).toBe('After.');
  });

  it('leaves a chain as long as the longest real page has (10 wrappers) untouched', () => {
    const html = `${'<div class="w">'.repeat(10)}<p>Text.</p>${'</div>'.repeat(10)}`;
    const root = body(html);
    expect(collapseWrapperChains(root)).toBe(0);
    expect(root.innerHTML).toBe(html);
  });

  it('keeps the innermost wrappers, the ones nearest the text (their classes are what Readability weighs)', () => {
    const root = body(`${Array.from({ length: 40 }, (_, i) => `<div id="w${i}">`).join('')}<p>Text.</p>${'</div>'.repeat(40)}`);
    collapseWrapperChains(root);
    expect(root.firstElementChild?.id).toBe(`w${40 - MAX_WRAPPER_CHAIN + 1}`);
    expect(root.querySelector('p')?.parentElement?.id).toBe('w39');
  });

  it('does not count an element with text of its own as a wrapper', () => {
    const html = `${'<div>x '.repeat(30)}<p>Text.</p>${'</div>'.repeat(30)}`;
    const root = body(html);
    expect(collapseWrapperChains(root)).toBe(0);
    expect(treeShape(root).depth).toBe(31);
  });
});

describe('capDepth', () => {
  const levels = (n: number) => `${Array.from({ length: n }, (_, i) => `<div>Level ${i}.`).join('')}${'</div>'.repeat(n)}`;

  it('flattens what lies past the depth limit into its text, in order, Gecko-style', () => {
    const root = body(levels(5_000));
    const before = letters(root);
    expect(capDepth(root, rules)).toBe(1);
    expect(treeShape(root).depth).toBe(MAX_TREE_DEPTH + 1);
    expect(letters(root)).toEqual(before);
    expect(words(root)).toContain('4999.');
  });

  it('keeps the blocks past the limit apart, so no two numbers run together', () => {
    const root = body(`${'<section>'.repeat(MAX_TREE_DEPTH)}<p>32,000</p><p>5 children</p><b>291</b><i>,000</i>${'</section>'.repeat(MAX_TREE_DEPTH)}`);
    capDepth(root, rules);
    const deepest = root.querySelectorAll('section')[MAX_TREE_DEPTH - 1];
    expect(Array.from(deepest?.children ?? [], (p) => `${p.tagName} ${p.textContent ?? ''}`)).toEqual(['P 32,000', 'P 5 children', 'P 291,000']);
  });

  it('drops scripts and other non-prose it flattens', () => {
    const root = body(`${'<div>'.repeat(MAX_TREE_DEPTH)}<div><p>Kept.</p><script>var n = 32000;</script><nav>32,000</nav></div>${'</div>'.repeat(MAX_TREE_DEPTH)}`);
    capDepth(root, rules);
    expect(words(root)).toEqual(['Kept.']);
  });

  it('changes nothing on a page within the limit', () => {
    const html = levels(MAX_TREE_DEPTH);
    const root = body(html);
    expect(capDepth(root, rules)).toBe(0);
    expect(root.innerHTML).toBe(html);
  });
});

describe('dropEmptyCrowds', () => {
  it("drops the crowd of empty siblings Blink's depth limit leaves, keeping images, line breaks and text", () => {
    const root = body(`<div id="limit">${'<div></div>'.repeat(49_489)}<img src="a.jpg"><br><div><p>Text.</p></div></div>`);
    expect(dropEmptyCrowds(root)).toBe(49_489);
    expect(Array.from(root.querySelector('#limit')?.children ?? [], (c) => c.tagName)).toEqual(['IMG', 'BR', 'DIV']);
  });

  it('leaves as many empty children as a real page has (55) in place', () => {
    const html = `<ul>${'<li class="slot"></li>'.repeat(55)}<li>Item.</li></ul>`;
    const root = body(html);
    expect(dropEmptyCrowds(root)).toBe(0);
    expect(root.innerHTML).toBe(html);
    expect(MAX_EMPTY_CHILDREN).toBeGreaterThan(55);
  });
});
