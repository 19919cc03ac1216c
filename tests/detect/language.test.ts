import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse-html';
import { buildLanguageIndex, declaredLanguage, languageOfText, pageLanguage, primaryLanguage } from '../../src/detect/language';
import { kb } from '../helpers/engine';

const index = buildLanguageIndex(kb.languages);

describe('the language of a text, by its function words', () => {
  it('tells the four languages of the knowledge base apart', () => {
    expect(languageOfText('ICE could not account for the location of all of the children who were released by HHS.', index)).toBe('en');
    expect(languageOfText('El informe dice que los menores que no se presentaron ante el tribunal corren mayor riesgo.', index)).toBe('es');
    expect(languageOfText('O relatório diz que o ICE não consegue monitorar a localização das crianças.', index)).toBe('pt');
    expect(languageOfText("Le rapport indique que les mineurs qui ne se présentent pas devant le tribunal courent un risque.", index)).toBe('fr');
  });

  it('says nothing when too few function words are there to tell', () => {
    expect(languageOfText('no pudieron dar cuenta', index)).toBeNull();
    expect(languageOfText('32,000 UCs', index)).toBeNull();
  });
});

describe('the page language', () => {
  it('is what the page declares, reduced to a language the knowledge base has', () => {
    expect(primaryLanguage('pt-BR', index)).toBe('pt');
    expect(primaryLanguage('es_419', index)).toBe('es');
    expect(primaryLanguage('de', index)).toBeNull();
    const doc = parseHtml('<html lang="es-CL"><head><title>x</title></head><body><p>Hello</p></body></html>');
    expect(declaredLanguage(doc)).toBe('es-CL');
    expect(pageLanguage(declaredLanguage(doc), 'The report says the children were released.', index)).toBe('es');
  });

  it('falls back on og:locale, then on the text', () => {
    const og = parseHtml('<html><head><meta property="og:locale" content="fr_FR"></head><body></body></html>');
    expect(declaredLanguage(og)).toBe('fr_FR');
    expect(pageLanguage(null, 'Le rapport dit que les enfants ne se sont pas présentés.', index)).toBe('fr');
  });
});
