/** The one line `check` ends a batch with on stderr: pages, covering pages, verdicts, errors. */
import { VERDICT_ORDER, type PageAnalysis, type Verdict } from '../annotate/types';

export interface Tally {
  pages: number;
  covering: number;
  errors: number;
  verdicts: Map<Verdict, number>;
  /** A checked page, or null for an input that could not be checked. */
  add(page: PageAnalysis | null): void;
}

export function tally(): Tally {
  const t: Tally = {
    pages: 0,
    covering: 0,
    errors: 0,
    verdicts: new Map(),
    add(page) {
      if (!page) {
        t.errors++;
        return;
      }
      t.pages++;
      if (page.covers) t.covering++;
      for (const a of page.annotations) t.verdicts.set(a.verdict, (t.verdicts.get(a.verdict) ?? 0) + 1);
    },
  };
  return t;
}

export function summaryLine(t: Tally): string {
  const total = [...t.verdicts.values()].reduce((a, b) => a + b, 0);
  const byVerdict = VERDICT_ORDER.filter((v) => t.verdicts.has(v)).map((v) => `${t.verdicts.get(v)} ${v}`);
  return (
    `${t.pages} page${t.pages === 1 ? '' : 's'} checked, ${t.covering} covering a report, ` +
    `${total} annotation${total === 1 ? '' : 's'}${byVerdict.length ? ` (${byVerdict.join(', ')})` : ''}, ` +
    `${t.errors} error${t.errors === 1 ? '' : 's'}`
  );
}
