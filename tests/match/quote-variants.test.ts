/**
 * Every variant of each quoted report sentence that real coverage printed, with the
 * fidelity the coverage catalogue gives it (tests/fixtures/catalogue/quote-variants.md,
 * copied from ../shared/reference/coverage-catalogue.md section 7). The engine must never
 * call faithful quoting misleading, and must never launder a rewording as verbatim.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildQuoteIndex, matchQuote } from '../../src/match/quotes';
import type { QuoteMatch } from '../../src/annotate/types';
import { kb } from '../helpers/engine';

const md = readFileSync(fileURLToPath(new URL('../fixtures/catalogue/quote-variants.md', import.meta.url)), 'utf8');
const index = buildQuoteIndex(kb.reports);

interface Variant {
  label: string;
  text: string;
  match: QuoteMatch | 'none';
}

const variants: Variant[] = [...md.matchAll(/^- \(([^;)]+)[^)]*\) \u201c(.*)\u201d\s*$/gmu)].map((m) => {
  const label = m[1] ?? '';
  const text = m[2] ?? '';
  // As an article would print it: "..." the report said.
  const block = `The report said \u201c${text}\u201d`;
  const result = matchQuote({ block: 0, start: 17, end: 17 + text.length, text, unmarked: false }, block, index);
  return { label, text, match: result?.match ?? 'none' };
});

const withLabel = (prefix: string) => variants.filter((v) => v.label.startsWith(prefix));
const tally = (vs: Variant[]) => vs.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v.match]: (acc[v.match] ?? 0) + 1 }), {});

describe('quote variants from real coverage', () => {
  it('reads them all from the catalogue', () => {
    expect(variants.length).toBeGreaterThan(140);
  });

  it('never calls faithful quoting misleading (verbatim, bracketed, primary text)', () => {
    const faithful = [...withLabel('verbatim'), ...withLabel('primary document text')];
    const accused = faithful.filter((v) => v.match === 'altered' || v.match === 'not-found');
    expect(accused).toEqual([]);
    // And recognises nearly all of them as the report's words.
    expect(faithful.filter((v) => v.match === 'verbatim').length / faithful.length).toBeGreaterThan(0.85);
  });

  it('never launders a machine rewrite as verbatim', () => {
    expect(withLabel('garbled').filter((v) => v.match === 'verbatim')).toEqual([]);
  });

  it('classes paraphrases inside quote marks as close, almost never as verbatim', () => {
    const counts = tally(withLabel('paraphrase'));
    expect(counts.close ?? 0).toBeGreaterThanOrEqual(15);
    // The one "verbatim" paraphrase only drops a serial comma.
    expect(counts.verbatim ?? 0).toBeLessThanOrEqual(1);
  });

  it('leaves translations alone: they cannot be checked against the English text', () => {
    expect(tally(withLabel('translated'))).toEqual({ none: withLabel('translated').length });
  });

  it('never presents testimony as the report\'s words', () => {
    expect(withLabel('not report text').filter((v) => v.match === 'verbatim' || v.match === 'close')).toEqual([]);
  });
});
