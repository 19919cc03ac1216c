/** Runs the engine on a fixture page, as the `check` command does. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../../src/annotate/analyze';
import type { Annotation, FigureAnnotation, PageAnalysis, QuoteAnnotation } from '../../src/annotate/types';
import { engine } from './engine';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

export function analyzeFixture(path: string): PageAnalysis {
  const { document } = parseHTML(readFileSync(FIXTURES + path, 'utf8'));
  return analyzeDocument(document as unknown as Document, engine);
}

export const figuresOf = (as: Annotation[]) => as.filter((a): a is FigureAnnotation => a.kind === 'figure');
export const quotesOf = (as: Annotation[]) => as.filter((a): a is QuoteAnnotation => a.kind === 'quote');
