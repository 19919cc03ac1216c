import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/extract/quotes';
import { buildQuoteIndex, changesMeaning, isAttributed, matchQuotes } from '../../src/match/quotes';
import { align } from '../../src/match/align';
import { OIG_24_46, OIG_25_21, paragraphs, report } from '../helpers/engine';

const index = buildQuoteIndex([OIG_24_46, OIG_25_21]);

/** Match every quotation of one paragraph: [quoted words, class, passage id]. */
function classes(paragraph: string) {
  const blocks = paragraphs(paragraph);
  return matchQuotes(blocks, findQuotes(blocks), index).map((m) => [m.quote.text, m.match, m.ref] as const);
}

describe('verbatim', () => {
  it('matches the report\'s words whatever the quote marks, dashes, apostrophes and case', () => {
    const sentence = 'ICE reported more than 32,000 UCs failed to appear for their immigration court hearings from FYs 2019 to 2023.';
    for (const [open, close] of [['"', '"'], ['\u201c', '\u201d'], ['\u00ab', '\u00bb'], ['\u201e', '\u201c']]) {
      expect(classes(`The report said: ${open}${sentence}${close}`).map((c) => c[1])).toEqual(['verbatim']);
    }
    expect(classes('The watchdog wrote that "ICE\u2019s ability to monitor the location and status of UCs" was limited.')).toEqual([
      ['ICE\u2019s ability to monitor the location and status of UCs', 'verbatim', 'A-P2'],
    ]);
  });

  it('accepts editorial brackets and ellipses', () => {
    expect(
      classes('The alert warned that "ICE has no assurance [unaccompanied migrant children] are safe from trafficking, exploitation, or forced labor."'),
    ).toEqual([
      ['ICE has no assurance [unaccompanied migrant children] are safe from trafficking, exploitation, or forced labor.', 'verbatim', 'A-P4'],
    ]);
    expect(classes('The report said "ICE must take immediate action ... to ensure the safety of UCs residing in the United States."')[0]?.[1]).toBe(
      'verbatim',
    );
  });

  it('reads quotes in pages saved with the wrong encoding', () => {
    // As in seed 002: each curly quote and apostrophe became a bare "\u00e2".
    const found = classes('The report said \u00e2ICE\u00e2s ability to monitor the location and status of UCs\u00e2 was limited.');
    expect(found.map((f) => f[1])).toEqual(['verbatim']);
  });
});

describe('close', () => {
  it('classes a small rewording that keeps the meaning as close', () => {
    expect(
      classes(
        '"During our ongoing audit, we learned that ICE transferred more than 448,000 UCs to HHS between fiscal years 2019 and 2023," the watchdog reported.',
      ).map((c) => [c[1], c[2]]),
    ).toEqual([['close', 'A-P2']]);
  });

  it('keeps "unable to" for "not able to" as close, not altered', () => {
    expect(
      classes(
        'The report states: "ICE was unable to account for the location of all UCs who were released by HHS and did not appear as scheduled in immigration court."',
      ).map((c) => c[1]),
    ).toEqual(['close']);
  });
});

describe('altered', () => {
  it('catches "any" for "all"', () => {
    expect(
      classes(
        'According to the report, "ICE was not able to account for the location of any UCs who were released by HHS and did not appear as scheduled in immigration court."',
      ).map((c) => c[1]),
    ).toEqual(['altered']);
  });

  it('catches a dropped negation and a changed figure', () => {
    expect(
      classes('The report said "ICE was able to account for the location of all UCs who were released by HHS and did not appear as scheduled."').map(
        (c) => c[1],
      ),
    ).toEqual(['altered']);
    expect(
      classes('The audit found "ICE reported more than 52,000 UCs failed to appear for their immigration court hearings from FYs 2019 to 2023."').map(
        (c) => c[1],
      ),
    ).toEqual(['altered']);
  });

  it('catches a dropped hedge', () => {
    const a = align(
      'that number was much larger had ICE issued NTAs',
      'that number may have been much larger had ICE issued NTAs',
      false,
    );
    expect(changesMeaning(a.ops)).toBe(true);
  });
});

describe('not-found', () => {
  it('flags words presented as the report\'s that are a senator\'s letter', () => {
    // Hawley's letter paraphrases; this wording is only in the letter.
    const found = classes('The report warned there is "no assurance that [the children] are safe from trafficking, exploitation, or forced labor" today.');
    expect(found.map((f) => f[1])).not.toContain('verbatim');
  });

  it('flags testimony presented as the report\'s words', () => {
    const found = classes('The report itself says "This is not simply an administrative problem," and calls for action.');
    expect(found.map((f) => [f[1], f[2]])).toEqual([['not-found', 'cuffari-testimony-administrative']]);
  });

  it('leaves the same words alone when the article gives them to the speaker', () => {
    expect(classes('Cuffari testified at a hearing: "This is not simply an administrative problem."')).toEqual([]);
  });
});

describe('left alone', () => {
  it('ignores quotations that are not attributed to the report and match nothing', () => {
    expect(classes('"We will find every one of these children," the border czar told reporters.')).toEqual([]);
  });

  it('does not judge short fragments that may be in parts of the report we do not hold', () => {
    expect(classes('ICE relied on "manual, multi-step processes" to share information, the report said.')).toEqual([]);
  });

  it('knows an attribution when it sees one', () => {
    const text = 'The watchdog wrote "something here" yesterday.';
    expect(isAttributed(text, 19, 33, index)).toBe(true);
    expect(isAttributed('A neighbour said "something here" yesterday.', 18, 32, index)).toBe(false);
  });
});

describe('a predecessor report’s near-copy of a sentence', () => {
  const ssa = buildQuoteIndex([report('A-06-21-51022')]);
  const matched = (paragraph: string) => {
    const blocks = paragraphs(paragraph);
    return matchQuotes(blocks, findQuotes(blocks), ssa).map((m) => [m.match, m.ref]);
  };

  it('is not the 2023 report’s words, though it resembles one of them', () => {
    const y2015 = '“SSA did not have controls in place to annotate death information on the Numident records of numberholders who exceeded maximum reasonable life expectancies and were likely deceased.”';
    expect(matched(`The 2023 audit found that ${y2015}`)).toEqual([['not-found', '2015-report-controls-sentence']]);
    expect(matched(`A 2015 review warned: ${y2015}`)).toEqual([]);
  });

  it('leaves the 2023 sentence itself verbatim', () => {
    const y2023 = '“SSA has not established controls to annotate death information on the Numident records of numberholders who exceeded maximum reasonable life expectancies.”';
    expect(matched(`The audit found that ${y2023}`)).toEqual([['verbatim', 'C-P1']]);
  });
});
