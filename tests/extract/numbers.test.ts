import { describe, it, expect } from 'vitest';
import { findNumbers, type CountVocabulary, type NumberMention } from '../../src/extract/numbers';

/** Every mention must point back at exactly what it says, in order, without overlaps. */
function checked(text: string): NumberMention[] {
  const mentions = findNumbers(text);
  let lastEnd = 0;
  for (const m of mentions) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.start).toBeGreaterThanOrEqual(lastEnd);
    expect(m.numberStart).toBeGreaterThanOrEqual(m.start);
    expect(m.numberStart).toBeLessThan(m.end);
    lastEnd = m.end;
  }
  return mentions;
}

/** The mention written exactly as `written` in `text`. */
function mention(text: string, written: string): NumberMention {
  const mentions = checked(text);
  const found = mentions.find((m) => m.text === written);
  expect(found, `"${written}" among ${JSON.stringify(mentions.map((m) => m.text))}`).toBeDefined();
  return found as NumberMention;
}

const texts = (text: string): string[] => checked(text).map((m) => m.text);
const kinds = (text: string): [string, string][] => checked(text).map((m) => [m.text, m.kind]);

describe('figures written in digits', () => {
  it('reads the headline figure with its qualifier and offsets', () => {
    const text = 'ICE reported more than 32,000 UCs failed to appear in immigration court.';
    const m = mention(text, 'more than 32,000');
    expect(m).toEqual({
      start: 13,
      end: 29,
      text: 'more than 32,000',
      numberStart: 23,
      value: 32000,
      magnitude: null,
      qualifier: 'more-than',
      qualifierText: 'more than',
      kind: 'count',
    });
    expect(text.slice(m.numberStart, m.end)).toBe('32,000');
  });

  it.each([
    ['ICE could not account for 291,000 children who were never served', '291,000', 291000],
    ['the inspector general counted 448,820 unaccompanied children', '448,820', 448820],
    ['Some outlets printed the figure as 32000 without a separator', '32000', 32000],
    ['los 448.000 menores no acompañados', '448.000', 448000],
    ['un total de 32.000 niños', '32.000', 32000],
    ['les 32 000 enfants migrants', '32 000', 32000],
    ['les 32\u00a0000 enfants migrants', '32\u00a0000', 32000],
    ['les 32\u202f000 enfants migrants', '32\u202f000', 32000],
    ['a further 1 250 000 people', '1 250 000', 1250000],
    ['Biden-Harris admin lost 320K migrant kids', '320K', 320000],
    ['the viral post said 300K children vanished', '300K', 300000],
    ['the post said 32k children vanished', '32k', 32000],
    ['up by 1.5K in a year', '1.5K', 1500],
    ['HHS has released 1.5 million people since 2021', '1.5 million', 1500000],
    ['7.7 million encounters at the southwest border', '7.7 million', 7700000],
    ['2 million gotaways', '2 million', 2000000],
    ['448 thousand children crossed alone', '448 thousand', 448000],
    ['los 32 mil niños', '32 mil', 32000],
    ['os 448 mil menores desacompanhados', '448 mil', 448000],
    ['1,5 millones de migrantes', '1,5 millones', 1500000],
    ['2 millones de personas', '2 millones', 2000000],
  ])('%s', (text, written, value) => {
    const m = mention(text, written);
    expect(m.value).toBe(value);
    expect(m.kind).toBe('count');
  });

  it('reads "325,000+" as more than 325,000, the plus being the qualifier', () => {
    const m = mention('Over the past four years, 325,000+ kids were placed with sponsors.', '325,000+');
    expect(m).toMatchObject({ value: 325000, qualifier: 'more-than', qualifierText: '+', kind: 'count' });
    expect(m.numberStart).toBe(m.start);
  });

  it('reads a trailing "or more" and "-plus" as more than', () => {
    expect(mention('the report found 43,000 or more children were not served', '43,000 or more')).toMatchObject({
      value: 43000,
      qualifier: 'more-than',
      qualifierText: 'or more',
    });
    expect(mention('a 32,000-plus figure', '32,000-plus')).toMatchObject({
      value: 32000,
      qualifier: 'more-than',
      qualifierText: '-plus',
    });
  });

  it('keeps a written qualifier over a trailing plus, but covers both', () => {
    const m = mention('more than 300K+ kids', 'more than 300K+');
    expect(m).toMatchObject({ value: 300000, qualifier: 'more-than', qualifierText: 'more than' });
  });

  it('does not take a decimal point for a European thousands dot', () => {
    expect(mention('a 7.2 rise', '7.2')).toMatchObject({ value: 7.2, kind: 'other' });
    expect(mention('at 3.14159 per unit', '3.14159').value).toBeCloseTo(3.14159);
  });
});

