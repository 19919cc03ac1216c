import { describe, expect, it } from 'vitest';
import { matchFigures, reportInterval, roundingUnit, valueFits } from '../../src/match/figures';
import { OIG_24_46, OIG_25_21, kb, paragraphs, report } from '../helpers/engine';

const both = { reports: [OIG_24_46, OIG_25_21], otherSources: kb.otherSources };
const only2446 = { reports: [OIG_24_46], otherSources: kb.otherSources };

/** The figure matches in one sentence, as [text, verdict, ref]. */
function one(sentence: string, options = only2446) {
  return matchFigures(paragraphs(sentence), options).map((m) => [m.mention.text, m.verdict, m.ref] as const);
}

describe('rounding', () => {
  it('reads the unit a number was written to', () => {
    expect(roundingUnit(32000)).toBe(1000);
    expect(roundingUnit(300000)).toBe(100000);
    expect(roundingUnit(291500)).toBe(100);
    expect(roundingUnit(7)).toBe(1);
  });

  it('reads "more than 32,000" as 32,000 up to just under 32,500', () => {
    expect(reportInterval(32000, 'more-than')).toEqual([32000, 32499]);
  });
});

describe('value fit', () => {
  const f32 = { value: 32000, qualifier: 'more-than' as const };
  const f291 = { value: 291000, qualifier: 'more-than' as const };
  const f448 = { value: 448000, qualifier: 'more-than' as const };

  it('accepts the forms outlets use for the same figure', () => {
    expect(valueFits(32000, null, f32)).toBe(true); // "32,000", "32K"
    expect(valueFits(32000, 'more-than', f32)).toBe(true); // "more than 32,000"
    expect(valueFits(32000, 'at-least', f32)).toBe(true);
    expect(valueFits(30000, 'more-than', f32)).toBe(true); // "more than 30,000" is true, if loose
    expect(valueFits(300000, 'nearly', f291)).toBe(true); // "nearly 300,000"
    expect(valueFits(500000, 'nearly', f448)).toBe(true); // "nearly half a million"
    expect(valueFits(450000, null, f448)).toBe(true);
    expect(valueFits(32000, 'up-to', f32)).toBe(true);
  });

  it('refuses numbers written too roughly to tell one figure from another', () => {
    expect(valueFits(30000, null, f32)).toBe(false);
    expect(valueFits(300000, null, f291)).toBe(false);
    expect(valueFits(500000, null, f448)).toBe(false);
  });

  it('refuses neighbouring values', () => {
    expect(valueFits(31000, null, f32)).toBe(false); // OIG-25-21's addresses
    expect(valueFits(32809, null, f32)).toBe(false); // ICE arrests
    expect(valueFits(300000, 'more-than', f291)).toBe(false);
    expect(valueFits(85000, null, f32)).toBe(false);
  });
});

