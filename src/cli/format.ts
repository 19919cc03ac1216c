/**
 * How `check` prints its results: a readable table per page, one JSON document, one JSON
 * line per page, or JSON-LD (linked-data.ts).
 */
import type { Annotation, PageAnalysis } from '../annotate/types';

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

function detail(a: Annotation): string {
  if (a.kind === 'quote') return `${a.match}, passage ${a.passage}`;
  if (a.matches !== null) return `report figure ${a.matches.toLocaleString('en-US')} (${a.ref})`;
  return a.ref;
}

export function toTable(result: CheckResult): string {
  const lines = [`${result.input}`];
  if (result.archive) lines.push(`  from:   ${result.archive}${result.date ? `, captured ${result.date}` : ''}`);
  lines.push(`  title:  ${result.title || '(none)'}`);
  if (!result.covers) {
    lines.push('  covers: no report in the knowledge base');
    return lines.join('\n');
  }
  lines.push(`  covers: ${result.reports.join(', ')}`, `  annotations: ${result.annotations.length}`);
  if (result.annotations.length > 0) {
    lines.push(`  ${cell('KIND', 6)}  ${cell('VERDICT', 13)}  ${cell('TEXT', 48)}  ${cell('REPORT', 15)}  MATCH`);
    for (const a of result.annotations) {
      lines.push(`  ${cell(a.kind, 6)}  ${cell(a.verdict, 13)}  ${cell(`"${a.text}"`, 48)}  ${cell(a.report, 15)}  ${detail(a)}`);
    }
  }
  return lines.join('\n');
}
