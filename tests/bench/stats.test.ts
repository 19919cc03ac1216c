import { describe, expect, it } from 'vitest';
import { evenSample, isMet, median, p90, quantile, ratio, spread, verdict } from '../../bench/stats';

describe('bench statistics', () => {
  it('interpolates quantiles between closest ranks, ignoring order and non-finite values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(p90([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBeCloseTo(9.1);
    expect(quantile([5], 0.9)).toBe(5);
    expect(median([NaN, 1, Infinity, 3])).toBe(2);
    expect(median([])).toBeNaN();
    expect(spread([1, 2, 3, NaN])).toEqual({ median: 2, p90: 2.8, n: 3 });
  });

  it('floors a ratio denominator so a silent page stays finite', () => {
    expect(ratio(3, 0, 0.5)).toBe(6);
    expect(ratio(3, 1.5, 0.5)).toBe(2);
  });

  it('says met or not met against the bound, in the right direction', () => {
    expect(isMet(2, { max: 2, unit: 'x' })).toBe(true);
    expect(isMet(2.01, { max: 2, unit: 'x' })).toBe(false);
    expect(isMet(NaN, { max: 2, unit: 'x' })).toBe(false);
    expect(isMet(1.8, { max: 1.7, unit: 'x', atLeast: true })).toBe(true);
    expect(verdict(2.314, { max: 2, unit: 'x' })).toBe('2.31x (target <= 2.00x: not met)');
    expect(verdict(42, { max: 50, unit: 'ms' })).toBe('42.0 ms (target <= 50.0 ms: met)');
    expect(verdict(1.5, { max: 1.7, unit: 'x', atLeast: true })).toBe('1.50x (target >= 1.70x: not met)');
  });

  it('samples evenly over the whole list', () => {
    expect(evenSample([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 5)).toEqual([0, 2, 4, 6, 8]);
    expect(evenSample([1, 2], 5)).toEqual([1, 2]);
    expect(evenSample([1, 2], 0)).toEqual([]);
  });
});
