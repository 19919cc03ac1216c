/**
 * Pages written to exercise the edges: every number form, every quote form, text in places
 * that must never be annotated, the second report, distortions and a fact check.
 */
import { describe, expect, it } from 'vitest';
import { analyzeFixture, figuresOf, quotesOf } from '../helpers/fixtures';

describe('number forms', () => {
  const page = analyzeFixture('tricky/numbers-forms.html');
  const found = figuresOf(page.annotations).map((f) => [f.text, f.matches, f.verdict]);

  it('reads each form outlets use as the report figure it refers to', () => {
    expect(found).toEqual([
      ['32K', 32000, 'supported'],
      ['32k', 32000, 'supported'],
      ['Some 32 000', 32000, 'supported'],
      ['32000', 32000, 'supported'],
      ['Thirty-two thousand', 32000, 'supported'],
      ['448 thousand', 448000, 'supported'],
      ['Nearly half a million', 448000, 'supported'],
      ['Nearly 300,000', 291000, 'supported'],
      ['more than 291,000', 291000, 'supported'],
      ['At least 32,000', 32000, 'supported'],
      ['Up to 32,000', 32000, 'needs-context'],
    ]);
  });

  it('gives the value as the article states it', () => {
    const values = Object.fromEntries(figuresOf(page.annotations).map((f) => [f.text, f.value]));
    expect(values['Nearly 300,000']).toBe(300000);
    expect(values['Nearly half a million']).toBe(500000);
    expect(values['32K']).toBe(32000);
  });

  it('never takes years, dates, ages, money or percentages for figures', () => {
    const texts = figuresOf(page.annotations).map((f) => f.text);
    for (const other of ['2019', '2024', '12', '$1.2 million', '15%', '8']) expect(texts).not.toContain(other);
  });
});

describe('quote forms', () => {
  const page = analyzeFixture('tricky/quotes-forms.html');
  const found = quotesOf(page.annotations).map((q) => [q.text.slice(0, 40), q.match, q.verdict]);

  it('classes each quotation', () => {
    expect(found).toEqual([
      ['ICE reported more than 32,000 UCs failed', 'verbatim', 'supported'], // straight marks
      ['ICE must take immediate action to ensure', 'verbatim', 'supported'], // curly marks
      ['Without an ability to monitor the locati', 'verbatim', 'supported'], // block quote, no marks
      ['ICE was not able to account for the loca', 'verbatim', 'supported'], // across a link and emphasis
      ['ICE has no assurance [unaccompanied migr', 'verbatim', 'supported'], // editorial brackets
      ['ICE must take immediate action \u2026 to ensu', 'verbatim', 'supported'], // ellipsis
      ['During our ongoing audit, we learned tha', 'close', 'needs-context'], // reworded
      ['ICE was not able to account for the loca', 'altered', 'misleading'], // "any" for "all"
    ]);
  });

  it('leaves an unattributed quotation that matches nothing alone', () => {
    expect(quotesOf(page.annotations).some((q) => q.text.includes('We will find'))).toBe(false);
  });
});

describe('places that are never annotated', () => {
  it('annotates the paragraph, not the input, textarea, editable area, script, style or code', () => {
    const page = analyzeFixture('tricky/editable-and-code.html');
    expect(page.annotations.map((a) => a.selector.suffix)).toEqual([' unaccompanied children failed t']);
    expect(page.annotations).toHaveLength(1);
  });
});

describe('the final audit OIG-25-21', () => {
  it('is recognised, with its own figures and its own document', () => {
    const page = analyzeFixture('tricky/oig-25-21.html');
    expect(page.reports).toEqual(['OIG-25-21']);
    expect(figuresOf(page.annotations).map((f) => [f.matches, f.report, f.verdict])).toEqual([
      [448000, 'OIG-25-21', 'supported'],
      [31000, 'OIG-25-21', 'supported'],
      [140, 'OIG-25-21', 'supported'],
      [233000, 'OIG-25-21', 'supported'],
      [43000, 'OIG-25-21', 'supported'],
    ]);
    expect(page.annotations.every((a) => a.source.includes('OIG-25-21-Mar25.pdf'))).toBe(true);
  });
});

describe('distortions', () => {
  const page = analyzeFixture('tricky/distortions.html');
  const byText = Object.fromEntries(figuresOf(page.annotations).map((f) => [f.text, f]));

  it('calls sums and "missing" framings of the report misleading', () => {
    expect(byText['320,000']).toMatchObject({ verdict: 'misleading', matches: null, ref: 'sum-320000' });
    expect(byText['291,000']).toMatchObject({ verdict: 'misleading', matches: 291000, framings: ['missing'] });
    expect(byText['Hundreds of thousands']).toMatchObject({ verdict: 'misleading', ref: 'hundreds-of-thousands-missing' });
  });

  it('calls "the Biden administration lost track of 32,000" needs-context, with both caveats', () => {
    const f = byText['more than 32,000'];
    expect(f?.verdict).toBe('needs-context');
    expect(f?.framings.sort()).toEqual(['lost', 'one-administration']);
    expect(f?.caveats).toEqual(expect.arrayContaining(['f32-what-it-counts', 'period-two-administrations']));
  });

  it('marks the NYT 85,000 as another source', () => {
    expect(byText['85,000']).toMatchObject({ verdict: 'other-source', report: 'nyt-2023-85000', matches: null });
  });
});

describe('a fact check', () => {
  it('is not accused of the distortions it debunks', () => {
    const page = analyzeFixture('tricky/fact-check.html');
    expect(page.covers).toBe(true);
    expect(page.annotations.filter((a) => a.verdict === 'misleading')).toEqual([]);
    expect(figuresOf(page.annotations).map((f) => f.matches)).toEqual([448000, 32000, 291000]);
  });
});

describe('words put in the report\'s mouth', () => {
  const page = analyzeFixture('tricky/quotes-not-found.html');
  const found = quotesOf(page.annotations).map((q) => [q.text.slice(0, 30), q.match, q.verdict, q.passage]);

  it('flags a spun rewrite and ICE\'s own words given to the report; a paraphrase of a real sentence is close', () => {
    expect(found).toEqual([
      ['Without the capacity to follow', 'not-found', 'misleading', 'A-P4'],
      ['no assurance that [the childre', 'close', 'needs-context', 'A-P4'],
      ['misunderstandings about the pr', 'not-found', 'misleading', 'ice-response-misunderstandings'],
    ]);
  });
});
