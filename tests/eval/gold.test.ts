/**
 * The gold set guards the engine: `npm test` fails when a figure that met its label stops
 * meeting it, when a false `misleading` or false `supported` appears that is not on the
 * (shrinking) known list, or when a score falls below its recorded floor. Raise the floors
 * with `npm run eval -- --record`; never lower them to pass.
 */
import { describe, expect, it } from 'vitest';
import { floorBreaches } from '../../src/eval/floors';
import { failureKey, loadGold, readFloors, readKnownFailures, readMet, runGold } from '../../src/eval/run';

describe('the gold set', () => {
  const gold = loadGold();

  it('has labels of the right shape, each on its page', () => {
    expect(gold.problems).toEqual([]);
    expect(gold.pages.length).toBeGreaterThanOrEqual(120);
    expect(gold.pages.filter((p) => p.covers.length === 0).length).toBeGreaterThanOrEqual(40);
    expect(new Set(gold.pages.map((p) => p.split))).toEqual(new Set(['dev', 'test']));
  });

  const { summary } = runGold(gold.pages);

  it('gives no false misleading or false supported beyond the known ones', () => {
    const known = new Set(readKnownFailures());
    expect(summary.failures.map(failureKey).filter((k) => !known.has(k))).toEqual([]);
  });

  it('keeps every figure that met its label', () => {
    const met = new Set(summary.met);
    expect(readMet().filter((k) => !met.has(k))).toEqual([]);
  });

  it('stays at or above the recorded floors', () => {
    expect(floorBreaches(summary, readFloors())).toEqual([]);
  });

  it('flags no look-alike page', () => {
    expect(summary.overall.lookalikesFlagged).toBe(0);
  });
}, 120_000);