describe('qualifiers in front of the number', () => {
  it.each([
    ['ICE lost track of more than 32,000 children', 'more than 32,000', 'more-than', 'more than'],
    ['MORE THAN 32,000 KIDS', 'MORE THAN 32,000', 'more-than', 'MORE THAN'],
    ['Over 32,000 migrant children missed court', 'Over 32,000', 'more-than', 'Over'],
    ['above 300,000 in total', 'above 300,000', 'more-than', 'above'],
    ['in excess of 30,000 children', 'in excess of 30,000', 'more-than', 'in excess of'],
    ['upwards of 300,000 kids', 'upwards of 300,000', 'more-than', 'upwards of'],
    ['just over 291,000 children', 'just over 291,000', 'more-than', 'just over'],
    ['at least 32,000 children', 'at least 32,000', 'at-least', 'at least'],
    ['no fewer than 32,000 children', 'no fewer than 32,000', 'at-least', 'no fewer than'],
    ['some 32,000 children', 'some 32,000', 'about', 'some'],
    ['about 32,000 children', 'about 32,000', 'about', 'about'],
    ['around 291,000 children', 'around 291,000', 'about', 'around'],
    ['roughly 31,000 children', 'roughly 31,000', 'about', 'roughly'],
    ['approximately 291,000 children', 'approximately 291,000', 'about', 'approximately'],
    ['an estimated 448,000 unaccompanied children', 'an estimated 448,000', 'about', 'an estimated'],
    ['the estimated 448,000 children', 'estimated 448,000', 'about', 'estimated'],
    ['~300K kids', '~300K', 'about', '~'],
    ['nearly 300,000 migrant children', 'nearly 300,000', 'nearly', 'nearly'],
    ['almost 32,000 children', 'almost 32,000', 'nearly', 'almost'],
    ['close to 300,000 children', 'close to 300,000', 'nearly', 'close to'],
    ['just under 300,000 children', 'just under 300,000', 'nearly', 'just under'],
    ['up to 320,000 children', 'up to 320,000', 'up-to', 'up to'],
    ['as many as 85,000 children', 'as many as 85,000', 'up-to', 'as many as'],
    ['as much as $30,000 per child', 'as much as $30,000', 'up-to', 'as much as'],
    ['at most 291,000 children', 'at most 291,000', 'up-to', 'at most'],
    ['exactly 32,000 children', 'exactly 32,000', 'exactly', 'exactly'],
    ['precisely 291,000 children', 'precisely 291,000', 'exactly', 'precisely'],
    ['más de 32.000 niños', 'más de 32.000', 'more-than', 'más de'],
    ['Más de 32.000 niños', 'Más de 32.000', 'more-than', 'Más de'],
    ['perdió más 32.000 niños', 'más 32.000', 'more-than', 'más'],
    ['unos 32.000 niños', 'unos 32.000', 'about', 'unos'],
    ['cerca de 300.000 niños', 'cerca de 300.000', 'about', 'cerca de'],
    ['casi 300.000 niños', 'casi 300.000', 'nearly', 'casi'],
    ['mais de 32 mil crianças', 'mais de 32 mil', 'more-than', 'mais de'],
    ['quase 300 mil crianças', 'quase 300 mil', 'nearly', 'quase'],
    ['plus de 32 000 enfants', 'plus de 32 000', 'more-than', 'plus de'],
    ['près de 300 000 enfants', 'près de 300 000', 'nearly', 'près de'],
  ])('%s', (text, written, qualifier, qualifierText) => {
    const m = mention(text, written);
    expect(m.qualifier).toBe(qualifier);
    expect(m.qualifierText).toBe(qualifierText);
    expect(m.text.endsWith(m.text.slice(m.numberStart - m.start))).toBe(true);
  });

  it('has no qualifier, and an empty qualifierText, when none was written', () => {
    expect(mention('the 32,000 children', '32,000')).toMatchObject({ qualifier: null, qualifierText: '' });
  });

  it('does not read the end of a longer word as a qualifier', () => {
    expect(mention('Moreover 32,000 children', '32,000').qualifier).toBeNull();
    expect(mention('the turnover 32,000 times', '32,000').qualifier).toBeNull();
  });

  it('only takes "some" before a number written in digits', () => {
    expect(mention('some thirty children', 'thirty').qualifier).toBeNull();
  });

  it('puts numberStart after the qualifier and at the currency sign', () => {
    const text = 'It cost more than $30,000 per child.';
    const m = mention(text, 'more than $30,000');
    expect(text.slice(m.numberStart, m.end)).toBe('$30,000');
    expect(m.kind).toBe('money');
  });
});

