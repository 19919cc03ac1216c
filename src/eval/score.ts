/**
 * Scoring the engine against the gold set. Pure: a page's labels and what the engine said
 * about it in, outcomes out; `summarize` adds outcomes up into the rows `npm run eval`
 * prints (overall, per report, per language, per split).
 *
 * The two failures we can never ship are counted apart from the scores:
 * - a false `misleading`: the engine calls the article misleading where its labels do not
 *   allow it (accusing a journalist), on a labelled figure or quotation, on a number that
 *   must stay bare, or anywhere on a page that covers nothing;
 * - a false `supported`: the engine says the report supports words whose labels do not
 *   allow it (laundering a distortion), with the same reach.
 */
import type { Annotation, PageAnalysis, QuoteMatch, Verdict } from '../annotate/types';
import type { FigureLabel, PageLabel, QuoteClass, QuoteLabel } from './labels';
import { locate, overlaps, type Located } from './locate';

export interface FigureOutcome {
  label: FigureLabel;
  /** The label's words were in the article the engine read. */
  located: boolean;
  annotation: Annotation | null;
  /** The annotation names the labelled figure (or, for a distortion or other source, none and the right report). */
  figureOk: boolean;
  verdictOk: boolean;
}

export interface QuoteOutcome {
  label: QuoteLabel;
  located: boolean;
  annotation: Annotation | null;
  classOk: boolean;
}

export type FailureKind = 'false-misleading' | 'false-supported';

export interface Failure {
  kind: FailureKind;
  page: string;
  /** The report (or other source) the annotation was given to, for the per-report rows. */
  report: string;
  text: string;
  verdict: Verdict;
  /** What the labels allowed there, or why nothing was allowed. */
  allowed: string;
}

export interface PageScore {
  page: PageLabel;
  reports: string[];
  figures: FigureOutcome[];
  quotes: QuoteOutcome[];
  /**
   * Annotations no figure or quotation label accounts for (numbers under `ignore` included).
   * On a look-alike page, or on an ignored number, a `misleading` or `supported` one is a failure.
   */
  unlabelled: Annotation[];
  failures: Failure[];
}

/** The verdict a quotation's class gives (as src/annotate/analyze.ts assigns it). */
const CLASS_VERDICTS: Record<QuoteClass, Verdict[]> = {
  verbatim: ['supported'],
  close: ['needs-context'],
  altered: ['misleading'],
  'not-found': ['misleading'],
  // A translation is linked, never judged word by word: no verdict of its own is wrong but these.
  translated: ['supported', 'needs-context'],
};

function failureFor(page: string, report: string, a: Annotation, allowed: readonly Verdict[], why: string): Failure | null {
  const base = { page, report, text: a.text, verdict: a.verdict, allowed: why };
  if (a.verdict === 'misleading' && !allowed.includes('misleading')) return { kind: 'false-misleading', ...base };
  if (a.verdict === 'supported' && !allowed.includes('supported')) return { kind: 'false-supported', ...base };
  return null;
}

function figureIsRight(label: FigureLabel, a: Annotation): boolean {
  if (a.kind !== 'figure') return false;
  // Report numbers and source ids are one identifier whatever their case ("A-06-14-34030").
  if (label.figure === null) return a.matches === null && a.report.toLowerCase() === label.report.toLowerCase();
  return a.ref === label.figure || (label.alsoFigure !== undefined && a.ref === label.alsoFigure);
}

