/**
 * The eval's printed form: one table of rows, then the failures we can never ship, page
 * by page, then (for the dev split only) the figures that missed their label. Test pages
 * are read as numbers only: their misses are not listed, so nothing is tuned on them.
 */
import type { Row, Summary } from './score';

const RATE_COLUMNS = [
  ['coverageRecall', 'cov. recall'],
  ['coveragePrecision', 'cov. precision'],
  ['figureRecall', 'figure recall'],
  ['verdictAgreement', 'verdict agr.'],
  ['quoteAgreement', 'quote agr.'],
] as const;

function pct(v: number | null): string {
  return v === null ? '-' : v.toFixed(3);
}

function line(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
}

export function rowsTable(rows: readonly Row[]): string {
  const head = ['row', 'pages', ...RATE_COLUMNS.map(([, h]) => h), 'look-alikes flagged', 'figures', 'quotes', 'false misleading', 'false supported'];
  const body = rows.map((r) => [
    r.name,
    String(r.pages),
    ...RATE_COLUMNS.map(([k]) => pct(r[k])),
    `${r.lookalikesFlagged}/${r.lookalikes}`,
    `${r.figuresAgreed}/${r.figuresFound}/${r.figures}`,
    `${r.quotesAgreed}/${r.quotes}`,
    String(r.falseMisleading),
    String(r.falseSupported),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  return [line(head, widths), line(widths.map((w) => '-'.repeat(w)), widths), ...body.map((b) => line(b, widths))].join('\n');
}

export function printable(summary: Summary, devPages: ReadonlySet<string>): string {
  const parts = [rowsTable([summary.overall, ...summary.byReport, ...summary.byLanguage, ...summary.bySplit])];
  parts.push('figures: agreed/annotated/labelled; quotes: agreed/labelled');
  if (summary.failures.length > 0) {
    // Test pages are named, not quoted: their words are not for tuning on.
    parts.push('', 'Failures we never ship:');
    for (const f of summary.failures) {
      parts.push(devPages.has(f.page) ? `  ${f.kind}  ${f.page}: "${f.text}" (${f.verdict}; allowed: ${f.allowed})` : `  ${f.kind}  ${f.page} (test page)`);
    }
  }
  const coverage = summary.coverageErrors.filter((e) => devPages.has(e.page));
  if (coverage.length > 0) {
    parts.push('', `Dev pages given the wrong reports (${coverage.length}):`);
    for (const e of coverage) parts.push(`  ${e.page}: labels [${e.expected.join(', ')}], engine [${e.given.join(', ')}]`);
  }
  const misses = summary.misses.filter((m) => devPages.has(m.page));
  if (misses.length > 0) {
    parts.push('', `Dev figures that missed their label (${misses.length}):`);
    for (const m of misses) parts.push(`  ${m.page}: "${m.text}" in "${m.in}": ${m.why}`);
  }
  return parts.join('\n');
}
