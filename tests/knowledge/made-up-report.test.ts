/**
 * The knowledge base's promise: a report on any subject is added by data alone. A made-up
 * report on lead pipes (tests/fixtures/made-up-report/, with money and a percentage among
 * its figures) goes through the same validation and engine as the real ones.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { analyzeArticle, createEngine } from '../../src/annotate/analyze';
import { loadKnowledgeFromDisk } from '../../src/knowledge/node';
import { validateKnowledgeFiles } from '../../src/knowledge/validate';
import { cardModel } from '../../src/ui/card-model';
import { paragraphs } from '../helpers/engine';

const DIR = fileURLToPath(new URL('../fixtures/made-up-report', import.meta.url));
const { files, kb } = loadKnowledgeFromDisk(DIR);
const engine = createEngine(kb);
const analyze = (...texts: string[]) => analyzeArticle({ title: '', blocks: paragraphs(...texts) }, engine);

describe('a made-up report on another subject', () => {
  it('is a valid knowledge file', () => {
    expect(validateKnowledgeFiles(files).issues).toEqual([]);
  });

  it('has its counts, dollars and percentages matched, each by its unit', () => {
    const page = analyze(
      'The Lakeland Water Authority inspector general found about 9.2 million lead service lines still in the ground.',
      'Replacing them would cost about $15 billion, the audit estimates, and only 4 percent were replaced last year.',
    );
    expect(page.reports).toEqual(['LWA-22-07']);
    expect(page.annotations.map((a) => [a.text, a.verdict, a.kind === 'figure' ? a.ref : ''])).toEqual([
      ['about 9.2 million', 'supported', 'lwa-22-07/F9.2M'],
      ['about $15 billion', 'supported', 'lwa-22-07/USD15B'],
      ['4 percent', 'supported', 'lwa-22-07/P4'],
    ]);
  });

  it('holds money and percentages to its own figures: other amounts stay bare', () => {
    const page = analyze(
      'The Lakeland Water Authority inspector general found about 9.2 million lead service lines still in the ground.',
      'The authority spent $2 million on the audit, and 40 percent of residents said they knew of it.',
    );
    expect(page.annotations.map((a) => a.text)).toEqual(['about 9.2 million']);
  });

  it('applies its own framings, as data', () => {
    const page = analyze('The Lakeland Water Authority inspector general found 9.2 million poisoned homes with lead service lines.');
    expect(page.annotations.map((a) => [a.text, a.verdict])).toEqual([['9.2 million', 'misleading']]);
  });

  it('speaks the reader\'s language on the card, from its own translations', () => {
    const [a] = analyze('The Lakeland Water Authority inspector general found 9.2 million poisoned homes with lead service lines.').annotations;
    if (!a) throw new Error('no annotation');
    const m = cardModel(a, engine, { locale: 'fr', articleLang: 'en' });
    expect(m.caveats.map((c) => c.title)).toEqual(['Des canalisations, pas des foyers empoisonnés']);
    expect(m.knowledgeLang).toBe('fr');
    expect(m.links[0]?.label).toBe('LWA-22-07 (PDF) (adresse non confirmée)');
  });

  it('says on the card what is not confirmed: a second-hand report, an address never seen working', () => {
    const [a] = analyze('The Lakeland Water Authority inspector general found about 9.2 million lead service lines still in the ground.').annotations;
    if (!a) throw new Error('no annotation');
    const m = cardModel(a, engine);
    expect(m.secondHand).toBe(true);
    expect(m.paraphraseBasis).toBe('as quoted by a made-up newspaper');
    expect(m.links[0]?.label).toBe('LWA-22-07 (PDF) (address not confirmed)');
  });
});
