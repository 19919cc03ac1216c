import { describe, expect, it } from 'vitest';
import { hasMojibake, normalizeChars, repairMojibake, splitSentences, tokenize } from '../../src/extract/text';

/** The sentences of a text, as strings. */
const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));


describe('normalizeChars', () => {
  it('maps curly, low-9 and guillemet quote marks and primes to straight marks', () => {
    expect(normalizeChars('\u2018a\u2019 \u201ab\u201b \u2032 ` \u00b4')).toBe("'a' 'b' ' ' '");
    expect(normalizeChars('\u201cc\u201d \u201ed\u201f \u00abe\u00bb \u2033')).toBe('"c" "d" "e" "');
  });

  it('maps every kind of dash and the minus sign to a hyphen', () => {
    expect(normalizeChars('a\u2010b\u2011c\u2012d\u2013e\u2014f\u2015g\u2212h')).toBe('a-b-c-d-e-f-g-h');
  });

  it('maps no-break, thin and zero-width spaces and line breaks to a plain space', () => {
    expect(normalizeChars('a\u00a0b\u2007c\u2009d\u202fe\u200bf\u2060g\ufeffh\ti\nj\rk')).toBe('a b c d e f g h i j k');
  });

  it('lower-cases letters', () => {
    expect(normalizeChars('ICE Reported')).toBe('ice reported');
  });

  it('keeps the length, so an offset found in the normalised text points at the same words in the page', () => {
    const text = '\u201cICE\u2019s\u00a0count\u201d \u2014 more than 32,000 UCs';
    const out = normalizeChars(text);
    expect(out).toBe('"ice\'s count" - more than 32,000 ucs');
    expect(out.length).toBe(text.length);
    const at = out.indexOf('32,000 ucs');
    expect(text.slice(at, at + 10)).toBe('32,000 UCs');
  });

  it('leaves a character whose lower case is longer ("İ") as it is rather than change the length', () => {
    expect(normalizeChars('\u0130stanbul')).toBe('\u0130stanbul');
    expect(normalizeChars('\u0130stanbul').length).toBe('\u0130stanbul'.length);
  });
});

describe('hasMojibake', () => {
  it('recognises a page saved through the wrong encoding by an "â" where an apostrophe was', () => {
    expect(hasMojibake('a significant issue in ICEâs ability to monitor')).toBe(true);
    expect(hasMojibake('they canât find over 290,000 of them')).toBe(true);
    expect(hasMojibake('theyâre, weâve, Iâm, weâll, sheâd')).toBe(true);
  });

  it('recognises the three-character form "â€œ" of a curly mark', () => {
    expect(hasMojibake('the report said \u00e2\u20ac\u0153ICE must act')).toBe(true);
  });

  it('leaves French "âge", "château" and "pâté" alone', () => {
    expect(hasMojibake('\u00c0 l\u2019\u00e2ge de dix ans')).toBe(false);
    expect(hasMojibake("un enfant d'âge scolaire")).toBe(false);
    expect(hasMojibake('le château de Versailles')).toBe(false);
    expect(hasMojibake('un pâté de campagne')).toBe(false);
  });

  it('finds nothing in ordinary English text', () => {
    expect(hasMojibake('ICE\u2019s officers and HHS\u2019 custody')).toBe(false);
  });
});

describe('repairMojibake', () => {
  it('turns "ICEâs" back into "ICE’s"', () => {
    expect(repairMojibake('ICEâs ability')).toBe('ICE\u2019s ability');
  });

  it('turns "âICE must…â" into a curly quotation and a spaced "â" into a dash, keeping the length', () => {
    const raw = 'âICE must take immediate action,â the report said of ICEâs work. Alert â ICE';
    const fixed = repairMojibake(raw);
    expect(fixed).toBe('\u201cICE must take immediate action,\u201d the report said of ICE\u2019s work. Alert \u2014 ICE');
    expect(fixed.length).toBe(raw.length);
  });

  it('reads "HHSâ custody" as a possessive but a final "UCsâ" as a closing mark', () => {
    expect(repairMojibake('âfrom HHSâ custody,â he said')).toBe('\u201cfrom HHS\u2019 custody,\u201d he said');
    expect(repairMojibake('âstatus of UCsâ was limited')).toBe('\u201cstatus of UCs\u201d was limited');
  });

  it('repairs the three-character forms "â€œ…â€" and "â€™", padding with spaces to keep the length', () => {
    const raw = 'said \u00e2\u20ac\u0153ICE must act\u00e2\u20ac\u009d and ICE\u00e2\u20ac\u2122s \u00e2\u20ac\u201d done\u00e2\u20ac\u00a6';
    const fixed = repairMojibake(raw);
    expect(fixed.length).toBe(raw.length);
    expect(fixed).toBe('said   \u201cICE must act\u201d   and ICE\u2019  s \u2014   done\u2026  ');
  });

  it('reads a bare "â€" (the last byte dropped) as a closing mark', () => {
    expect(repairMojibake('\u00e2\u20ac\u0153ICE must act\u00e2\u20ac now')).toBe('  \u201cICE must act\u201d  now');
  });

  it('changes nothing in text without "â"', () => {
    expect(repairMojibake('ICE\u2019s officers')).toBe('ICE\u2019s officers');
  });
});

