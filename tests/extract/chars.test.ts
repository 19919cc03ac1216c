import { describe, expect, it } from 'vitest';
import { escapeRegExp, isWordCode, lowerKeepingLength, startsWithDigit, WORD } from '../../src/extract/chars';

describe('letters and digits', () => {
  it('the regex class and the code test agree on every character up to U+2000', () => {
    const cls = new RegExp(`^[${WORD}]$`);
    const disagree: number[] = [];
    for (let c = 0; c < 0x2000; c++) if (cls.test(String.fromCharCode(c)) !== isWordCode(c)) disagree.push(c);
    expect(disagree).toEqual([]);
  });

  it('counts accented, Greek, Cyrillic and Vietnamese letters, superscripts and fractions; not marks or signs', () => {
    for (const ch of ['a', 'Z', '7', 'é', 'ñ', 'ω', 'д', 'ả', '²', '½']) expect(isWordCode(ch.charCodeAt(0)), ch).toBe(true);
    for (const ch of [' ', '-', '_', "'", '\u2019', '×', '÷', '.', '$']) expect(isWordCode(ch.charCodeAt(0)), ch).toBe(false);
    expect(startsWithDigit('32,000')).toBe(true);
    expect(startsWithDigit('x32')).toBe(false);
  });

  it('lower-cases at the same length, and escapes regex characters', () => {
    expect(lowerKeepingLength('ICE \u0130stanbul')).toHaveLength('ICE \u0130stanbul'.length);
    expect(new RegExp(escapeRegExp('U.S. (OIG) [a]+')).test('the U.S. (OIG) [a]+ said')).toBe(true);
  });
});
