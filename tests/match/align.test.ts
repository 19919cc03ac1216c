import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { align, quoteItems, type Alignment } from '../../src/match/align';

/** Passages of OIG-24-46 as the knowledge base holds them. */
interface StoredPassage {
  id: string;
  truncated: boolean;
  selector: { exact: string };
}

const report = JSON.parse(readFileSync(new URL('../../knowledge/reports/oig-24-46.json', import.meta.url), 'utf8')) as {
  passages: StoredPassage[];
};

function passage(id: string): StoredPassage {
  const found = report.passages.find((p) => p.id === id);
  if (!found) throw new Error(`no passage ${id} in oig-24-46.json`);
  return found;
}

const TITLE = passage('A-P0').selector.exact;
const SUMMARY = passage('A-P2').selector.exact;
const CLOSING = passage('A-P4').selector.exact;
const FINDING = passage('A-P5').selector.exact;
const GUIDANCE = passage('A-P6'); // stored excerpt stops mid-sentence
const SENTENCE = 'ICE reported more than 32,000 UCs failed to appear for their immigration court hearings from FYs 2019 to 2023.';

/** Each op as "type quote-text|passage-text", punctuation-only ops left out. */
function ops(a: Alignment, quote: string, text: string): string[] {
  return a.ops
    .filter((o) => o.type === 'editorial' || o.type === 'gap' || [...o.quoteTokens, ...o.passageTokens].some((t) => t.kind !== 'punct'))
    .map((o) => `${o.type} ${o.quote ? quote.slice(...o.quote) : ''}|${o.passage ? text.slice(...o.passage) : ''}`);
}

const covered = (a: Alignment, text: string) => text.slice(a.passageSpan[0], a.passageSpan[1]);

describe('align: the report sentence quoted word for word', () => {
  it('costs nothing and makes every word "equal"', () => {
    const a = align(FINDING, FINDING, false);
    expect(a.cost).toBe(0);
    expect(a.ops.every((o) => o.type === 'equal')).toBe(true);
    expect(covered(a, FINDING)).toBe(FINDING);
  });

  it('counts the matched, quoted and passage words', () => {
    const a = align(SENTENCE, SENTENCE, false);
    expect(a).toMatchObject({ cost: 0, matchedWords: 19, quoteWords: 19, passageWords: 19, beyondWords: 0 });
  });

  it('finds a sentence quoted out of a longer passage, leaving the rest of the passage out (semi-global)', () => {
    expect(SUMMARY.endsWith(SENTENCE)).toBe(true);
    const a = align(SENTENCE, SUMMARY, false);
    expect(a.cost).toBe(0);
    expect(a.ops.map((o) => o.type)).not.toContain('delete');
    expect(covered(a, SUMMARY)).toBe(SENTENCE);
    expect(a.passageSpan[0]).toBe(SUMMARY.indexOf(SENTENCE));
  });

  it('finds a few words from the middle of a passage', () => {
    const quote = 'that number may have been much larger';
    const a = align(quote, CLOSING, false);
    expect(a).toMatchObject({ cost: 0, matchedWords: 7, quoteWords: 7, passageWords: 7 });
    expect(covered(a, CLOSING)).toBe(quote);
  });
});

describe('align: differences that are not differences', () => {
  it('ignores case, quote marks and the way a number is written', () => {
    const quote = '\u201cICE REPORTED more than 32 000 UCs failed to appear for their immigration court hearings\u201d';
    const a = align(quote, SENTENCE, false);
    expect(a.cost).toBe(0);
    expect(a.ops.every((o) => o.type === 'equal')).toBe(true);
    expect(a.matchedWords).toBe(14);
  });

  it('ignores an em dash where the report has a hyphen', () => {
    const quote = 'Management Alert \u2014 ICE Cannot Monitor All Unaccompanied Migrant Children';
    expect(TITLE.startsWith('Management Alert - ICE')).toBe(true);
    const a = align(quote, TITLE, false);
    expect(a.cost).toBe(0);
    expect(a.matchedWords).toBe(9);
  });

  it('ignores a straight apostrophe where the report has a curly one', () => {
    const a = align("ICE's ability to monitor the location and status of UCs", SUMMARY, false);
    expect(a.cost).toBe(0);
    expect(covered(a, SUMMARY)).toBe('ICE\u2019s ability to monitor the location and status of UCs');
  });

  it('matches a quotation cut off in the middle of its last word', () => {
    const quote = 'failed to appear for their immigration court hear';
    const a = align(quote, SENTENCE, false);
    expect(a.cost).toBe(0);
    expect(ops(a, quote, SENTENCE).at(-1)).toBe('equal hear|hearings');
  });
});

