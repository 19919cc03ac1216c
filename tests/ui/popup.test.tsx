// @vitest-environment happy-dom
import { render, type ComponentChild } from 'preact';
import { describe, expect, it } from 'vitest';
import { Popup } from '../../src/ui/Popup';
import { hostOf } from '../../src/ui/Options';
import { badgeFor } from '../../src/ui/badge';
import { stateOnly, summarize } from '../../src/ui/summary';
import { analyzeArticle, createEngine } from '../../src/annotate/analyze';
import { bundledKnowledge } from '../../src/knowledge/bundled';

// This file runs in happy-dom (Preact renders into a document), so it uses the knowledge
// base as the extension bundles it rather than reading files from disk.
const engine = createEngine(bundledKnowledge());

function mount(vnode: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  render(vnode, root);
  return root;
}

const page = { url: 'https://news.example/article', title: 'An article' };
const analysis = analyzeArticle(
  {
    title: 'DHS watchdog report on missing migrant children',
    blocks: [
      'The DHS Office of Inspector General (OIG-24-46) said ICE could not monitor all unaccompanied migrant children.',
      'The report shows 320,000 migrant children are missing.',
      'More than 32,000 unaccompanied children failed to appear for their immigration court hearings, the report said.',
    ].map((text) => ({ kind: 'paragraph' as const, text, quoteGroup: null })),
  },
  engine,
);
const summary = summarize(analysis, engine, page, analysis.annotations.map((_, i) => `sl${i}`));

describe('page summary, badge and popup', () => {
  it('counts annotations by verdict and names the worst', () => {
    expect(summary.state).toBe('covers');
    expect(summary.counts.misleading).toBeGreaterThan(0);
    expect(summary.worst).toBe('misleading');
    expect(summary.reports.map((r) => r.number)).toEqual(['OIG-24-46']);
  });

  it('shows the count on the badge, tinted by the worst verdict; nothing without coverage', () => {
    expect(badgeFor(summary)).toMatchObject({ text: String(summary.items.length), color: '#b3261e' });
    expect(badgeFor(stateOnly('no-coverage', page)).text).toBe('');
    expect(badgeFor(null).text).toBe('');
  });

  it('lists every annotation with its verdict in words, and the report links', () => {
    const chosen: string[] = [];
    const root = mount(<Popup summary={summary} enabled onChoose={(id) => void chosen.push(id)} />);
    expect(root.textContent).toContain('This page covers OIG-24-46');
    const items = Array.from(root.querySelectorAll('button.item'));
    expect(items).toHaveLength(summary.items.length);
    expect(items[0]?.textContent).toMatch(/Misleading|Needs context|Supported|another source/);
    (items[0] as HTMLButtonElement).click();
    expect(chosen).toEqual([summary.items[0]?.id]);
    const links = Array.from(root.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(links.every((l) => l?.startsWith('https://'))).toBe(true);
  });

  it('says clearly when the page covers nothing, or Source Lens is off', () => {
    expect(mount(<Popup summary={stateOnly('no-coverage', page)} enabled onChoose={() => undefined} />).textContent).toContain(
      'does not cover a report',
    );
    expect(mount(<Popup summary={stateOnly('off-for-site', page)} enabled onChoose={() => undefined} />).textContent).toContain(
      'off for this site',
    );
    expect(mount(<Popup summary={null} enabled={false} onChoose={() => undefined} />).textContent).toContain('off everywhere');
  });

  it('renders page words as text, never as HTML', () => {
    const hostile = { ...summary, items: [{ id: 'x', kind: 'quote' as const, text: '<img src=x onerror=alert(1)>', verdict: 'misleading' as const, report: 'OIG-24-46' }] };
    const root = mount(<Popup summary={hostile} enabled onChoose={() => undefined} />);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('options', () => {
  it('reads a site from a URL or a host name', () => {
    expect(hostOf('https://www.Example.com/path?q=1')).toBe('www.example.com');
    expect(hostOf('news.example.org')).toBe('news.example.org');
    expect(hostOf('   ')).toBeNull();
  });
});