describe('report figures by context', () => {
  it('finds each OIG-24-46 figure where its sentence says what it counts', () => {
    expect(one('ICE transferred more than 448,000 unaccompanied children to HHS from fiscal years 2019 to 2023.')).toEqual([
      ['more than 448,000', 'supported', 'oig-24-46/F448'],
    ]);
    expect(one('More than 32,000 of them failed to appear for their immigration court hearings.')).toEqual([
      ['More than 32,000', 'supported', 'oig-24-46/F32'],
    ]);
    expect(one('ICE had not served a Notice to Appear on more than 291,000 children.')).toEqual([
      ['more than 291,000', 'supported', 'oig-24-46/F291'],
    ]);
  });

  it('reads every number form as the same figure', () => {
    for (const form of ['32K', '32k', '32 000', '32000', 'thirty-two thousand', 'over 32,000', 'at least 32,000']) {
      const found = one(`The watchdog said ${form} unaccompanied children did not appear for immigration court hearings.`);
      expect(found.map((f) => f[2]), form).toEqual(['oig-24-46/F32']);
    }
    expect(one('ICE sent 448 thousand unaccompanied children to HHS custody.').map((f) => f[2])).toEqual(['oig-24-46/F448']);
    expect(one('Nearly half a million unaccompanied children were transferred to HHS.').map((f) => f[2])).toEqual(['oig-24-46/F448']);
    expect(one('Nearly 300,000 children were never served a notice to appear.').map((f) => f[2])).toEqual(['oig-24-46/F291']);
  });

  it('uses the sentence before when the figure sentence only says "of those"', () => {
    const blocks = paragraphs('ICE transferred the children to HHS, and many were due in immigration court. Of those, more than 32,000 failed to appear.');
    expect(matchFigures(blocks, only2446).map((m) => m.ref)).toEqual(['oig-24-46/F32']);
  });

  it("needs the figure's own words, not just the topic", () => {
    expect(one('ICE failed to monitor over 30,000 unaccompanied migrant children.', both)).toEqual([]);
    expect(one('About 32,000 unaccompanied children live in the region.')).toEqual([]);
  });

  it('leaves look-alike numbers alone', () => {
    expect(one('ICE arrested 32,809 people in the operation, officials said, including children.')).toEqual([]);
    expect(one('ICE held more than 32,000 people in detention, including families with children in court.')).toEqual([]);
    expect(one('A crowd of 32,000 fans watched the court-side show.')).toEqual([]);
    // The same exclusions in the other languages (excludeByLanguage).
    expect(one('El ICE mantuvo a más de 32.000 detenidos, entre ellos menores con audiencias en la corte.')).toEqual([]);
    expect(one("L'ICE comptait plus de 32 000 détenus, dont des mineurs convoqués au tribunal.")).toEqual([]);
    expect(one('In 2019, a 12-year-old waited 448 days for a court hearing that cost $32,000.')).toEqual([]);
  });

  it('gives the 31,000 addresses to OIG-25-21', () => {
    expect(one("More than 31,000 of the children's release addresses were blank, undeliverable, or missing apartment numbers.", both)).toEqual([
      ['More than 31,000', 'supported', 'oig-25-21/F31'],
    ]);
  });
});

describe('framings', () => {
  it('calls "lost track of 32,000" needs-context, with what the report counts', () => {
    const [m] = matchFigures(paragraphs('ICE lost track of more than 32,000 unaccompanied children who failed to appear in court.'), only2446);
    expect(m?.verdict).toBe('needs-context');
    expect(m?.framings).toEqual(['lost']);
    expect(m?.caveats).toContain('f32-what-it-counts');
  });

  it('recognises "32,000 migrant children are missing", the most common distortion, with no other context', () => {
    expect(one('Some 32,000 migrant children are missing.')).toEqual([['Some 32,000', 'needs-context', 'oig-24-46/F32']]);
    // A bare "missing" with nothing else of the story is still not enough.
    expect(one('32,000 missing.')).toEqual([]);
  });

  it('calls "291,000 missing" misleading: the report counts unserved notices', () => {
    expect(one('The report found 291,000 children missing, never served a notice to appear.')).toEqual([
      ['291,000', 'misleading', 'oig-24-46/F291'],
    ]);
  });

  it('does not hold a negated or refuted framing against the article', () => {
    expect(one('The 32,000 children who failed to appear in court are not necessarily missing.')[0]?.[1]).toBe('supported');
    expect(one('Claims that 32,000 children who failed to appear in court went missing are false.')[0]?.[1]).toBe('supported');
  });

  it('does not read the report\'s own "missing apartment numbers" as missing children', () => {
    const found = one('More than 31,000 release addresses were blank, undeliverable, or missing apartment numbers.', both);
    expect(found[0]?.[1]).toBe('supported');
  });

  it('gives a framing to the figure it describes, not to every figure in the sentence', () => {
    const blocks = paragraphs(
      'ICE transferred more than 448,000 children to HHS, and more than 32,000 of them failed to appear in court and went missing.',
    );
    const verdicts = Object.fromEntries(matchFigures(blocks, only2446).map((m) => [m.ref, m.verdict]));
    expect(verdicts).toEqual({ 'oig-24-46/F448': 'supported', 'oig-24-46/F32': 'needs-context' });
  });

  it('flags one administration blamed for a period that spans two, unless both are named', () => {
    expect(one('Under the Biden administration, more than 32,000 children failed to appear in immigration court.')[0]?.[1]).toBe(
      'needs-context',
    );
    expect(
      one('Under the Trump and Biden administrations, more than 32,000 children failed to appear in immigration court.')[0]?.[1],
    ).toBe('supported');
  });

  it('treats "up to 32,000" as needs-context: the report gives a floor, not a ceiling', () => {
    const [m] = matchFigures(paragraphs('Up to 32,000 children failed to appear for immigration court hearings.'), only2446);
    expect(m?.verdict).toBe('needs-context');
    expect(m?.caveats).toContain('qualifier-upper-bound');
  });
});