describe('align: editorial brackets and ellipses', () => {
  it('reads brackets and parentheses as editorial slots, and "..." or "…" as gaps', () => {
    expect(quoteItems('more than [the children] ... safe (sic) \u2026 end').map((i) => i.kind)).toEqual([
      'token',
      'token',
      'editorial',
      'gap',
      'token',
      'editorial',
      'gap',
      'token',
    ]);
  });

  it('lets "[the children]" stand for the passage word "UCs" at no cost', () => {
    const quote = 'ICE reported more than 32,000 [the children] failed to appear';
    const a = align(quote, SENTENCE, false);
    expect(a.cost).toBe(0);
    expect(ops(a, quote, SENTENCE)).toContain('editorial [the children]|UCs');
    // Bracketed words are the writer's, not the report's: they are counted on neither side.
    expect(a).toMatchObject({ matchedWords: 8, quoteWords: 8, passageWords: 8 });
  });

  it('lets "[unaccompanied migrant children]" stand for "UCs" too', () => {
    const quote = 'more than 32,000 [unaccompanied migrant children] failed to appear';
    const a = align(quote, SENTENCE, false);
    expect(a.cost).toBe(0);
    expect(ops(a, quote, SENTENCE)).toContain('editorial [unaccompanied migrant children]|UCs');
  });

  it('lets an ellipsis skip a run of passage words, across sentences', () => {
    for (const mark of ['...', '\u2026']) {
      const quote = `ICE must take immediate action ${mark} UCs who do not appear for court are considered at higher risk`;
      const a = align(quote, CLOSING, false);
      expect(a.cost).toBe(0);
      const gap = a.ops.find((o) => o.type === 'gap');
      expect(gap?.quote && quote.slice(...gap.quote)).toBe(mark);
      expect(gap?.passage && CLOSING.slice(...gap.passage)).toBe(
        'to ensure the safety of UCs residing in the United States. Based on our audit work and according to ICE officials,',
      );
      expect(a).toMatchObject({ matchedWords: 17, quoteWords: 17, passageWords: 17 });
    }
  });
});

describe('align: real differences', () => {
  it('marks a substituted word as "replace"', () => {
    const quote = 'ICE reported more than 32,000 children failed to appear';
    const a = align(quote, SENTENCE, false);
    expect(a.cost).toBe(1);
    expect(ops(a, quote, SENTENCE)).toEqual([
      'equal ICE|ICE',
      'equal reported|reported',
      'equal more|more',
      'equal than|than',
      'equal 32,000|32,000',
      'replace children|UCs',
      'equal failed|failed',
      'equal to|to',
      'equal appear|appear',
    ]);
    expect(a).toMatchObject({ matchedWords: 8, quoteWords: 9, passageWords: 9 });
  });

  it('marks a changed figure as "replace"', () => {
    const quote = 'ICE reported more than 320,000 UCs failed to appear';
    const a = align(quote, SENTENCE, false);
    expect(ops(a, quote, SENTENCE)).toContain('replace 320,000|32,000');
  });

  it('marks an added word as "insert"', () => {
    const quote = 'ICE reported more than 32,000 UCs had failed to appear';
    const a = align(quote, SENTENCE, false);
    expect(ops(a, quote, SENTENCE)).toContain('insert had|');
    expect(a.cost).toBeCloseTo(1.05);
    expect(a).toMatchObject({ matchedWords: 9, quoteWords: 10, passageWords: 9 });
  });

  it('marks an omitted word as "delete"', () => {
    const quote = 'failed to appear for immigration court hearings';
    const a = align(quote, SENTENCE, false);
    expect(ops(a, quote, SENTENCE)).toEqual([
      'equal failed|failed',
      'equal to|to',
      'equal appear|appear',
      'equal for|for',
      'delete |their',
      'equal immigration|immigration',
      'equal court|court',
      'equal hearings|hearings',
    ]);
    expect(a.cost).toBe(1);
    expect(a).toMatchObject({ matchedWords: 7, quoteWords: 7, passageWords: 8 });
  });

  it('keeps a reworded quotation anchored in the passage rather than dropping its first words', () => {
    const quote = 'that number was much larger';
    const a = align(quote, CLOSING, false);
    expect(a.ops.filter((o) => o.type === 'insert')).toEqual([]);
    expect(ops(a, quote, CLOSING).slice(0, 2)).toEqual(['equal that|that', 'equal number|number']);
    expect(a.cost).toBeGreaterThan(0);
  });

  it('costs a lot for words the passage does not have', () => {
    const a = align('ICE lost track of these children entirely', SENTENCE, false);
    expect(a.cost).toBeGreaterThanOrEqual(5);
    expect(a.matchedWords).toBeLessThan(2);
  });
});

describe('align: a truncated passage', () => {
  const excerpt = GUIDANCE.selector.exact;
  const quote = 'ICE often neither followed this guidance nor issued corresponding guidance for its officers in the field';

  it('is a stored excerpt that stops mid-sentence', () => {
    expect(GUIDANCE.truncated).toBe(true);
    expect(excerpt.endsWith('for its officers')).toBe(true);
  });

  it('treats the words after the end of the excerpt as unknown ("beyond"), not wrong', () => {
    const a = align(quote, excerpt, true);
    expect(a.cost).toBe(0);
    const last = a.ops.at(-1);
    expect(last?.type).toBe('beyond');
    expect(last?.quote && quote.slice(...last.quote)).toBe('in the field');
    expect(a.beyondWords).toBe(3);
    expect(a).toMatchObject({ matchedWords: 13, quoteWords: 13, passageWords: 13 });
    expect(covered(a, excerpt)).toBe('ICE often neither followed this guidance nor issued corresponding guidance for its officers');
  });

  it('counts those words as added when the passage is complete', () => {
    const a = align(quote, excerpt, false);
    expect(a.beyondWords).toBe(0);
    expect(a.ops.map((o) => o.type)).not.toContain('beyond');
    expect(a.ops.filter((o) => o.type === 'insert')).toHaveLength(3);
    expect(a.cost).toBeGreaterThan(3);
  });

  it('has nothing beyond when the quotation ends inside the excerpt', () => {
    const a = align('we found ICE often neither followed this guidance', excerpt, true);
    expect(a).toMatchObject({ cost: 0, beyondWords: 0 });
    expect(a.ops.map((o) => o.type)).not.toContain('beyond');
  });
});