describe('figures written in words', () => {
  it.each([
    ['thirty-two thousand children', 'thirty-two thousand', 32000],
    ['thirty two thousand children', 'thirty two thousand', 32000],
    ['Three hundred and twenty-five thousand children', 'Three hundred and twenty-five thousand', 325000],
    ['two hundred ninety-one thousand', 'two hundred ninety-one thousand', 291000],
    ['a million children', 'a million', 1000000],
    ['one million children', 'one million', 1000000],
    ['half a million children', 'half a million', 500000],
    ['a half-million children', 'a half-million', 500000],
    ['a quarter million children', 'a quarter million', 250000],
    ['a quarter of a million children', 'a quarter of a million', 250000],
    ['quarter of a million children', 'quarter of a million', 250000],
    ['three quarters of a million', 'three quarters of a million', 750000],
    ['one and a half million people', 'one and a half million', 1500000],
    ['a dozen shelters', 'a dozen', 12],
    ['two dozen shelters', 'two dozen', 24],
  ])('%s', (text, written, value) => {
    expect(mention(text, written)).toMatchObject({ value, kind: 'count' });
  });

  it('stops a number word at "and" when no number follows', () => {
    expect(texts('one hundred and counting')).toEqual(['one hundred']);
  });

  it('returns small numbers too, as counts: the caller decides what is a figure', () => {
    const text = 'He was one of the eight inspectors.';
    expect(checked(text).map((m) => [m.text, m.value, m.kind])).toEqual([
      ['one', 1, 'count'],
      ['eight', 8, 'count'],
    ]);
  });

  it('qualifies word numbers the same way', () => {
    expect(mention('nearly half a million kids', 'nearly half a million')).toMatchObject({
      value: 500000,
      qualifier: 'nearly',
    });
    expect(mention('thirty or more children', 'thirty or more')).toMatchObject({ value: 30, qualifier: 'more-than' });
  });

  it('does not split "one-on-one" into two numbers', () => {
    expect(texts('one-on-one interviews')).toEqual(['one']);
  });
});

