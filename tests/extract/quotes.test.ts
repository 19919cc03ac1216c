import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/detect/article';
import { findQuotes, quoteSpans } from '../../src/extract/quotes';

const spans = (text: string) => quoteSpans(text).map((s) => text.slice(s.start, s.end));

describe('quote marks', () => {
  it('reads straight, curly, low-9 and guillemet quotations', () => {
    expect(spans('He said "ICE must act now" today.')).toEqual(['ICE must act now']);
    expect(spans('He said \u201cICE must act now\u201d today.')).toEqual(['ICE must act now']);
    expect(spans('Er sagte \u201eICE muss handeln\u201c heute.')).toEqual(['ICE muss handeln']);
    expect(spans('Il a dit \u00ab ICE doit agir \u00bb hier.')).toEqual(['ICE doit agir']);
  });

  it('does not open a quotation at an apostrophe', () => {
    expect(spans('ICE\u2019s officers and the agency\u2019s records')).toEqual([]);
    expect(spans("the agency's own 'words that are quoted here' today")).toEqual(['words that are quoted here']);
  });

  it('ignores one-word scare quotes', () => {
    expect(spans('the so-called "czar" said')).toEqual([]);
  });

  it('runs an unclosed quotation to the end of its paragraph', () => {
    expect(spans('The alert said \u201cICE must take immediate action to ensure safety')).toEqual(['ICE must take immediate action to ensure safety']);
  });

  it('reads quote marks that became "â" in a page saved through the wrong encoding', () => {
    expect(spans('The report said âICE must take immediate actionâ and ICEâs officers agreed.')).toEqual(['ICE must take immediate action']);
  });

  it('keeps editorial brackets and ellipses inside the quotation', () => {
    expect(spans('It said "ICE has no assurance [the children] are safe \u2026 from trafficking."')).toEqual([
      'ICE has no assurance [the children] are safe \u2026 from trafficking.',
    ]);
  });
});

describe('block quotes', () => {
  const block = (text: string, kind: Block['kind'] = 'blockquote'): Block => ({ kind, text, quoteGroup: 0 });

  it('treats an unmarked block quote as a quotation, without its "— Source" line', () => {
    const [q] = findQuotes([block('ICE must take immediate action to ensure the safety of UCs. \u2014 Office of Inspector General')]);
    expect(q).toMatchObject({ text: 'ICE must take immediate action to ensure the safety of UCs.', unmarked: true });
  });

  it('uses the marks inside a block quote when it has them', () => {
    const [q] = findQuotes([block('\u201cICE must take immediate action,\u201d the alert said.')]);
    expect(q).toMatchObject({ text: 'ICE must take immediate action', unmarked: false });
  });

  it('does not treat an ordinary paragraph as a quotation', () => {
    expect(findQuotes([block('ICE transferred 448,000 children to HHS.', 'paragraph')])).toEqual([]);
  });
});
