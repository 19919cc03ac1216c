import { describe, expect, it } from 'vitest';
import { findFramings, isRebuttal } from '../../src/match/framing';
import { OIG_24_46 } from '../helpers/engine';

const ids = (sentence: string, block = sentence) => findFramings(sentence, block, OIG_24_46.framings).map((h) => h.framing);

describe('framings the report does not support', () => {
  it('finds missing, lost and trafficked-as-fact', () => {
    expect(ids('32,000 migrant children are missing.')).toEqual(['missing']);
    expect(ids('ICE lost track of 32,000 children.')).toContain('lost');
    expect(ids('Thousands were trafficked, the post said.')).toEqual(['trafficked-as-fact']);
  });

  it('finds one administration blamed, the wrong period and the wrong author', () => {
    expect(ids('Under the Biden administration, 32,000 children failed to appear.')).toEqual(['one-administration']);
    expect(ids('From 2018 to 2023, 32,000 children failed to appear.')).toEqual(['wrong-period']);
    expect(ids('The HHS inspector general found 32,000 children failed to appear.')).toEqual(['wrong-author']);
  });
});

describe('framings in Spanish, Portuguese and French', () => {
  it('finds them in any tense the outlets use', () => {
    expect(ids('Estados Unidos pierde el rastro de 32.000 menores.')).toEqual(['lost']);
    expect(ids('O governo perdeu o controle de mais de 291.000 crianças.')).toEqual(['lost']);
    expect(ids('Plus de 32 000 enfants ont été vendus à des trafiquants.')).toEqual(['trafficked-as-fact']);
  });

  it('holds a risk as a risk, in every language', () => {
    expect(ids('Los menores corren mayor riesgo de ser víctimas de trata.')).toEqual([]);
    expect(ids('As crianças correm risco de serem vítimas de tráfico sexual.')).toEqual([]);
    expect(ids('Les enfants courent un risque de devenir victimes de trafic sexuel.')).toEqual([]);
    expect(ids('Miles de niños fueron víctimas de trata.')).toEqual(['trafficked-as-fact']);
  });
});

describe('what is not a framing', () => {
  it('skips negated terms', () => {
    expect(ids('The children are not missing; they missed court.')).toEqual([]);
    expect(ids("That doesn't mean the children were lost.")).toEqual([]);
  });

  it('skips risk, not fact, of trafficking', () => {
    expect(ids('Children who miss court are at higher risk of being trafficked.')).toEqual([]);
    expect(ids('Some may have been trafficked.')).toEqual([]);
  });

  it('skips the report\'s own phrases that contain a framing word', () => {
    expect(ids('Addresses were blank, undeliverable or missing apartment numbers.')).toEqual([]);
    expect(ids('Children missing court hearings were not followed up.')).toEqual([]);
  });

  it('skips a sentence that repeats a claim to refute it', () => {
    expect(isRebuttal('Claims that 320,000 children are missing are false.')).toBe(true);
    expect(ids('Claims that 320,000 children are missing are false.')).toEqual([]);
  });

  it('does not blame one administration when the paragraph names both', () => {
    const block = 'The period spans the Trump and Biden administrations. Under Biden, 32,000 failed to appear.';
    expect(ids('Under Biden, 32,000 failed to appear.', block)).toEqual([]);
  });
});