describe('figures written in Spanish, Portuguese and French words', () => {
  it.each([
    ['más de treinta y dos mil niños', 'más de treinta y dos mil', 32000],
    ['cuatrocientos cuarenta y ocho mil menores', 'cuatrocientos cuarenta y ocho mil', 448000],
    ['más de doscientos noventa y un mil menores', 'más de doscientos noventa y un mil', 291000],
    ['trezentos mil crianças', 'trezentos mil', 300000],
    ['quatrocentos e quarenta e oito mil', 'quatrocentos e quarenta e oito mil', 448000],
    ['trois cent mille enfants', 'trois cent mille', 300000],
    ['deux cent quatre-vingt-onze mille enfants', 'deux cent quatre-vingt-onze mille', 291000],
    ['trente-deux mille enfants', 'trente-deux mille', 32000],
    ['un millón de personas', 'un millón', 1000000],
  ])('%s', (text, written, value) => {
    expect(mention(text, written)).toMatchObject({ value, kind: 'count' });
  });

  it('reads their short words only in a number of thousands or more', () => {
    // "once", "dos", "un", "sept" are English, Portuguese and French words too.
    expect(texts('Once again, dos casos de un informe: sept enfants.')).toEqual([]);
    expect(texts('veintidós menores')).toEqual([]);
  });
});

describe('vague magnitudes', () => {
  it.each([
    ['thousands of children are unaccounted for', 'thousands', 'thousands'],
    ['tens of thousands of children', 'tens of thousands', 'tens of thousands'],
    ['hundreds of thousands of migrant children', 'hundreds of thousands', 'hundreds of thousands'],
    ['HUNDREDS OF THOUSANDS OF KIDS MISSING', 'HUNDREDS OF THOUSANDS', 'hundreds of thousands'],
    ['millions of illegal aliens', 'millions', 'millions'],
    ['1000s of kids are missing', '1000s', 'thousands'],
    ['100s of thousands of kids', '100s of thousands', 'hundreds of thousands'],
    ['several hundred thousand children', 'several hundred thousand', 'hundreds of thousands'],
    ['a few thousand children', 'a few thousand', 'thousands'],
    ['miles de niños', 'miles', 'thousands'],
    ['cientos de miles de niños', 'cientos de miles', 'hundreds of thousands'],
    ['des centaines de milliers d’enfants', 'centaines de milliers', 'hundreds of thousands'],
  ])('%s', (text, written, magnitude) => {
    expect(mention(text, written)).toMatchObject({ value: null, magnitude, kind: 'magnitude' });
  });

  it('takes a qualifier in front of a magnitude', () => {
    expect(mention('up to hundreds of thousands of children', 'up to hundreds of thousands')).toMatchObject({
      qualifier: 'up-to',
      magnitude: 'hundreds of thousands',
    });
  });

  it('does not take the English "miles" or a bare "tens" for a magnitude', () => {
    expect(texts('ten miles from the border, in tens')).toEqual(['ten']);
  });

  it('calls "millions of dollars" money', () => {
    expect(mention('millions of dollars in contracts', 'millions')).toMatchObject({ kind: 'money', magnitude: 'millions' });
  });
});

describe('identifiers are not numbers', () => {
  it.each([
    'The report, OIG-24-46, was released on oversight.gov.',
    'See OEI-07-21-00250 for the HHS side.',
    'Form C070 and case n2399897 were filed.',
    'Read it at https://www.oig.dhs.gov/sites/default/files/assets/2024-08/OIG-24-46-Aug24.pdf today.',
    'The hotline is staffed 24/7.',
    'COVID-19 rules, the H-2B program, version v1.2.3 and 3D maps',
  ])('%s', (text) => {
    expect(texts(text)).toEqual([]);
  });

  it('still reads the figures around an identifier', () => {
    expect(texts('The OIG (OIG-24-46) found more than 32,000 children.')).toEqual(['more than 32,000']);
  });
});

