import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/detect/article';
import { findQuotes, quoteSpans } from '../../src/extract/quotes';

/** The quoted words of a block, as strings. */
const spans = (text: string): string[] => quoteSpans(text).map((s) => text.slice(s.start, s.end));

const block = (text: string, kind: Block['kind'] = 'paragraph', quoteGroup: number | null = null): Block => ({ kind, text, quoteGroup });
const blockquote = (text: string): Block => block(text, 'blockquote', 0);

describe('quoteSpans: quote marks', () => {
  it('reads a quotation in straight double quotes', () => {
    expect(spans('The alert said "ICE must take immediate action" on Tuesday.')).toEqual(['ICE must take immediate action']);
  });

  it('reads a quotation in curly double quotes', () => {
    expect(spans('The alert said \u201cICE must take immediate action\u201d on Tuesday.')).toEqual(['ICE must take immediate action']);
  });

  it('reads a German „…“ quotation', () => {
    expect(spans('Der Bericht sagt \u201eICE muss sofort handeln\u201c und mehr.')).toEqual(['ICE muss sofort handeln']);
  });

  it('reads a French «…» quotation without the spaces inside the guillemets', () => {
    expect(spans('Le rapport dit \u00ab ICE doit agir \u00bb hier.')).toEqual(['ICE doit agir']);
  });

  it('accepts a curly opening mark closed by a straight one, as careless pages mix them', () => {
    expect(spans('Mixed \u201cICE must act now" marks.')).toEqual(['ICE must act now']);
  });

  it('gives offsets of the quoted words, marks excluded', () => {
    const text = 'He said \u201cICE must act now\u201d today.';
    const [span] = quoteSpans(text);
    expect(span).toEqual({ start: 9, end: 25 });
  });

  it('finds every quotation of a paragraph', () => {
    expect(spans('\u201cICE must act,\u201d the alert said, adding \u201cthat number may have been much larger.\u201d')).toEqual([
      'ICE must act',
      'that number may have been much larger.',
    ]);
  });

  it('drops the comma a quotation ends with before its closing mark', () => {
    expect(spans('\u201cICE must take immediate action,\u201d the report said.')).toEqual(['ICE must take immediate action']);
  });

  it('does not open a quotation at a straight mark followed by a space (inches, stray marks)', () => {
    expect(spans('A 6" pipe and "ICE must act now" today.')).toEqual(['ICE must act now']);
  });
});

describe('quoteSpans: single quotes and apostrophes', () => {
  it('reads a quotation in curly single quotes', () => {
    expect(spans('She called it \u2018a failure of basic oversight\u2019 in a statement.')).toEqual(['a failure of basic oversight']);
  });

  it('does not open a quotation at the apostrophe of "ICE’s" or "HHS’"', () => {
    expect(spans('ICE\u2019s officers and HHS\u2019 custody and the agency\u2019s records')).toEqual([]);
  });

  it('reads a single-quoted quotation after an apostrophe in the same sentence', () => {
    expect(spans('ICE\u2019s officers said \u2018we could not locate them all\u2019 yesterday.')).toEqual(['we could not locate them all']);
    expect(spans("ICE's officers said 'we could not locate them all' yesterday.")).toEqual(['we could not locate them all']);
  });

  it('does not close a single-quoted quotation at an apostrophe inside it', () => {
    expect(spans('He said \u2018ICE\u2019s officers could not find them\u2019 twice.')).toEqual(['ICE\u2019s officers could not find them']);
  });

  it('ignores short single-quoted phrases, which are scare quotes rather than quotations', () => {
    expect(spans('She called it \u2018a failure\u2019 again.')).toEqual([]);
  });
});

describe('quoteSpans: mojibake', () => {
  it('reads a quotation whose marks became "â€œ…â€"', () => {
    expect(spans('The report said \u00e2\u20ac\u0153ICE must take immediate action\u00e2\u20ac and left.')).toEqual(['ICE must take immediate action']);
    expect(spans('The report said \u00e2\u20ac\u0153ICE must take immediate action\u00e2\u20ac\u009d and left.')).toEqual([
      'ICE must take immediate action',
    ]);
  });

  it('reads a quotation whose marks became a bare "â", without opening one at "ICEâs"', () => {
    const text = 'The report said âICE must take immediate action,â and ICEâs officers agreed.';
    expect(spans(text)).toEqual(['ICE must take immediate action']);
  });

  it('gives offsets in the text as the page has it', () => {
    const text = 'It said âICE must take immediate actionâ about ICEâs role.';
    const [span] = quoteSpans(text);
    expect(span && text.slice(span.start, span.end)).toBe('ICE must take immediate action');
  });
});

