/**
 * How `check` prints its results: a readable table per page, or one JSON document.
 */
import type { Annotation, PageAnalysis } from '../annotate/types';

export interface CheckResult extends PageAnalysis {
  input: string;
}

/** The JSON form drops the block offsets, which only mean something inside the engine. */
export function toJson(results: readonly CheckResult[]): string {
  const clean = results.map((r) => ({
    input: r.input,
    title: r.title,
    covers: r.covers,
    reports: r.reports,
    annotations: r.annotations.map(({ block: _b, start: _s, end: _e, ...rest }) => rest),
  }));
  return JSON.stringify({ results: clean }, null, 2);
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
  const lines = [`${result.input}`, `  title:  ${result.title || '(none)'}`];
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
