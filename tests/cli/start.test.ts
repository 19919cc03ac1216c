import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('the demo `npm start` opens', () => {
  it('is seed 004 byte for byte, so what a newcomer sees is what the tests check', () => {
    const demo = readFileSync(`${ROOT}assets/demo/article.html`);
    const seed = readFileSync(`${ROOT}tests/fixtures/seeds/004-independent.html`);
    expect(demo.equals(seed)).toBe(true);
  });
});
