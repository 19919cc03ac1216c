/**
 * How `check` prints its results: a readable table per page, one JSON document, one JSON
 * line per page, or JSON-LD (linked-data.ts). The table is for people and speaks `--lang`
 * with the extension's own messages (src/ui/i18n.ts); the JSON forms carry ids only and
 * are the same in every language.
 */
import type { Annotation, PageAnalysis } from '../annotate/types';
import { VERDICT_ORDER } from '../annotate/types';
import { MATCH_MESSAGE, verdictLabel } from '../ui/card-model';
import { translator, type Locale, type MessageKey, type Translator } from '../ui/i18n';

export interface CheckResult extends PageAnalysis {
  input: string;
  /** The WARC file a page came from, and the date it was captured. */
  archive?: string;
  date?: string | null;
  /** What was done to the page on the way in ("cut at 8388608 bytes"). */
  warnings?: string[];
}

export const FORMATS = ['table', 'json', 'ndjson', 'annotation', 'claimreview'] as const;
export type Format = (typeof FORMATS)[number];

/** The JSON form drops the block offsets, which only mean something inside the engine. */
export function cleanResult(r: CheckResult): object {
  return {
    input: r.input,
    ...(r.archive ? { archive: r.archive, date: r.date ?? null } : {}),
    ...(r.warnings?.length ? { warnings: r.warnings } : {}),
    title: r.title,
    covers: r.covers,
    reports: r.reports,
    annotations: r.annotations.map(({ block: _b, start: _s, end: _e, ...rest }) => rest),
  };
}

export function toJson(results: readonly CheckResult[]): string {
  return JSON.stringify({ results: results.map(cleanResult) }, null, 2);
}

/** One line of `--format ndjson`: a page's result, or the reason it has none. */
export function toNdjsonLine(item: CheckResult | { input: string; error: string }): string {
  return JSON.stringify('error' in item ? item : cleanResult(item));
}

function cell(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const cut = flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
  return cut.padEnd(width);
}


/** Width of the article's words in the table: enough for most quoted figures and short quotations. */
const TEXT_WIDTH = 48;
/** Width of the report column: the longest report number ("A-06-21-51022") and a space or two. */
const REPORT_WIDTH = 15;

function detail(a: Annotation, tr: Translator): string {
  if (a.kind === 'quote') return tr.t('cli_detail_quote', { match: tr.t(MATCH_MESSAGE[a.match]), passage: a.passage });
  if (a.matches !== null) return tr.t('cli_detail_figure', { value: a.matches, ref: a.ref });
  return a.ref;
}

const kindLabel = (kind: Annotation['kind'], tr: Translator) => tr.t(kind === 'figure' ? 'popup_figure' : 'popup_quote');

/** One page as a table, in `locale` (the words a reader sees in the extension: verdicts, kinds, quotation classes). */
export function toTable(result: CheckResult, locale: Locale = 'en'): string {
  const tr = translator(locale);
  // Labels pad to the longest in this language, so the columns line up in each.
  const label = (key: MessageKey) => tr.t(key).padEnd(Math.max(tr.t('cli_from').length, tr.t('cli_title').length, tr.t('cli_covers').length) + 1);
  const lines = [`${result.input}`];
  if (result.archive) lines.push(`  ${label('cli_from')}${result.date ? tr.t('cli_captured', { archive: result.archive, date: result.date }) : result.archive}`);
  lines.push(`  ${label('cli_title')}${result.title || tr.t('cli_no_title')}`);
  if (!result.covers) {
    lines.push(`  ${label('cli_covers')}${tr.t('cli_covers_nothing')}`);
    return lines.join('\n');
  }
  lines.push(`  ${label('cli_covers')}${result.reports.join(', ')}`, `  ${tr.t('cli_annotations')} ${tr.number(result.annotations.length)}`);
  if (result.annotations.length > 0) {
    const kindWidth = Math.max(tr.t('cli_col_kind').length, kindLabel('figure', tr).length, kindLabel('quote', tr).length);
    const verdictWidth = Math.max(tr.t('cli_col_verdict').length, ...VERDICT_ORDER.map((v) => verdictLabel(v, tr).length));
    lines.push(
      `  ${cell(tr.t('cli_col_kind'), kindWidth)}  ${cell(tr.t('cli_col_verdict'), verdictWidth)}  ${cell(tr.t('cli_col_text'), TEXT_WIDTH)}  ${cell(tr.t('cli_col_report'), REPORT_WIDTH)}  ${tr.t('cli_col_match')}`,
    );
    for (const a of result.annotations) {
      const row = [cell(kindLabel(a.kind, tr), kindWidth), cell(verdictLabel(a.verdict, tr), verdictWidth), cell(`"${a.text}"`, TEXT_WIDTH), cell(a.report, REPORT_WIDTH)];
      lines.push(`  ${row.join('  ')}  ${detail(a, tr)}`);
    }
  }
  return lines.join('\n');
}
