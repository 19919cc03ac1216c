import { describe, expect, it } from 'vitest';
import { hasMojibake, normalizeChars, phraseRegex, repairMojibake, splitSentences, tokenize } from '../../src/extract/text';

describe('normalizeChars', () => {
  it('maps quote marks, dashes and odd spaces, keeping the length so offsets stay true', () => {
    const text = '\u201cICE\u2019s\u00a0count\u201d \u2014 32,000';
    const out = normalizeChars(text);
    expect(out).toBe('"ice\'s count" - 32,000');
    expect(out.length).toBe(text.length);
  });
});

describe('mojibake', () => {
  it('recognises a page saved through the wrong encoding by its tell', () => {
    expect(hasMojibake('Thatâs dramatically higher')).toBe(true);
    expect(hasMojibake('Ã  l\u2019âge de dix ans')).toBe(false);
  });

  it('repairs bare "â" into the mark it stood for, keeping the length', () => {
    const raw = 'âICE must act,â the report said of ICEâs work. Alert â ICE';
    const fixed = repairMojibake(raw);
    expect(fixed).toBe('\u201cICE must act,\u201d the report said of ICE\u2019s work. Alert \u2014 ICE');
    expect(fixed.length).toBe(raw.length);
  });

  it('reads "HHSâ custody" as a possessive but a final "UCsâ" as a closing mark', () => {
    expect(repairMojibake('âfrom HHSâ custody,â he said')).toBe('\u201cfrom HHS\u2019 custody,\u201d he said');
    expect(repairMojibake('âstatus of UCsâ was limited')).toBe('\u201cstatus of UCs\u201d was limited');
  });
});

describe('tokenize', () => {
  it('joins digit groups so every way of writing a number compares equal', () => {
    expect(tokenize('32,000 and 32 000 and 32000').filter((t) => t.kind === 'number').map((t) => t.norm)).toEqual(['32000', '32000', '32000']);
  });

  it('gives offsets into the original text, lower-cases words and drops the possessive', () => {
    const [first] = tokenize('ICE\u2019s audit');
    expect(first).toEqual({ norm: 'ice', start: 0, end: 5, kind: 'word' });
  });

  it('splits words a missing space joined, but not abbreviations', () => {
    expect(tokenize('court date.These issues in the U.S.').map((t) => t.norm)).toEqual(['court', 'date', 'these', 'issues', 'in', 'the', 'u.s', '.']);
  });
});

describe('splitSentences', () => {
  it('does not break after abbreviations or initials', () => {
    const text = 'The U.S. Department of Homeland Security said so on Aug. 20. Sen. Hawley wrote back. It ended.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'The U.S. Department of Homeland Security said so on Aug. 20.',
      'Sen. Hawley wrote back.',
      'It ended.',
    ]);
  });

  it('keeps a closing quote with its sentence', () => {
    const text = '"ICE must act." The alert said so.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['"ICE must act."', 'The alert said so.']);
  });
});

describe('phraseRegex', () => {
  it('matches whole words only, ignoring case, apostrophe style and hyphens', () => {
    const re = phraseRegex(['ice', "can't find", 'immigration court']);
    const hits = (s: string) => (s.match(re ?? /$^/) ?? []).map((m) => m.toLowerCase());
    expect(hits('Notice: the office and ICE')).toEqual(['ice']);
    expect(hits('they can\u2019t find them')).toEqual(['can\u2019t find']);
    expect(hits('immigration-court hearings')).toEqual(['immigration-court']);
  });

  it('returns null for an empty list', () => {
    expect(phraseRegex(['', '  '])).toBeNull();
  });
});