describe('years and dates', () => {
  it('marks bare 1900-2099 numbers as years', () => {
    expect(kinds('In 2024, the OIG reviewed fiscal year 2023 data.')).toEqual([
      ['2024', 'year'],
      ['2023', 'year'],
    ]);
  });

  it.each([
    ['data from FY2023', '2023', 2023],
    ['data from FY 2019', '2019', 2019],
    ['the FY19 budget', '19', 2019],
    ['across FYs 2019 to 2023', '2019 to 2023', 2023],
    ['in fiscal years 2019 through 2023', '2019 through 2023', 2023],
    ['in FY 2019-20', '2019-20', 2020],
    ['the 2019–2023 period', '2019–2023', 2023],
    ['the 1990s', '1990s', 1990],
  ])('%s', (text, written, value) => {
    expect(mention(text, written)).toMatchObject({ kind: 'year', value });
  });

  it('takes a 1900-2099 number for a head count when the sentence says so', () => {
    expect(mention('more than 2000 children', 'more than 2000')).toMatchObject({ kind: 'count', value: 2000 });
    expect(mention('2000 children were released', '2000')).toMatchObject({ kind: 'count' });
    expect(mention('2,000 children', '2,000').kind).toBe('count');
  });

  it("reads a report's own count words from the knowledge base, not from the scanner", () => {
    const ucs = (vocabulary?: CountVocabulary) => findNumbers('ICE released 2000 unaccompanied UCs', vocabulary)[0]?.kind;
    expect(ucs()).toBe('year');
    expect(ucs({ nouns: ['UCs'], modifiers: ['unaccompanied'] })).toBe('count');
    // The vocabulary lasts for its call only.
    expect(ucs()).toBe('year');
    expect(mention('around 2019, the program grew', '2019')).toMatchObject({ kind: 'year', qualifier: null });
  });

  it('keeps "from 2019 to 2023" as two years (a change, not a range)', () => {
    expect(texts('from 2019 to 2023')).toEqual(['2019', '2023']);
  });

  it.each([
    ['The OIG published the report on Aug. 20, 2024.', 'Aug. 20, 2024'],
    ['dated August 19, 2024, the memo', 'August 19, 2024'],
    ['published 20 August 2024 in London', '20 August 2024'],
    ['By May 19 the agency had responded', 'May 19'],
    ['on 2024-08-20 at noon', '2024-08-20'],
    ['on 2024-08-20T10:00:00Z', '2024-08-20T10:00:00Z'],
    ['on 8/20/2024 in a memo', '8/20/2024'],
    ['le 20.08.2024', '20.08.2024'],
    ['in May 2019 the numbers rose', 'May 2019'],
    ['On Aug. 20-21, 2024 officials met', 'Aug. 20-21, 2024'],
    ['August 1st, 2024', 'August 1st, 2024'],
    ['el 20 de agosto de 2024', '20 de agosto de 2024'],
  ])('%s', (text, written) => {
    expect(mention(text, written)).toMatchObject({ kind: 'date', value: null });
  });

  it('never reads the day of a date as a count', () => {
    const text = 'On Aug. 20, 2024, the OIG said more than 32,000 children missed court.';
    expect(kinds(text)).toEqual([
      ['Aug. 20, 2024', 'date'],
      ['more than 32,000', 'count'],
    ]);
  });

  it('does not take the verb "may" for a month', () => {
    expect(mention('children may 19 times', '19').kind).toBe('count');
  });
});

describe('ages, money, percentages', () => {
  it.each([
    ['a 17-year-old from Honduras', '17-year-old', 17],
    ['he was 17 years old', '17 years old', 17],
    ['a seventeen-year-old boy', 'seventeen-year-old', 17],
    ['children age 12 and under', '12', 12],
    ['a boy aged 15', '15', 15],
    ['under the age of 18', '18', 18],
    ['ages 12-17', '12-17', 17],
    ['12 to 17-year-olds', '12 to 17-year-olds', 17],
    ['aged between 12 and 17', 'between 12 and 17', 17],
  ])('age: %s', (text, written, value) => {
    expect(mention(text, written)).toMatchObject({ kind: 'age', value });
  });

  it.each([
    ['a $448 million contract', '$448 million', 448e6],
    ['paid $30,000 per child', '$30,000', 30000],
    ['a fee of €5', '€5', 5],
    ['448 million dollars in grants', '448 million dollars', 448e6],
    ['US$2 billion in funding', 'US$2 billion', 2e9],
    ['a $2bn program', '$2bn', 2e9],
    ['2 millones de dólares', '2 millones de dólares', 2e6],
    ['between $1 and $2 million', 'between $1 and $2 million', 2e6],
    ['$5-10 million', '$5-10 million', 10e6],
  ])('money: %s', (text, written, value) => {
    expect(mention(text, written)).toMatchObject({ kind: 'money', value });
  });

  it.each([
    ['65% of the children', '65%', 65],
    ['65 percent of the children', '65 percent', 65],
    ['32.7% of cases', '32.7%', 32.7],
    ['65 per cent of cases', '65 per cent', 65],
    ['ten percent of cases', 'ten percent', 10],
    ['30-40% of cases', '30-40%', 40],
    ['a 5 percentage point drop', '5 percentage point', 5],
  ])('percent: %s', (text, written, value) => {
    expect(mention(text, written)).toMatchObject({ kind: 'percent', value });
  });
});