export function scorePage(page: PageLabel, analysis: PageAnalysis, blocks: readonly string[]): PageScore {
  const claimed = new Set<Annotation>();
  const failures: Failure[] = [];
  const at = (a: Annotation) => ({ block: a.block, start: a.start, end: a.end });
  const firstOverlapping = (where: Located | null, kind: Annotation['kind']) => {
    if (!where) return null;
    return analysis.annotations.find((a) => a.kind === kind && overlaps(where, at(a))) ?? null;
  };

  const figures = page.figures.map((label): FigureOutcome => {
    const where = locate(blocks, label.in, label.text);
    const annotation = firstOverlapping(where, 'figure');
    if (annotation) {
      claimed.add(annotation);
      const failure = failureFor(page.id, label.report, annotation, label.verdicts, label.verdicts.join(' | '));
      if (failure) failures.push(failure);
    }
    const figureOk = annotation !== null && figureIsRight(label, annotation);
    return { label, located: where !== null, annotation, figureOk, verdictOk: annotation !== null && label.verdicts.includes(annotation.verdict) };
  });

  const quotes = page.quotes.map((label): QuoteOutcome => {
    const where = locate(blocks, label.text);
    const annotation = firstOverlapping(where, 'quote');
    if (annotation) {
      claimed.add(annotation);
      const allowed = [...new Set(label.classes.flatMap((c) => CLASS_VERDICTS[c]))];
      const failure = failureFor(page.id, label.report, annotation, allowed, label.classes.join(' | '));
      if (failure) failures.push(failure);
    }
    const match = annotation?.kind === 'quote' ? annotation.match : null;
    return { label, located: where !== null, annotation, classOk: match !== null && (label.classes as readonly string[]).includes(match satisfies QuoteMatch) };
  });

  const unlabelled = analysis.annotations.filter((a) => !claimed.has(a));
  for (const a of unlabelled) {
    // `ignore` names numbers: a quotation holding one ("Age 100 or Older") is not annotating it.
    const ignored = a.kind === 'figure' && page.ignore.some((g) => {
      const where = locate(blocks, g.in, g.text);
      return where !== null && overlaps(where, at(a));
    });
    // Words the labels leave unjudged (a magnitude in words, a short fragment) are counted,
    // not held against the engine; a look-alike page or a number that must stay bare is judged.
    if (page.covers.length > 0 && !ignored) continue;
    const why = page.covers.length === 0 ? 'nothing: the page covers no report' : 'nothing: a number that must stay bare';
    const failure = failureFor(page.id, a.report, a, [], why);
    if (failure) failures.push(failure);
  }
  return { page, reports: analysis.reports, figures, quotes, unlabelled, failures };
}

export interface Counts {
  pages: number;
  /** Coverage: labelled reports found, missed, and reports given that the labels do not name. */
  coverageHits: number;
  coverageMisses: number;
  coverageFalse: number;
  lookalikes: number;
  lookalikesFlagged: number;
  figures: number;
  figuresFound: number;
  figuresAgreed: number;
  quotes: number;
  quotesAgreed: number;
  unlabelled: number;
  falseMisleading: number;
  falseSupported: number;
}

export interface Rates {
  coveragePrecision: number | null;
  coverageRecall: number | null;
  figureRecall: number | null;
  verdictAgreement: number | null;
  quoteAgreement: number | null;
}

export interface Row extends Counts, Rates {
  name: string;
}

const ZERO: Counts = {
  pages: 0, coverageHits: 0, coverageMisses: 0, coverageFalse: 0, lookalikes: 0, lookalikesFlagged: 0, figures: 0,
  figuresFound: 0, figuresAgreed: 0, quotes: 0, quotesAgreed: 0, unlabelled: 0, falseMisleading: 0, falseSupported: 0,
};

function ratio(n: number, d: number): number | null {
  return d === 0 ? null : n / d;
}

export function rates(c: Counts): Rates {
  return {
    coveragePrecision: ratio(c.coverageHits, c.coverageHits + c.coverageFalse),
    coverageRecall: ratio(c.coverageHits, c.coverageHits + c.coverageMisses),
    figureRecall: ratio(c.figuresFound, c.figures),
    verdictAgreement: ratio(c.figuresAgreed, c.figuresFound),
    quoteAgreement: ratio(c.quotesAgreed, c.quotes),
  };
}

/**
 * The report a label belongs to, for the per-report rows: its own report number when it
 * names one, else (another source mixed into the story) the first report the page covers.
 */
function reportOf(label: { report: string }, page: PageLabel, reports: ReadonlySet<string>): string {
  return reports.has(label.report) ? label.report : (page.covers[0] ?? label.report);
}

