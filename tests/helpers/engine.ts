/** Shared setup for engine tests: the real knowledge base and blocks from plain text. */
import type { Block } from '../../src/detect/article';
import { createEngine, type Engine } from '../../src/annotate/analyze';
import { loadKnowledgeFromDisk } from '../../src/knowledge/node';
import type { KnowledgeBase, Report } from '../../src/knowledge/types';

export const kb: KnowledgeBase = loadKnowledgeFromDisk().kb;
export const engine: Engine = createEngine(kb);

export function report(number: string): Report {
  const found = kb.reports.find((r) => r.number === number);
  if (!found) throw new Error(`no report ${number} in the knowledge base`);
  return found;
}

export const OIG_24_46 = report('OIG-24-46');
export const OIG_25_21 = report('OIG-25-21');

export function paragraphs(...texts: string[]): Block[] {
  return texts.map((text) => ({ kind: 'paragraph', text, quoteGroup: null }));
}
