import { describe, expect, it } from 'vitest';
import { align } from '../../src/match/align';

const PASSAGE = 'ICE reported more than 32,000 UCs failed to appear for their immigration court hearings from FYs 2019 to 2023.';
const types = (quote: string, passage = PASSAGE, truncated = false) =>
  align(quote, passage, truncated)
    .ops.filter((o) => o.quoteTokens.some((t) => t.kind !== 'punct') || o.passageTokens.some((t) => t.kind !== 'punct'))
    .map((o) => o.type);

describe('word alignment of a quotation against a passage', () => {
  it('aligns the same words at no cost, whatever the marks, dashes and case', () => {
    const a = align('ice reported MORE than 32,000 UCs failed to appear', PASSAGE, false);
    expect(a.cost).toBe(0);
    expect(a.matchedWords).toBe(9);
    expect(a.quoteWords).toBe(9);
    expect(PASSAGE.slice(a.passageSpan[0], a.passageSpan[1])).toBe('ICE reported more than 32,000 UCs failed to appear');
  });

  it('lets the quotation start and end anywhere in the passage', () => {
    expect(types('failed to appear for their immigration court hearings')).toEqual(Array(8).fill('equal'));
  });

  it('lets an editorial bracket stand for a few passage words', () => {
    const a = align('more than 32,000 [unaccompanied children] failed to appear', PASSAGE, false);
    expect(a.ops.map((o) => o.type)).toContain('editorial');
    expect(a.cost).toBe(0);
  });

  it('lets an ellipsis stand for any run of passage words', () => {
    const a = align('ICE reported ... their immigration court hearings', PASSAGE, false);
    expect(a.ops.map((o) => o.type)).toContain('gap');
    expect(a.cost).toBe(0);
  });

  it('records a changed, an added and a left-out word', () => {
    expect(types('more than 32,000 children failed to appear')).toEqual(['equal', 'equal', 'equal', 'replace', 'equal', 'equal', 'equal']);
    expect(types('more than 32,000 UCs then failed to appear')).toContain('insert');
    expect(types('more than 32,000 failed to appear')).toContain('delete');
  });

  it('treats words past the end of a truncated excerpt as unknown, not wrong', () => {
    const excerpt = 'The objective of our ongoing audit is to determine';
    const a = align('The objective of our ongoing audit is to determine whether ICE can monitor', excerpt, true);
    expect(a.ops.at(-1)?.type).toBe('beyond');
    expect(a.beyondWords).toBe(4);
    expect(a.cost).toBe(0);
  });

  it('prefers anchoring the quotation in the passage over dropping its first words', () => {
    const a = align('that number was much larger', 'that number may have been much larger', false);
    expect(a.ops.filter((o) => o.type === 'insert')).toEqual([]);
  });
});
