/**
 * The scores the gold set may not fall below: checked by `npm test`, raised (never
 * lowered) by `npm run eval -- --record`.
 */
import type { Floors } from './run';
import type { Row, Summary } from './score';

const RECORDED = ['coverageRecall', 'coveragePrecision', 'figureRecall', 'verdictAgreement', 'quoteAgreement'] as const;

/** A floor a little under the score, so run-to-run ties do not fail; never below the old floor. */
const FLOOR_MARGIN = 0.005;

/** The floors for a row after a run: a little under each score, and never below the old floor. */
export function raised(old: Floors['overall'] | undefined, r: Row): Floors['overall'] {
  const out: Floors['overall'] = { ...old };
  for (const key of RECORDED) {
    const got = r[key];
    if (got === null) continue;
    const floor = Math.floor((got - FLOOR_MARGIN) * 1000) / 1000;
    out[key] = Math.max(out[key] ?? 0, floor);
  }
  return out;
}

/** Every rate below its floor, as "row: rate value < floor" lines. */
export function floorBreaches(summary: Summary, floors: Floors): string[] {
  const out: string[] = [];
  const check = (r: Row | undefined, want: Floors['overall'] | undefined) => {
    if (!r || !want) return;
    for (const [key, floor] of Object.entries(want) as [keyof Floors['overall'], number][]) {
      const got = r[key];
      if (got !== null && got < floor) out.push(`${r.name}: ${key} ${got.toFixed(3)} < floor ${floor}`);
    }
  };
  check(summary.overall, floors.overall);
  for (const [name, want] of Object.entries(floors.byReport)) check(summary.byReport.find((r) => r.name === name), want);
  for (const [name, want] of Object.entries(floors.byLanguage)) check(summary.byLanguage.find((r) => r.name === name), want);
  return out;
}