describe('tokenize', () => {
  const numbers = (text: string) => tokenize(text).filter((t) => t.kind === 'number').map((t) => t.norm);

  it('joins digit groups, so "32,000", "32 000" and "32000" compare equal', () => {
    expect(numbers('32,000 and 32 000 and 32000')).toEqual(['32000', '32000', '32000']);
    expect(numbers('32\u00a0000 or 32\u202f000 or 32.000')).toEqual(['32000', '32000', '32000']);
    expect(numbers('1,234,567')).toEqual(['1234567']);
  });

  it('keeps a decimal point that is not a thousands separator', () => {
    expect(numbers('3.5 percent')).toEqual(['3.5']);
  });

  it('does not take three digits out of a longer number as a thousands group', () => {
    expect(numbers('32 000 32000')).toEqual(['32000', '32000']);
    expect(numbers('Aug. 20 2024')).toEqual(['20', '2024']);
  });

  it('keeps years apart', () => {
    expect(numbers('from FYs 2019 to 2023')).toEqual(['2019', '2023']);
  });

  it('gives offsets into the original text, lower-cases words and drops the possessive', () => {
    const text = 'ICE\u2019s audit found 32,000 UCs.';
    const tokens = tokenize(text);
    expect(tokens[0]).toEqual({ norm: 'ice', start: 0, end: 5, kind: 'word' });
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['ICE\u2019s', 'audit', 'found', '32,000', 'UCs', '.']);
    expect(tokens.map((t) => t.kind)).toEqual(['word', 'word', 'word', 'number', 'word', 'punct']);
  });

  it('makes "HHS\'s" and "HHS’s" the same word', () => {
    expect(tokenize("HHS's HHS\u2019s HHS").map((t) => t.norm)).toEqual(['hhs', 'hhs', 'hhs']);
  });

  it('keeps a hyphenated word whole and does not make a token of a dash', () => {
    expect(tokenize('follow-up \u2014 visits').map((t) => t.norm)).toEqual(['follow-up', 'visits']);
  });

  it('splits words a missing space joined, but not abbreviations', () => {
    expect(tokenize('court date.These issues in the U.S.').map((t) => t.norm)).toEqual(['court', 'date', 'these', 'issues', 'in', 'the', 'u.s', '.']);
  });
});

describe('splitSentences', () => {
  it('keeps the abbreviations of Spanish, Portuguese and French pages, and dotted acronyms, inside the sentence', () => {
    expect(sentences('Según EE. UU. el Sr. Pérez dijo que más de 32.000 niños no se presentaron. Otra frase.')).toEqual([
      'Según EE. UU. el Sr. Pérez dijo que más de 32.000 niños no se presentaron.',
      'Otra frase.',
    ]);
    expect(sentences('La Sra. López y la Dra. Ruiz lo dijeron. Fin.')).toEqual(['La Sra. López y la Dra. Ruiz lo dijeron.', 'Fin.']);
    expect(sentences('An official of the D.H.S. Office said it. Then more.')).toEqual(['An official of the D.H.S. Office said it.', 'Then more.']);
  });

  it('does not break after "U.S.", "Sen.", "Aug." or "Mr."', () => {
    expect(
      sentences('The U.S. Department of Homeland Security said on Aug. 20 that it would act. Sen. Josh Hawley wrote to Mr. Mayorkas. It ended.'),
    ).toEqual([
      'The U.S. Department of Homeland Security said on Aug. 20 that it would act.',
      'Sen. Josh Hawley wrote to Mr. Mayorkas.',
      'It ended.',
    ]);
  });

  it('does not break after an initial', () => {
    expect(sentences('Joseph V. Cuffari signed it. ICE agreed.')).toEqual(['Joseph V. Cuffari signed it.', 'ICE agreed.']);
  });

  it('keeps a closing quote mark with its sentence', () => {
    expect(sentences('"ICE must take immediate action," the report said. "That number may have been much larger." Officials agreed.')).toEqual([
      '"ICE must take immediate action," the report said.',
      '"That number may have been much larger."',
      'Officials agreed.',
    ]);
    expect(sentences('He said \u201cwe found ICE cannot always monitor.\u201d Then he left.')).toEqual([
      'He said \u201cwe found ICE cannot always monitor.\u201d',
      'Then he left.',
    ]);
  });

  it('breaks before a sentence that starts with a number, but not before a lower-case word', () => {
    expect(sentences('The count was 32,000. 291,000 more had no date. it was fine.')).toEqual([
      'The count was 32,000.',
      '291,000 more had no date. it was fine.',
    ]);
  });

  it('ends sentences at question marks, exclamation marks and an ellipsis', () => {
    expect(sentences('Is that so? Yes! Done\u2026')).toEqual(['Is that so?', 'Yes!', 'Done\u2026']);
  });

  it('trims the spaces around each sentence and ignores a blank block', () => {
    const text = '  First one.   Second one.  ';
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['First one.', 'Second one.']);
    expect(spans[0]?.start).toBe(2);
    expect(splitSentences('   ')).toEqual([]);
  });
});