describe('quoteSpans: what counts as a quotation', () => {
  it('runs an unclosed quotation to the end of its block', () => {
    expect(spans('The alert warned \u201cICE has no assurance UCs are safe from trafficking')).toEqual([
      'ICE has no assurance UCs are safe from trafficking',
    ]);
  });

  it('ignores a quoted single word', () => {
    expect(spans('He used the word "czar" again.')).toEqual([]);
    expect(spans('He used the word \u201cmissing\u201d again.')).toEqual([]);
  });

  it('keeps a quotation of two words', () => {
    expect(spans('He said \u201cimmediate action\u201d was needed.')).toEqual(['immediate action']);
  });

  it('keeps editorial brackets inside the quotation', () => {
    expect(spans('The report said ICE \u201ccould not monitor [unaccompanied migrant children] or initiate removal proceedings.\u201d')).toEqual([
      'could not monitor [unaccompanied migrant children] or initiate removal proceedings.',
    ]);
  });

  it('keeps "..." and "…" ellipses inside the quotation', () => {
    expect(spans('It said "ICE must take immediate action ... UCs who do not appear for court are considered at higher risk."')).toEqual([
      'ICE must take immediate action ... UCs who do not appear for court are considered at higher risk.',
    ]);
    expect(spans('It said \u201cICE has no assurance [the children] are safe \u2026 from trafficking.\u201d')).toEqual([
      'ICE has no assurance [the children] are safe \u2026 from trafficking.',
    ]);
  });
});

describe('findQuotes', () => {
  it('reports each quotation with its block, offsets and text', () => {
    const blocks = [block('No quotation here.'), block('He said "ICE must act now" today.'), block('\u201cICE must act,\u201d the alert said.')];
    expect(findQuotes(blocks)).toEqual([
      { block: 1, start: 9, end: 25, text: 'ICE must act now', unmarked: false },
      { block: 2, start: 1, end: 13, text: 'ICE must act', unmarked: false },
    ]);
  });

  it('does not treat an ordinary paragraph without marks as a quotation', () => {
    expect(findQuotes([block('ICE transferred more than 448,000 UCs to HHS.')])).toEqual([]);
  });

  it('treats an unmarked block quote as a quotation, without its trailing "— Source" line', () => {
    const [q] = findQuotes([blockquote('ICE must take immediate action to ensure the safety of UCs. \u2014 Office of Inspector General')]);
    expect(q).toEqual({ block: 0, start: 0, end: 59, text: 'ICE must take immediate action to ensure the safety of UCs.', unmarked: true });
  });

  it('removes an attribution on its own line, or after an en dash or hyphen', () => {
    const text = 'ICE must take immediate action to ensure the safety of UCs residing in the United States.';
    expect(findQuotes([blockquote(`${text}\n\u2014 DHS Office of Inspector General`)])[0]?.text).toBe(text);
    expect(findQuotes([blockquote(`${text} \u2013 OIG-24-46`)])[0]?.text).toBe(text);
    expect(findQuotes([blockquote(`${text} - DHS OIG`)])[0]?.text).toBe(text);
  });

  it('keeps a hyphenated word at the end of an unmarked block quote', () => {
    const text = 'ICE must take immediate action to ensure the safety of UCs through follow-up visits by officers.';
    expect(findQuotes([blockquote(text)])[0]?.text).toBe(text);
  });

  it('keeps a dash early in an unmarked block quote, which is not an attribution', () => {
    const text = 'Short \u2014 but this dash is early in the block and the text runs on for a long while after it.';
    expect(findQuotes([blockquote(text)])[0]?.text).toBe(text);
  });

  it('keeps brackets and ellipses in an unmarked block quote', () => {
    const [q] = findQuotes([blockquote('We found ICE cannot always monitor [unaccompanied migrant children] ... once released. \u2014 OIG')]);
    expect(q?.text).toBe('We found ICE cannot always monitor [unaccompanied migrant children] ... once released.');
  });

  it('uses the marks inside a block quote when it has them', () => {
    const [q, ...rest] = findQuotes([blockquote('\u201cICE must take immediate action,\u201d the alert said.')]);
    expect(q).toMatchObject({ text: 'ICE must take immediate action', unmarked: false });
    expect(rest).toEqual([]);
  });

  it('ignores an unmarked block quote of fewer than three words', () => {
    expect(findQuotes([blockquote('Two words')])).toEqual([]);
  });

  it('ignores the credit line of an embedded tweet', () => {
    expect(findQuotes([blockquote('\u2014 Josh Hawley (@HawleyMO) August 20, 2024')])).toEqual([]);
  });
});
