/**
 * Runs the engine over the gold set from disk (Node): the labels files, their pages, the
 * scores. Shared by `npm run eval` and the test that guards the scores in `npm test`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzePage, createEngine } from '../annotate/analyze';
import { parseHtml } from '../cli/parse-html';
import { loadKnowledgeFromDisk } from '../knowledge/node';
import { labelProblems, pagesOf, type PageLabel } from './labels';
import { foldSpaces } from './locate';
import { scorePage, summarize, type PageScore, type Summary } from './score';

export const GOLD_DIR = fileURLToPath(new URL('../../tests/fixtures/gold', import.meta.url));

export interface Floors {
  /** Rates the overall row and each report's row may not fall below (raised as the engine improves). */
  overall: Partial<Record<'coverageRecall' | 'coveragePrecision' | 'figureRecall' | 'verdictAgreement' | 'quoteAgreement', number>>;
  byReport: Record<string, Floors['overall']>;
  byLanguage: Record<string, Floors['overall']>;
}

export interface GoldSet {
  pages: PageLabel[];
  /** Shape problems and labels whose words are not on their page: the set must have none. */
  problems: string[];
}

export function loadGold(dir: string = GOLD_DIR): GoldSet {
  const labelsDir = join(dir, 'labels');
  const files = existsSync(labelsDir) ? readdirSync(labelsDir).filter((f) => f.endsWith('.json')).sort() : [];
  const pages: PageLabel[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const set = file.replace(/\.json$/, '');
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(join(labelsDir, file), 'utf8'));
    } catch (error) {
      problems.push(`${set}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    const shape = labelProblems(set, data);
    problems.push(...shape);
    if (shape.length === 0) pages.push(...pagesOf(set, data));
  }
  const ids = new Set<string>();
  for (const page of pages) {
    if (ids.has(page.id)) problems.push(`${page.set}: ${page.id}: id used twice`);
    ids.add(page.id);
    const path = join(dir, page.file);
    if (!existsSync(path)) {
      problems.push(`${page.set}: ${page.id}: ${page.file}: no such file`);
      continue;
    }
    const texts = pageTexts(parseHtml(readFileSync(path, 'utf8')));
    for (const label of [...page.figures, ...page.ignore]) {
      const want = foldSpaces(label.in).text;
      if (!texts.some((t) => t.includes(want))) problems.push(`${page.set}: ${page.id}: "${label.in}" is not in the page`);
    }
  }
  return { pages, problems };
}

/**
 * The page's text two ways, folded: as its text nodes run together (inline markup) and with
 * a space between nodes (a browser shows "Recommendations" and "4" in two cells apart).
 */
function pageTexts(doc: Document): string[] {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (tag === 'SCRIPT' || tag === 'STYLE') return;
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
  };
  if (doc.body) walk(doc.body);
  return [foldSpaces(parts.join('')).text, foldSpaces(parts.join(' ')).text];
}

export interface EvalRun {
  scores: PageScore[];
  summary: Summary;
  reportNumbers: string[];
}

export function runGold(pages: readonly PageLabel[], dir: string = GOLD_DIR): EvalRun {
  const { kb } = loadKnowledgeFromDisk();
  const engine = createEngine(kb);
  const reportNumbers = kb.reports.map((r) => r.number);
  const scores = pages.map((page) => {
    const doc = parseHtml(readFileSync(join(dir, page.file), 'utf8'));
    const { analysis, article } = analyzePage(doc, engine);
    return scorePage(page, analysis, article?.blocks.map((b) => b.text) ?? []);
  });
  return { scores, summary: summarize(scores, reportNumbers), reportNumbers };
}

export function readFloors(dir: string = GOLD_DIR): Floors {
  const path = join(dir, 'floors.json');
  if (!existsSync(path)) return { overall: {}, byReport: {}, byLanguage: {} };
  return JSON.parse(readFileSync(path, 'utf8')) as Floors;
}

/** A failure as the known-failures list names it: kind, page and words. */
export function failureKey(f: { kind: string; page: string; text: string }): string {
  return `${f.kind} | ${f.page} | ${f.text}`;
}

/**
 * False `misleading` and false `supported` labels the engine still gives, each named: the
 * target is none, and the list may only shrink (`--record` drops the fixed ones and never
 * adds one). Any failure not on it fails `npm test`.
 */
export function readKnownFailures(dir: string = GOLD_DIR): string[] {
  const path = join(dir, 'known-failures.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as string[]) : [];
}

export function readMet(dir: string = GOLD_DIR): string[] {
  const path = join(dir, 'met.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as string[]) : [];
}