describe('distortions and other sources', () => {
  it('calls the 320,000 sum misleading, matching no report figure', () => {
    for (const form of ['320,000', '323,000', '325,000+', '320K']) {
      const [m] = matchFigures(paragraphs(`The report shows ${form} migrant children are missing.`), only2446);
      expect(m?.verdict, form).toBe('misleading');
      expect(m?.matches, form).toBeNull();
      expect(m?.ref, form).toBe('sum-320000');
    }
  });

  it('calls "hundreds of thousands missing" misleading only when framed as missing', () => {
    expect(one('Hundreds of thousands of migrant children are missing, the report says.')[0]?.[2]).toBe('hundreds-of-thousands-missing');
    expect(one('Hundreds of thousands of migrant children cross the border each year.')).toEqual([]);
  });

  it('calls a distortion someone is quoted as claiming needs-context, not misleading: the article reports it', () => {
    expect(one('Vance said 320,000 children are missing.')).toEqual([['320,000', 'needs-context', 'sum-320000']]);
    expect(one('The senator claimed 291,000 children are missing, never served a notice to appear.')[0]?.[1]).toBe('needs-context');
    expect(one('The report says 291,000 children are missing, never served a notice to appear.')[0]?.[1]).toBe('misleading');
  });

  it('does not flag a distortion that the sentence refutes', () => {
    expect(one('Viral posts falsely claimed 320,000 migrant children are missing.')).toEqual([]);
  });

  it('marks the New York Times 85,000 as another source', () => {
    expect(one('That is far higher than the 85,000 migrant children HHS could not reach by phone, as the New York Times reported.')).toEqual([
      ['85,000', 'other-source', 'nyt-2023-85000'],
    ]);
    expect(one("That's dramatically higher than the 85K number previously reported.")).toEqual([['85K', 'other-source', 'nyt-2023-85000']]);
  });

  it('marks an amount from another source only where that source holds amounts', () => {
    const ssa = { reports: [report('A-06-21-51022')], otherSources: kb.otherSources };
    expect(one('The inspector general estimated $71.8 billion in improper payments from 2015 to 2022.', ssa)).toEqual([
      ['estimated $71.8 billion', 'other-source', 'ssa-oig-2024-improper-payments'],
    ]);
    // The New York Times source counts children: an amount of the same value is not it.
    expect(one('The agency paid $85,000 to the contractor, the New York Times reported.')).toEqual([]);
  });

  it('finds nothing when no report is covered', () => {
    expect(matchFigures(paragraphs('The 85,000 children HHS could not reach by phone.'), { reports: [], otherSources: kb.otherSources })).toEqual([]);
  });
});

