/**
 * Stories that share numbers or words with the reports but are not coverage of them:
 * ICE arrests of 32,809, detention of 32,000, an HHS (not DHS) inspector general report,
 * the NYT's 85,000, family separation, a sports crowd, the 2025 ICE memo, another DHS OIG
 * report, Homan's 30,000 and a fact check of 88,000.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeFixture, FIXTURES } from '../helpers/fixtures';

const pages = readdirSync(`${FIXTURES}lookalikes`).filter((f) => f.endsWith('.html'));

describe('look-alike stories', () => {
  it('are all here', () => {
    expect(pages).toHaveLength(10);
  });

  it.each(pages)('%s is not coverage and gets no annotation', (file) => {
    const page = analyzeFixture(`lookalikes/${file}`);
    expect(page.covers).toBe(false);
    expect(page.reports).toEqual([]);
    expect(page.annotations).toEqual([]);
  });
});
