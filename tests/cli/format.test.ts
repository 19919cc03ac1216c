/**
 * `check`'s table in the four languages: the extension's own words (verdicts, kinds,
 * quotation classes) and numbers written as each language writes them.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/annotate/analyze';
import { toJson, toTable, type CheckResult } from '../../src/cli/format';
import { engine, paragraphs } from '../helpers/engine';

const analysis = analyzeArticle(
  {
    title: 'DHS watchdog report',
    blocks: paragraphs(
      'The DHS Office of Inspector General (OIG-24-46) said ICE could not monitor all unaccompanied migrant children.',
      'The report shows 320,000 migrant children are missing, and more than 32,000 failed to appear in court.',
    ),
  },
  engine,
);
const result: CheckResult = { input: 'page.html', ...analysis };

describe('the check table', () => {
  it('speaks English by default, with the verdicts in words', () => {
    const table = toTable(result);
    expect(table).toMatch(/covers: OIG-24-46/);
    expect(table).toMatch(/Figure\s+Misleading\s+"320,000"/);
    expect(table).toMatch(/report figure 32,000 \(oig-24-46\/F32\)/);
  });

  it.each([
    ['es', /trata de: OIG-24-46/, /Cifra\s+Engañoso\s+"320,000"/, /cifra del informe 32\.000/],
    ['pt', /trata de: OIG-24-46/, /Número\s+Enganoso\s+"320,000"/, /número do relatório 32\.000/],
    ['fr', /traite de\u00a0: OIG-24-46/, /Chiffre\s+Trompeur\s+"320,000"/, /chiffre du rapport 32\u202f000/],
  ] as const)('in %s, keeping the article\'s words as they are', (lang, covers, row, figure) => {
    const table = toTable(result, lang);
    expect(table).toMatch(covers);
    expect(table).toMatch(row);
    expect(table).toMatch(figure);
  });

  it('leaves the JSON in ids, whatever the table speaks', () => {
    expect(toJson([result])).toContain('"verdict": "misleading"');
    expect(toJson([result])).not.toMatch(/Misleading|Engañoso/);
  });
});