/** Adds the page's outcomes to `c`; with `only`, just what belongs to that report's row. */
function addPage(c: Counts, s: PageScore, reports: ReadonlySet<string>, only: string | null): void {
  const mine = (label: { report: string }) => only === null || reportOf(label, s.page, reports) === only;
  const coversRow = only === null || s.page.covers.includes(only) || s.reports.includes(only) || (s.page.covers.length === 0 && s.page.kind === 'lookalike');
  if (!coversRow) return;
  c.pages++;
  const expected = only === null ? s.page.covers : s.page.covers.filter((r) => r === only);
  const allowed = new Set([...s.page.covers, ...(s.page.coversAlso ?? [])]);
  const given = only === null ? s.reports : s.reports.filter((r) => r === only);
  c.coverageHits += expected.filter((r) => s.reports.includes(r)).length;
  c.coverageMisses += expected.filter((r) => !s.reports.includes(r)).length;
  c.coverageFalse += given.filter((r) => !allowed.has(r)).length;
  if (s.page.covers.length === 0) {
    c.lookalikes++;
    if (given.length > 0) c.lookalikesFlagged++;
  }
  for (const f of s.figures.filter((o) => mine(o.label))) {
    c.figures++;
    if (f.annotation) c.figuresFound++;
    if (f.figureOk && f.verdictOk) c.figuresAgreed++;
  }
  for (const q of s.quotes.filter((o) => mine(o.label))) {
    c.quotes++;
    if (q.classOk) c.quotesAgreed++;
  }
  c.unlabelled += s.unlabelled.filter(mine).length;
  const failuresHere = s.failures.filter(mine);
  c.falseMisleading += failuresHere.filter((f) => f.kind === 'false-misleading').length;
  c.falseSupported += failuresHere.filter((f) => f.kind === 'false-supported').length;
}

export function row(name: string, scores: readonly PageScore[], reports: ReadonlySet<string>, only: string | null = null): Row {
  const c = { ...ZERO };
  for (const s of scores) addPage(c, s, reports, only);
  return { name, ...c, ...rates(c) };
}

export interface Summary {
  overall: Row;
  byReport: Row[];
  byLanguage: Row[];
  bySplit: Row[];
  failures: Failure[];
  /** Keys of the figure labels that met their label (for the regression list). */
  met: string[];
  misses: { page: string; text: string; in: string; why: string }[];
  /** Pages whose reports the engine got wrong: what the labels say and what it said. */
  coverageErrors: { page: string; expected: string[]; given: string[] }[];
}

export function figureKey(page: PageLabel, label: FigureLabel): string {
  return `${page.id} | ${label.text} | ${label.in}`;
}

export function summarize(scores: readonly PageScore[], reportNumbers: readonly string[]): Summary {
  const reports = new Set(reportNumbers);
  const group = (key: (s: PageScore) => string) => {
    const names = [...new Set(scores.map(key))].sort();
    return names.map((n) => row(n, scores.filter((s) => key(s) === n), reports));
  };
  const misses: Summary['misses'] = [];
  for (const s of scores) {
    for (const f of s.figures) {
      if (f.annotation && f.figureOk && f.verdictOk) continue;
      const why = !f.located
        ? 'not in the article the engine read'
        : !f.annotation
          ? 'not annotated'
          : !f.figureOk
            ? `matched ${f.annotation.kind === 'figure' ? f.annotation.ref : f.annotation.kind} (${f.annotation.verdict})`
            : `verdict ${f.annotation.verdict}, allowed ${f.label.verdicts.join(' | ')}`;
      misses.push({ page: s.page.id, text: f.label.text, in: f.label.in, why });
    }
  }
  return {
    overall: row('overall', scores, reports),
    byReport: reportNumbers.map((r) => row(r, scores, reports, r)),
    byLanguage: group((s) => s.page.lang),
    bySplit: group((s) => s.page.split),
    failures: scores.flatMap((s) => s.failures),
    met: scores.flatMap((s) => s.figures.filter((f) => f.figureOk && f.verdictOk).map((f) => figureKey(s.page, f.label))),
    misses,
    coverageErrors: scores
      .filter((s) => s.page.covers.some((r) => !s.reports.includes(r)) || s.reports.some((r) => !s.page.covers.includes(r) && !(s.page.coversAlso ?? []).includes(r)))
      .map((s) => ({ page: s.page.id, expected: s.page.covers, given: s.reports })),
  };
}
