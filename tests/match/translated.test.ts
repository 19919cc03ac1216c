import { describe, expect, it } from 'vitest';
import { linkTranslation } from '../../src/match/translated';
import { analyzeArticle } from '../../src/annotate/analyze';
import { OIG_24_46, OIG_25_21, engine, paragraphs } from '../helpers/engine';

const passages = [OIG_24_46, OIG_25_21].flatMap((report) => report.passages.map((passage) => ({ report, passage })));
const link = (text: string, lang: string) => linkTranslation(text, lang, passages)?.passage.id ?? null;

describe('a quotation in translation is linked to the passage it translates', () => {
  it('by two or more of the passage’s key terms in its language', () => {
    expect(link('los menores que no se presentan ante el tribunal corren mayor riesgo de trata, explotación o trabajo forzoso', 'es')).toBe('A-P4');
    expect(link('há um alto risco de que eles sejam traficados, explorados ou vítimas de trabalhos forçados', 'pt')).toBe('A-P4');
  });

  it('to the passage that explains more of it, when two say much the same', () => {
    // OIG-25-21's sentence adds court appearances, criminal activity and local communities.
    expect(
      link(
        "Sans la capacité de surveiller la localisation et le statut des UAC, l'ICE n'est pas en mesure de faciliter leur comparution devant les tribunaux et n'a aucune assurance que les UAC sont à l'abri de la traite, de l'exploitation, du travail forcé ou d'une implication dans des activités criminelles susceptibles de présenter un risque pour les communautés locales",
        'fr',
      ),
    ).toBe('B-P4');
  });

  it('by one key term that is most of a short quotation', () => {
    expect(link('no pudieron dar cuenta', 'es')).toBe('A-P2');
  });

  it('not when it holds a number the passage does not state, nor with too few terms', () => {
    expect(link('más de 320.000 menores corren mayor riesgo de trata y explotación', 'es')).toBeNull();
    expect(link('la explotación de los trabajadores agrícolas en el campo', 'es')).toBeNull();
  });

  it('not in a language the passages are not translated into', () => {
    expect(link('at higher risk for trafficking, exploitation, or forced labor', 'en')).toBeNull();
  });
});

describe('in the analysis, a translated quotation', () => {
  const article = (quote: string, attribution: string) => ({
    title: 'EE.UU. no sabe dónde están miles de niños migrantes',
    lang: 'es',
    blocks: paragraphs(
      'La Oficina del Inspector General del Departamento de Seguridad Nacional informó que el ICE no pudo dar cuenta de más de 32.000 menores migrantes no acompañados que no se presentaron ante los tribunales de inmigración.',
      `${attribution} “${quote}”.`,
    ),
  });

  it('is class translated, needs context, and shows the report’s own words', () => {
    const analysis = analyzeArticle(article('los menores que no se presentan ante el tribunal corren mayor riesgo de trata, explotación o trabajo forzoso', 'Según el informe,'), engine);
    const quote = analysis.annotations.find((a) => a.kind === 'quote');
    expect(quote).toMatchObject({ kind: 'quote', match: 'translated', passage: 'A-P4', verdict: 'needs-context', caveats: ['quote-translated'] });
    expect(quote?.kind === 'quote' && quote.reportText).toContain('at higher risk for trafficking, exploitation, or forced labor');
  });

  it('is left alone when the article does not give it to the report', () => {
    const analysis = analyzeArticle(article('los menores que no se presentan ante el tribunal corren mayor riesgo de trata, explotación o trabajo forzoso', 'Una activista dijo:'), engine);
    expect(analysis.annotations.filter((a) => a.kind === 'quote')).toEqual([]);
  });
});