describe('fractions and ordinals', () => {
  it.each([
    ['two-thirds of the children', 'two-thirds', 2 / 3],
    ['a third of the children', 'a third', 1 / 3],
    ['one-third of the children', 'one-third', 1 / 3],
    ['one fifth of them', 'one fifth', 1 / 5],
    ['half of the children', 'half', 1 / 2],
    ['half the children', 'half', 1 / 2],
    ['a quarter of the cases', 'a quarter', 1 / 4],
  ])('%s', (text, written, value) => {
    const m = mention(text, written);
    expect(m.kind).toBe('fraction');
    expect(m.value).toBeCloseTo(value);
  });

  it('qualifies fractions', () => {
    expect(mention('nearly half of all sponsors', 'nearly half')).toMatchObject({ kind: 'fraction', qualifier: 'nearly' });
  });

  it('reads ordinals as ordinals', () => {
    expect(checked('the 1st audit, the 22nd hearing and a third report').map((m) => [m.text, m.kind, m.value])).toEqual([
      ['1st', 'ordinal', 1],
      ['22nd', 'ordinal', 22],
      ['third', 'ordinal', 3],
    ]);
    expect(mention('the twenty-first century', 'twenty-first')).toMatchObject({ kind: 'ordinal', value: 21 });
  });
});

describe('ranges', () => {
  it.each([
    ['75,000–80,000 children', '75,000–80,000', 80000],
    ['75 to 80,000 children', '75 to 80,000', 80000],
    ['4,500-5,000 children', '4,500-5,000', 5000],
    ['between 1,000 and 2,000 children', 'between 1,000 and 2,000', 2000],
    ['1.5 to 2 million people', '1.5 to 2 million', 2e6],
  ])('%s', (text, written, value) => {
    expect(mention(text, written)).toMatchObject({ kind: 'range', value });
  });

  it('keeps the qualifier of a range', () => {
    expect(mention('roughly 75,000 to 80,000 children', 'roughly 75,000 to 80,000')).toMatchObject({
      kind: 'range',
      value: 80000,
      qualifier: 'about',
    });
  });

  it('does not make a range of a change or of two separate figures', () => {
    expect(texts('it grew from 13,000 to 32,000')).toEqual(['13,000', '32,000']);
    expect(texts('rose by 5,000 to 32,000')).toEqual(['5,000', '32,000']);
    expect(texts('291,000 and 32,000')).toEqual(['291,000', '32,000']);
    expect(texts('a 10-4 vote')).toEqual(['10']);
  });
});

describe('other numbers', () => {
  it.each([
    ['updated 9:12 AM EDT', '9:12 AM'],
    ['updated 9:12 a.m.', '9:12 a.m.'],
    ['at 10 a.m. Tuesday', '10 a.m.'],
    ['at 10am Tuesday', '10am'],
    ['call (202) 254-4100 to report', '(202) 254-4100'],
    ['call 202-254-4100 to report', '202-254-4100'],
    ['Boston, MA 02124', '02124'],
    ['Washington, DC 20528-0305', '20528-0305'],
  ])('%s', (text, written) => {
    expect(mention(text, written).kind).toBe('other');
  });
});

