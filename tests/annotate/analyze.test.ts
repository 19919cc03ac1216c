import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/annotate/analyze';
import type { Annotation, FigureAnnotation, QuoteAnnotation } from '../../src/annotate/types';
import { engine } from '../helpers/engine';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

function analyze(path: string) {
  const { document } = parseHTML(readFileSync(FIXTURES + path, 'utf8'));
  return analyzeDocument(document as unknown as Document, engine);
}

const figures = (as: Annotation[]) => as.filter((a): a is FigureAnnotation => a.kind === 'figure');
const quotes = (as: Annotation[]) => as.filter((a): a is QuoteAnnotation => a.kind === 'quote');
const matched = (as: Annotation[]) => new Set(figures(as).map((f) => f.matches));

describe('the five seed articles', () => {
  const seeds = ['000-fox-copy', '001-newsweek-copy', '002-mojibake-repost', '003-parentherald', '004-independent'];

  it.each(seeds)('%s covers OIG-24-46 and finds its 448,000, 32,000 and 291,000', (seed) => {
    const page = analyze(`seeds/${seed}.html`);
    expect(page.covers).toBe(true);
    expect(page.reports).toEqual(['OIG-24-46']);
    expect([...matched(page.annotations)]).toEqual(expect.arrayContaining([448000, 32000, 291000]));
    for (const a of page.annotations.filter((x) => x.report === 'OIG-24-46')) {
      expect(a.source).toMatch(/^https:\/\/www\.oig\.dhs\.gov\/sites\/default\/files\/assets\/2024-08\/OIG-24-46-Aug24\.pdf/);
      expect(a.selector.exact).toBe(a.text);
    }
  });

  it("annotates only the article: never the trending list, the comments or the captions", () => {
    for (const seed of seeds) {
      const page = analyze(`seeds/${seed}.html`);
      const texts = page.annotations.map((a) => `${a.selector.prefix}${a.selector.exact}${a.selector.suffix}`);
      expect(texts.join('\n')).not.toMatch(/fans pack stadium|arrests 32,809|Which is it|missing kids and nobody|Smith Collection/);
    }
  });

  it("classes Fox's reworded quotations as close, needing context", () => {
    const page = analyze('seeds/000-fox-copy.html');
    const reworded = quotes(page.annotations).filter((q) => q.text.startsWith('During our ongoing audit') || q.text.startsWith('While OPLA'));
    expect(reworded.map((q) => [q.match, q.verdict])).toEqual([
      ['close', 'needs-context'],
      ['close', 'needs-context'],
    ]);
    expect(reworded[0]?.caveats).toEqual(['quote-reworded']);
    expect(reworded[0]?.diff.some((d) => d.type === 'changed' && d.article === 'between' && d.report === 'from')).toBe(true);
  });

  it('calls "lost track of 32,000" in the Fox headline needs-context', () => {
    const page = analyze('seeds/000-fox-copy.html');
    const headline = figures(page.annotations)[0];
    expect(headline).toMatchObject({ text: '32,000', matches: 32000, verdict: 'needs-context', framings: ['lost'] });
  });

  it("marks seed 002's 85K as another source, and its embedded tweet's 'hundreds of thousands missing' as a claim the page reports (needs-context)", () => {
    const page = analyze('seeds/002-mojibake-repost.html');
    const k85 = figures(page.annotations).find((f) => f.text === '85K');
    expect(k85).toMatchObject({ value: 85000, matches: null, verdict: 'other-source', report: 'nyt-2023-85000' });
    const hundreds = figures(page.annotations).find((f) => /hundreds of thousands/i.test(f.text));
    expect(hundreds).toMatchObject({ verdict: 'needs-context', matches: null, report: 'OIG-24-46', ref: 'hundreds-of-thousands-missing' });
  });

  it('reads the mojibake page: the quoted title and the block quote are verbatim', () => {
    const page = analyze('seeds/002-mojibake-repost.html');
    const verbatim = quotes(page.annotations).filter((q) => q.match === 'verbatim').map((q) => q.passage);
    expect(verbatim).toEqual(expect.arrayContaining(['A-P0', 'A-P4', 'A-P2']));
    // Annotations keep the page's own characters, so the extension can find them again.
    expect(quotes(page.annotations).some((q) => q.text.includes('\u00e2'))).toBe(true);
  });

  it("leaves seed 004's family-separation numbers (68 and 297) alone", () => {
    const page = analyze('seeds/004-independent.html');
    const values = figures(page.annotations).map((f) => f.value);
    expect(values).not.toContain(68);
    expect(values).not.toContain(297);
  });

  it('gives a verbatim quotation of OIG-25-21 to it, even where the page names OIG-24-46 first', () => {
    // "OIG-24-46" starts with "OIG", OIG-25-21's own source term: the prefilter must still see it.
    const { document } = parseHTML(`<html><head><title>News</title></head><body><article>
      <p>ICE could not monitor all unaccompanied migrant children, according to OIG-24-46.</p>
      <p>A follow-up report went further: "Without an ability to monitor the location and status of UACs, ICE is unable to facilitate court appearances," it said.</p>
      <p>More text follows here.</p></article></body></html>`);
    const page = analyzeDocument(document as unknown as Document, engine);
    const quote = quotes(page.annotations)[0];
    expect(quote).toMatchObject({ report: 'OIG-25-21', passage: 'B-P4', match: 'verbatim', verdict: 'supported' });
  });
});
