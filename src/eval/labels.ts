/**
 * The gold set's labels (tests/fixtures/gold/labels/*.json, described in
 * tests/fixtures/gold/SPEC.md): for each page, which reports it covers, every figure and
 * quotation with the verdicts or classes allowed, and the numbers that must stay bare.
 * Labels are written from the reference notes before the engine is run; this module only
 * reads and checks their shape, it never decides a label.
 */
import type { Verdict } from '../annotate/types';

export type QuoteClass = 'verbatim' | 'close' | 'altered' | 'not-found' | 'translated';

export interface FigureLabel {
  text: string;
  /** A longer exact snippet of the page text holding `text`, to find the right occurrence. */
  in: string;
  value: number | null;
  /** Report figure id, or null for a distortion or another source. */
  figure: string | null;
  /** A second figure id that is equally right (a value two reports share). */
  alsoFigure?: string;
  report: string;
  verdicts: Verdict[];
  note?: string;
}

export interface QuoteLabel {
  text: string;
  report: string;
  passage: string | null;
  classes: QuoteClass[];
  note?: string;
}

export interface IgnoreLabel {
  text: string;
  in: string;
}

export interface PageLabel {
  id: string;
  file: string;
  split: 'dev' | 'test';
  lang: string;
  kind: string;
  rows: string[];
  covers: string[];
  coversAlso?: string[];
  figures: FigureLabel[];
  quotes: QuoteLabel[];
  ignore: IgnoreLabel[];
  note?: string;
  /** Which labels file the page came from (set when loading). */
  set?: string;
}

const VERDICTS = new Set<string>(['supported', 'needs-context', 'misleading', 'other-source']);
const CLASSES = new Set<string>(['verbatim', 'close', 'altered', 'not-found', 'translated']);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function strings(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string');
}

/** Every problem with one labels file's shape, as "set: page: field: what" lines. */
export function labelProblems(set: string, data: unknown): string[] {
  const problems: string[] = [];
  if (!isRecord(data) || !Array.isArray(data.pages)) return [`${set}: no "pages" array`];
  data.pages.forEach((page: unknown, i) => {
    const where = `${set}: ${isRecord(page) && typeof page.id === 'string' ? page.id : `pages[${i}]`}`;
    if (!isRecord(page)) return void problems.push(`${where}: not an object`);
    for (const key of ['id', 'file', 'lang', 'kind'] as const) if (typeof page[key] !== 'string') problems.push(`${where}: ${key}: not a string`);
    if (page.split !== 'dev' && page.split !== 'test') problems.push(`${where}: split: not "dev" or "test"`);
    if (!strings(page.covers)) problems.push(`${where}: covers: not a list of report numbers`);
    if (page.coversAlso !== undefined && !strings(page.coversAlso)) problems.push(`${where}: coversAlso: not a list`);
    for (const key of ['figures', 'quotes', 'ignore'] as const) if (!Array.isArray(page[key])) problems.push(`${where}: ${key}: not a list`);
    (Array.isArray(page.figures) ? page.figures : []).forEach((f: unknown, j) => {
      const at = `${where}: figures[${j}]`;
      if (!isRecord(f)) return void problems.push(`${at}: not an object`);
      if (typeof f.text !== 'string' || typeof f.in !== 'string') problems.push(`${at}: text/in: not strings`);
      else if (!f.in.includes(f.text)) problems.push(`${at}: "in" does not contain "text"`);
      if (f.figure !== null && typeof f.figure !== 'string') problems.push(`${at}: figure: not an id or null`);
      if (typeof f.report !== 'string') problems.push(`${at}: report: not a string`);
      if (!strings(f.verdicts) || f.verdicts.length === 0 || !f.verdicts.every((v) => VERDICTS.has(v))) problems.push(`${at}: verdicts: not a list of verdicts`);
    });
    (Array.isArray(page.quotes) ? page.quotes : []).forEach((q: unknown, j) => {
      const at = `${where}: quotes[${j}]`;
      if (!isRecord(q)) return void problems.push(`${at}: not an object`);
      if (typeof q.text !== 'string' || q.text.trim() === '') problems.push(`${at}: text: empty`);
      if (!strings(q.classes) || q.classes.length === 0 || !q.classes.every((c) => CLASSES.has(c))) problems.push(`${at}: classes: not a list of classes`);
    });
    (Array.isArray(page.ignore) ? page.ignore : []).forEach((g: unknown, j) => {
      if (!isRecord(g) || typeof g.text !== 'string' || typeof g.in !== 'string' || !g.in.includes(g.text))
        problems.push(`${where}: ignore[${j}]: needs "text" inside "in"`);
    });
  });
  return problems;
}

/** Pages of one labels file whose shape is already checked by labelProblems. */
export function pagesOf(set: string, data: unknown): PageLabel[] {
  if (!isRecord(data) || !Array.isArray(data.pages)) return [];
  return (data.pages as PageLabel[]).map((p) => ({ ...p, coversAlso: p.coversAlso ?? [], set }));
}
