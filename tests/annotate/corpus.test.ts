/**
 * False positives: real pages from Mozilla Readability's test corpus, none of which covers
 * a report. Not one may be flagged as coverage, and not one number or quote annotated.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/annotate/analyze';
import { engine } from '../helpers/engine';

const DIR = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));
const pages = readdirSync(DIR).filter((f) => f.endsWith('.html'));

describe('the Readability corpus subset', () => {
  it('has the pages it promises', () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
  });

  it.each(pages)('%s covers nothing and gets no annotation', (file) => {
    const { document } = parseHTML(readFileSync(DIR + file, 'utf8'));
    const page = analyzeDocument(document as unknown as Document, engine);
    expect(page.covers).toBe(false);
    expect(page.annotations).toEqual([]);
  });
});
