// @vitest-environment happy-dom
import { render, type ComponentChild } from 'preact';
import { describe, expect, it } from 'vitest';
import { Popup, popupView, type PopupProps } from '../../src/ui/Popup';
import { DEFAULT_SETTINGS } from '../../src/ui/settings';
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

/** The popup for a reachable tab on news.example with default settings, unless told otherwise. */
const popup = (props: Partial<PopupProps>) => (
  <Popup summary={summary} settings={DEFAULT_SETTINGS} host="news.example" reachable onChoose={() => undefined} {...props} />
);

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
    const root = mount(popup({ onChoose: (id) => void chosen.push(id) }));
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
    expect(mount(popup({ summary: stateOnly('no-coverage', page) })).textContent).toContain('does not cover a report');
    const siteOff = { ...DEFAULT_SETTINGS, disabledSites: ['news.example'] };
    expect(mount(popup({ summary: stateOnly('off-for-site', page), settings: siteOff })).textContent).toContain('off for this site');
    expect(mount(popup({ settings: { ...DEFAULT_SETTINGS, enabled: false } })).textContent).toContain('off everywhere');
  });

  it('knows from the settings that a site is off, whatever the page found (it only reads them on covering pages)', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['news.example'] };
    expect(popupView({ summary: stateOnly('no-coverage', page), settings, host: 'news.example', reachable: true })).toBe('off-for-site');
    expect(popupView({ summary, settings, host: 'other.example', reachable: true })).toBe('covers');
  });

  it('does not trust a page that found itself off once the settings say on: it has not checked since', () => {
    expect(popupView({ summary: stateOnly('off-for-site', page), settings: DEFAULT_SETTINGS, host: 'news.example', reachable: true })).toBe('not-checked');
  });

  it('tells a page the browser keeps closed from one Source Lens has not checked yet', () => {
    expect(mount(popup({ summary: null, reachable: false })).querySelector('main')?.dataset['state']).toBe('unavailable');
    const unchecked = mount(popup({ summary: null }));
    expect(unchecked.querySelector('main')?.dataset['state']).toBe('not-checked');
    expect(unchecked.textContent).toContain('Reload it');
  });

  it('renders page words as text, never as HTML', () => {
    const hostile = { ...summary, items: [{ id: 'x', kind: 'quote' as const, text: '<img src=x onerror=alert(1)>', verdict: 'misleading' as const, report: 'OIG-24-46' }] };
    const root = mount(popup({ summary: hostile }));
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