describe('a framing belongs to the figure of its own clause', () => {
  it('does not hold "missing" against a figure its clause describes as the report does', () => {
    expect(one('Even more children may be missing, the report warned, because more than 291,000 were never served a notice to appear.')).toEqual([
      ['more than 291,000', 'supported', 'oig-24-46/F291'],
    ]);
  });

  it('gives a framing with a stranded preposition to the figure before it', () => {
    expect(one('Add the more than 291,000 children who were not served a notice to appear that ICE has lost track of, to the more than 32,000 who failed to appear in court.')).toEqual([
      ['more than 291,000', 'misleading', 'oig-24-46/F291'],
      ['more than 32,000', 'supported', 'oig-24-46/F32'],
    ]);
  });

  it('gives a framing to the nearest figure of its own clause, not a nearer one across a clause break', () => {
    // "ignore où ils se trouvent" is about the 291,000 of its clause; the 32,000 after
    // "tandis que" is nearer but in another clause. Past the framing's reach, the engine is
    // not sure enough to call it misleading, and too unsure to call it supported.
    const got = one(
      "Le rapport indique que plus de 291 000 enfants n'ont reçu ni avis de comparution ni convocation du tribunal de l'immigration et que l'ICE ignore où ils se trouvent, tandis que 32 000 autres ne se sont pas présentés.",
    );
    expect(got[0]).toEqual(['plus de 291 000', 'needs-context', 'oig-24-46/F291']);
  });

  it('holds a framing within its reach against the figure as usual', () => {
    expect(one("Plus de 291 000 enfants sans avis de comparution ni convocation, et l'ICE ignore où ils se trouvent.")[0]?.[1]).toBe('misleading');
  });

  it('keeps a negation to its own clause', () => {
    expect(one('Nearly 300,000 of these kids were never given a court date or a notice to appear, and nobody knows where they are.')[0]?.[1]).toBe('misleading');
  });

  it('does not read a president named as context as blaming one administration', () => {
    expect(one('ICE reported more than 32,000 children failed to appear in court between 2019 and 2023, a span that includes Trump’s last two years.')).toEqual([
      ['more than 32,000', 'supported', 'oig-24-46/F32'],
    ]);
  });
});

describe('a figure the page reports as somebody’s claim', () => {
  it('is needs-context when a speaker cites it, misleading when the page asserts it', () => {
    expect(one('Republicans cited a figure of 320,000 children they say the Biden administration lost.')).toEqual([
      ['320,000', 'needs-context', 'sum-320000'],
    ]);
    expect(one('The inspector general found that 320,000 children are missing.')).toEqual([['320,000', 'misleading', 'sum-320000']]);
  });

  it('is needs-context inside somebody else’s quoted words', () => {
    const blocks = paragraphs('“We have 320,000 children that the department has lost,” the senator told reporters at the border.');
    const text = blocks[0]?.text ?? '';
    const speech = new Map([[0, [{ start: 1, end: text.indexOf('”') }]]]);
    const [m] = matchFigures(blocks, { ...only2446, speechSpans: speech });
    expect([m?.verdict, m?.ref]).toEqual(['needs-context', 'sum-320000']);
    expect(matchFigures(blocks, only2446)[0]?.verdict).toBe('needs-context'); // "told" reports it too
  });
});

describe('what the number counts', () => {
  const at = (text: string, written: string) => {
    const [m] = matchFigures(paragraphs(text), only2446).filter((x) => x.mention.text.includes(written));
    return m?.verdict;
  };

  it('is not supported when the number counts something the figure does not', () => {
    expect(at('The inspector general said immigration courts issued more than 32,000 orders of removal to children who failed to appear.', '32,000')).toBe('needs-context');
    expect(at('The inspector general said more than 32,000 unaccompanied children failed to appear in immigration court.', '32,000')).toBe('supported');
    expect(at('The inspector general said more than 32,000 of them failed to appear in immigration court.', '32,000')).toBe('supported');
  });

  it('reads the report’s words in Spanish, Portuguese and French from the knowledge base', () => {
    expect(at('Más de 32.000 menores no se presentaron a sus audiencias en la corte de inmigración, según el informe.', '32.000')).toBe('supported');
    expect(at('El ICE perdió el rastro de más de 32.000 menores que no se presentaron a sus audiencias.', '32.000')).toBe('needs-context');
    expect(at('O ICE não sabe onde estão mais de 32 mil crianças que não compareceram às audiências.', '32 mil')).toBe('needs-context');
    expect(at('Plus de 32 000 enfants ne se sont pas présentés à leurs audiences, selon le rapport.', '32 000')).toBe('supported');
  });
});

describe('an exact count in a table', () => {
  it('is the figure it equals, though its cell says nothing of what it counts; in prose it needs its context', () => {
    const cell = matchFigures([{ kind: 'cell', text: '120,859', quoteGroup: null }], only2446);
    expect(cell.map((m) => m.ref)).toEqual(['oig-24-46/T1-FY2021']);
    expect(matchFigures([{ kind: 'cell', text: '120,000', quoteGroup: null }], only2446)).toEqual([]);
    expect(one('The city counted 120,859 votes.')).toEqual([]);
  });
});