describe('overlaps and order', () => {
  it('returns the longest reading as one mention', () => {
    expect(texts('more than 32,000')).toEqual(['more than 32,000']);
    expect(texts('$448 million')).toEqual(['$448 million']);
    expect(texts('Three hundred and twenty-five thousand')).toEqual(['Three hundred and twenty-five thousand']);
    expect(texts('hundreds of thousands')).toEqual(['hundreds of thousands']);
  });

  it('reads a whole paragraph of coverage in order', () => {
    const text =
      'The DHS OIG report (OIG-24-46), released Aug. 20, 2024, found ICE failed to serve NTAs on ' +
      'more than 32,000 children and could not track 291,000 others between FYs 2019 and 2023. ' +
      'Some outlets turned that into "320,000 missing", "300K" or "hundreds of thousands"; ' +
      'HHS placed an estimated 448,000 unaccompanied children, 65% of them aged 15 to 17.';
    expect(checked(text).map((m) => [m.text, m.kind, m.value, m.qualifier])).toEqual([
      ['Aug. 20, 2024', 'date', null, null],
      ['more than 32,000', 'count', 32000, 'more-than'],
      ['291,000', 'count', 291000, null],
      ['2019', 'year', 2019, null],
      ['2023', 'year', 2023, null],
      ['320,000', 'count', 320000, null],
      ['300K', 'count', 300000, null],
      ['hundreds of thousands', 'magnitude', null, null],
      ['an estimated 448,000', 'count', 448000, 'about'],
      ['65%', 'percent', 65, null],
      ['15 to 17', 'age', 17, null],
    ]);
  });

  it('handles empty and number-free text', () => {
    expect(findNumbers('')).toEqual([]);
    expect(findNumbers('No figures here at all.')).toEqual([]);
  });
});

// Speed is measured in `npm run bench`; these only prove the scan finishes on
// pathological input (catastrophic backtracking would hit the test timeout) and stays correct.
describe('large and pathological input', () => {
  it('reads 5 MB of coverage, finding every figure', () => {
    const article =
      "The Department of Homeland Security's inspector general said on Aug. 20, 2024 that ICE " +
      'could not monitor the location of more than 32,000 children who failed to appear in court, ' +
      'and had not served notices on 291,000 others between FYs 2019 and 2023. The findings drew ' +
      'sharp reactions from lawmakers on both sides of the aisle, and officials disputed the claim ' +
      'that the agency had lost anyone. Posts claimed 320K or "hundreds of thousands" were lost; the ' +
      'report (OIG-24-46) says no such thing. The inspector general recommended that the agency ' +
      'improve its tracking systems and coordinate with the Department of Health and Human Services, ' +
      'which placed about 448,000 unaccompanied children with sponsors while their cases moved ' +
      'through the courts. See https://www.oig.dhs.gov/sites/default/files/assets/2024-08/OIG-24-46-Aug24.pdf.\n';
    const copies = Math.ceil(5_000_000 / article.length);
    const once = findNumbers(article);
    const all = findNumbers(article.repeat(copies));
    expect(all.length).toBe(once.length * copies);
    expect(all.filter((m) => m.value === 32000).length).toBe(copies);
  });

  it.each([
    ['digits and commas', '1,'.repeat(50_000)],
    ['comma groups', '123,'.repeat(25_000) + '123'],
    ['space groups', '000 '.repeat(25_000)],
    ['spaces', ' '.repeat(100_000)],
    ['digits', '9'.repeat(100_000)],
    ['dots', '1.'.repeat(50_000)],
    ['hyphens', '1-'.repeat(50_000)],
    ['digits and spaces', '1 '.repeat(50_000)],
    ['number words', 'thirty-'.repeat(14_000)],
    ['qualifiers without numbers', 'more than '.repeat(10_000)],
  ])('finishes on 100k characters of %s, every mention inside the text', (_name, text) => {
    const misplaced = findNumbers(text).filter((m) => m.start < 0 || m.end > text.length || text.slice(m.start, m.end) !== m.text);
    expect(misplaced).toEqual([]);
  });
});
