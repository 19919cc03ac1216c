// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { analyzeArticle, createEngine } from '../../src/annotate/analyze';
import { bundledKnowledge } from '../../src/knowledge/bundled';
import { cardModel } from '../../src/ui/card-model';
import { SourceCard } from '../../src/ui/SourceCard';

const engine = createEngine(bundledKnowledge());
const analysis = analyzeArticle(
  {
    title: '',
    blocks: [
      'The DHS Office of Inspector General (OIG-24-46) said ICE could not monitor all unaccompanied migrant children.',
      'ICE lost track of more than 32,000 unaccompanied children who failed to appear in immigration court, the report said.',
    ].map((text) => ({ kind: 'paragraph' as const, text, quoteGroup: null })),
  },
  engine,
);

function firstAnnotation() {
  const a = analysis.annotations[0];
  if (!a) throw new Error('the sample article lost its annotation');
  return a;
}
const first = firstAnnotation();

function card(model = cardModel(first, engine)) {
  const root = document.createElement('div');
  render(<SourceCard model={model} labelId="t" onClose={() => undefined} />, root);
  return root;
}

describe('the source card', () => {
  it('is a labelled, non-modal dialog with the verdict in words and an icon', () => {
    const root = card();
    const dialog = root.querySelector('[data-source-lens-card]');
    expect(dialog?.getAttribute('role')).toBe('dialog');
    expect(dialog?.getAttribute('aria-modal')).toBe('false');
    expect(root.querySelector('#t')?.textContent).toBe('Needs context');
    expect(root.querySelector('.sl-icon')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('marks the figure in the report\'s sentence and links the official documents', () => {
    const root = card();
    expect(root.querySelector('mark')?.textContent).toBe('32,000');
    const hrefs = Array.from(root.querySelectorAll('a')).map((a) => a.getAttribute('href') ?? '');
    expect(hrefs).toContain('https://www.oig.dhs.gov/sites/default/files/assets/2024-08/OIG-24-46-Aug24.pdf');
    expect(hrefs.every((h) => h.startsWith('https://'))).toBe(true);
    expect(root.textContent).toContain('Missed court, not missing');
  });

  it('never renders the page\'s words as HTML', () => {
    const root = card({ ...cardModel(first, engine), articleText: '<img src=x onerror=alert(1)>' });
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
