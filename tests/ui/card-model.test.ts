import { describe, expect, it } from 'vitest';
import { cardModel, splitAround } from '../../src/ui/card-model';
import { analyzeFixture, figuresOf, quotesOf } from '../helpers/fixtures';
import { engine } from '../helpers/engine';

describe('source card content', () => {
  const page = analyzeFixture('tricky/distortions.html');
  const byText = Object.fromEntries(figuresOf(page.annotations).map((f) => [f.text, f]));

  it('shows a report figure in the sentence that states it, with the figure marked', () => {
    const f = byText['more than 32,000'];
    if (!f) throw new Error('fixture changed');
    const m = cardModel(f, engine);
    expect(m.verdictLabel).toBe('Needs context');
    expect(m.icon).not.toBe('');
    expect(m.reportSays?.mark).toBe('32,000');
    expect(`${m.reportSays?.before}${m.reportSays?.mark}${m.reportSays?.after}`).toMatch(/^\u2026 ICE reported more than 32,000 UCs failed to appear/);
    expect(m.caveats.map((c) => c.id)).toEqual(expect.arrayContaining(['f32-what-it-counts', 'period-two-administrations']));
    expect(m.source).toMatchObject({ number: 'OIG-24-46', date: 'August 19, 2024' });
    expect(m.links.map((l) => l.url)).toEqual([
      'https://www.oig.dhs.gov/sites/default/files/assets/2024-08/OIG-24-46-Aug24.pdf',
      expect.stringMatching(/^https:\/\/www\.oversight\.gov\//),
    ]);
  });

  it('shows the caveats and the correct reading in the card\'s language, the report\'s words still in English', () => {
    const f = byText['320,000'];
    if (!f) throw new Error('fixture changed');
    const en = cardModel(f, engine);
    const es = cardModel(f, engine, { locale: 'es', articleLang: 'es' });
    expect(es.knowledgeLang).toBe('es');
    const caveat = engine.index.caveats.get(es.caveats[0]?.id ?? '');
    expect(es.caveats[0]?.text).toBe(caveat?.translations.es.text);
    expect(es.correctReading).toMatch(/^El informe no da ese total/);
    expect(es.reportSays).toEqual(en.reportSays);
    expect(es.verdictLabel).toBe('Engañoso');
    expect(en.knowledgeLang).toBe('en');
  });

  it('gives a distortion its correct reading and the figure it distorts', () => {
    const f = byText['320,000'];
    if (!f) throw new Error('fixture changed');
    const m = cardModel(f, engine);
    expect(m.verdict).toBe('misleading');
    expect(m.correctReading).toMatch(/\S/);
    expect(m.reportSays?.mark).toMatch(/291,000|32,000/);
  });

  it('explains another source instead of quoting the report', () => {
    const f = byText['85,000'];
    if (!f) throw new Error('fixture changed');
    const m = cardModel(f, engine);
    expect(m.source).toBeNull();
    expect(m.otherSource?.name).toMatch(/New York Times/i);
    expect(m.links.every((l) => l.url.startsWith('https://'))).toBe(true);
  });

  it('shows what a reworded quotation changed', () => {
    const q = quotesOf(analyzeFixture('tricky/quotes-forms.html').annotations).find((x) => x.match === 'close');
    if (!q) throw new Error('fixture changed');
    const m = cardModel(q, engine);
    expect(m.matchLabel).toMatch(/Reworded/);
    expect(m.diff.some((d) => d.type === 'changed' && d.article === 'between')).toBe(true);
  });

  it('returns the whole passage unmarked when the mark is not in it', () => {
    expect(splitAround('One. Two.', 'three')).toEqual({ before: 'One. Two.', mark: '', after: '' });
  });

  it("says plainly when the final audit's figure is shown in the outlets' words, not the report's sentence", () => {
    const final = figuresOf(analyzeFixture('tricky/oig-25-21.html').annotations);
    const f233 = final.find((f) => f.ref === 'oig-25-21/F233');
    const f31 = final.find((f) => f.ref === 'oig-25-21/F31');
    if (!f233 || !f31) throw new Error('fixture changed');
    const m = cardModel(f233, engine);
    expect(m.reportSays?.mark).toBe('233,000');
    expect(m.paraphraseBasis).toMatch(/outlets/);
    expect(cardModel(f31, engine).paraphraseBasis).toBeNull();
  });
});
