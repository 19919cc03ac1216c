import { describe, expect, it } from 'vitest';
import { compilePhrase, foldCase, hasPhrase, phraseHits } from '../../src/extract/phrases';

/** Every occurrence of any of the phrases in a text, as the page wrote it. */
function hits(phrases: string[], text: string): string[] {
  const folded = foldCase(text);
  return phrases
    .flatMap((p) => {
      const phrase = compilePhrase(p);
      return phrase ? phraseHits(folded, phrase) : [];
    })
    .sort((a, b) => a.start - b.start)
    .map((h) => text.slice(h.start, h.end));
}

describe('phrase search', () => {
  it('matches whole words only, in any case', () => {
    expect(hits(['ice'], 'ICE ice Ice NICE ICEland Notice ICE\u2019s')).toEqual(['ICE', 'ice', 'Ice', 'ICE']);
  });

  it('treats accented, Greek and Cyrillic letters as part of a word', () => {
    expect(hits(['ICE'], 'ICE\u00e9 \u00e9ICE ICE\u03b1 \u0434ICE')).toEqual([]);
  });

  it('matches either apostrophe style', () => {
    expect(hits(["HHS' custody"], "HHS' custody, HHS\u2019 custody")).toEqual(["HHS' custody", 'HHS\u2019 custody']);
    expect(hits(["can't find"], 'they can\u2019t find them')).toEqual(['can\u2019t find']);
  });

  it('treats a hyphen, a no-break space and several spaces like one space', () => {
    expect(hits(['unaccompanied migrant children'], 'Unaccompanied-migrant children, unaccompanied\u00a0migrant   children, unaccompanied migrantchildren')).toEqual([
      'Unaccompanied-migrant children',
      'unaccompanied\u00a0migrant   children',
    ]);
  });

  it('needs something between two words, and nothing but spaces and hyphens', () => {
    expect(hits(['migrant children'], 'migrant, children; migrant.children')).toEqual([]);
  });

  it('reads a lone dash in a phrase as one more joiner, and keeps an en dash literal', () => {
    expect(hits(['Management Alert - ICE Cannot Monitor'], 'Management Alert \u2013 ICE Cannot Monitor; Management Alert - ICE cannot monitor')).toEqual([
      'Management Alert - ICE cannot monitor',
    ]);
    expect(hits(['Management Alert \u2013 ICE Cannot Monitor'], 'Management Alert \u2013 ICE Cannot Monitor')).toEqual(['Management Alert \u2013 ICE Cannot Monitor']);
  });

  it('matches characters that mean something in a regex literally', () => {
    expect(hits(['U.S.'], 'U.S. and UxSx')).toEqual(['U.S.']);
    expect(hits(['(OIG)'], 'the (OIG) said')).toEqual(['(OIG)']);
  });

  it('finds each occurrence once, left to right, and none inside another', () => {
    expect(hits(['children children'], 'children children children')).toEqual(['children children']);
  });

  it('keeps offsets true when lower-casing would change the length ("İ")', () => {
    const text = '\u0130stanbul: ICE said';
    expect(foldCase(text)).toHaveLength(text.length);
    expect(hits(['ice said'], text)).toEqual(['ICE said']);
  });

  it('answers whether a phrase occurs, and has nothing to search for in an empty phrase', () => {
    const folded = foldCase('The Inspector General said');
    expect(hasPhrase(folded, compilePhrase('inspector general') ?? { term: '', words: ['x'] })).toBe(true);
    expect(hasPhrase(folded, compilePhrase('general inspector') ?? { term: '', words: ['x'] })).toBe(false);
    expect(compilePhrase('  ')).toBeNull();
    expect(compilePhrase(' - ')).toBeNull();
  });
});
